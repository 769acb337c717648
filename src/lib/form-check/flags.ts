// Which reps to point out as "knee caves in". A coaching cue, not a diagnosis: 2D FPPA is only
// moderately reliable (smallest detectable difference 7.5-8.9 degrees, Munro et al. 2012), so a rep is
// flagged only when it is clearly worse than the runner's own best reps, or large outright.
// Sources: Munro, Herrington & Carolan, J Sport Rehabil 2012;21:7; Herrington 2014 (single-leg squat,
// women: controls 8.4 +/- 5.1, patellofemoral pain 16.8 +/- 5.4 degrees); Holden 2015 (10.6 degrees or
// more predicted patellofemoral pain).

/** Degrees over the runner's aligned reps that count as caving in: beyond the smallest detectable difference. */
export const OVER_OWN_REPS = 9;
/** Degrees of valgus flagged whatever the other reps look like. */
export const OUTRIGHT = 15;
/** Reps needed before the runner's own reps are a baseline. */
const MIN_FOR_BASELINE = 3;

/** The runner's aligned reps: the mean FPPA of the better half, or undefined with too few reps. */
export function ownBaseline(angles: readonly number[]): number | undefined {
	if (angles.length < MIN_FOR_BASELINE) return undefined;
	const better = [...angles].sort((a, b) => a - b).slice(0, Math.floor(angles.length / 2));
	return better.reduce((sum, a) => sum + a, 0) / better.length;
}

/** For each rep's FPPA (degrees, positive = valgus), whether the knee caved in on it. */
export function cavedIn(angles: readonly number[]): boolean[] {
	const baseline = ownBaseline(angles);
	return angles.map(
		(angle) =>
			angle >= OUTRIGHT ||
			(baseline !== undefined && angle > 0 && angle >= baseline + OVER_OWN_REPS)
	);
}

/** The words for one rep's angle: signed whole degrees, as the runner reads them ("-3°", "12°"). */
export function formatAngle(angle: number): string {
	const whole = Math.round(angle);
	return `${whole === 0 ? 0 : whole}°`;
}
