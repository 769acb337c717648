// The frontal-plane projection angle (FPPA) of one leg in one video frame, the clinical measure of a
// knee caving in during a single-leg squat (Willson & Davis, JOSPT 2008). Pure geometry: no DOM.

/** A point in image pixels, y pointing down. */
export interface Point {
	x: number;
	y: number;
}

const DEGREES = 180 / Math.PI;

/**
 * The FPPA in degrees: how far the shank (knee to ankle) turns away from the line of the thigh (hip to
 * knee), 0 for a straight leg. Positive when the knee sits medially of the hip-ankle line (valgus,
 * "caving in"), negative when it sits laterally. "Medial" is the side of `otherHip`, so a mirrored
 * (selfie) image gives the same sign. Give pixels, not normalised coordinates: a non-square frame
 * would bend the angle. Returns NaN when a segment has no length.
 */
export function fppa(hip: Point, knee: Point, ankle: Point, otherHip: Point): number {
	const thigh = { x: knee.x - hip.x, y: knee.y - hip.y };
	const shank = { x: ankle.x - knee.x, y: ankle.y - knee.y };
	const thighLength = Math.hypot(thigh.x, thigh.y);
	const shankLength = Math.hypot(shank.x, shank.y);
	if (thighLength === 0 || shankLength === 0) return NaN;
	const cosine = (thigh.x * shank.x + thigh.y * shank.y) / (thighLength * shankLength);
	const angle = Math.acos(Math.min(1, Math.max(-1, cosine))) * DEGREES;
	// Which side of the hip-ankle line the knee is on, compared with the side the other hip is on.
	const line = { x: ankle.x - hip.x, y: ankle.y - hip.y };
	const kneeSide = line.x * (knee.y - hip.y) - line.y * (knee.x - hip.x);
	const medialSide = line.x * (otherHip.y - hip.y) - line.y * (otherHip.x - hip.x);
	if (kneeSide === 0 || medialSide === 0) return angle === 0 ? 0 : angle;
	return Math.sign(kneeSide) === Math.sign(medialSide) ? angle : -angle;
}
