// What a pose detector reports for one frame, reduced to what form check needs: the stance leg's hip,
// knee and ankle and the other hip, in pixels, when the detector is sure enough of them.
import { fppa, type Point } from './fppa';

/** The runner's leg, as the runner names it (their own left or right, not the image's). */
export type Leg = 'left' | 'right';

/** One landmark as BlazePose gives it: x and y in 0..1 of the frame, visibility in 0..1. */
export interface Landmark {
	x: number;
	y: number;
	visibility?: number;
}

/** BlazePose's 33-point indices for the joints we use (the person's own left and right). */
export const JOINTS = {
	left: { hip: 23, knee: 25, ankle: 27 },
	right: { hip: 24, knee: 26, ankle: 28 }
} as const;

/** Below this visibility a joint is not trusted and the frame is skipped (FORM-CHECK.md). */
export const MIN_VISIBILITY = 0.8;
/** The other hip only decides which side is medial, so a lower bar is enough. */
const MIN_OTHER_HIP_VISIBILITY = 0.5;

/** The stance leg in one frame, in pixels, with its FPPA. */
export interface LegFrame {
	hip: Point;
	knee: Point;
	ankle: Point;
	otherHip: Point;
	/** Degrees, positive = knee medial (valgus). */
	fppa: number;
}

/** Why a frame gave no leg: nobody found, or the stance leg's joints not clearly in view. */
export type Missing = 'no-person' | 'leg-hidden';

function usable(landmark: Landmark | undefined, minimum: number): landmark is Landmark {
	return (
		landmark !== undefined &&
		Number.isFinite(landmark.x) &&
		Number.isFinite(landmark.y) &&
		(landmark.visibility ?? 1) >= minimum
	);
}

/**
 * The stance leg of one detected pose, in pixels of a `width` x `height` frame, or why there is none.
 * `pose` is undefined or empty when the detector found nobody.
 */
export function readLeg(
	pose: readonly Landmark[] | undefined,
	leg: Leg,
	width: number,
	height: number
): LegFrame | Missing {
	if (!pose || pose.length < 33) return 'no-person';
	const own = JOINTS[leg];
	const other = JOINTS[leg === 'left' ? 'right' : 'left'];
	const [hip, knee, ankle, otherHip] = [own.hip, own.knee, own.ankle, other.hip].map(
		(i) => pose[i]
	);
	if (
		!usable(hip, MIN_VISIBILITY) ||
		!usable(knee, MIN_VISIBILITY) ||
		!usable(ankle, MIN_VISIBILITY) ||
		!usable(otherHip, MIN_OTHER_HIP_VISIBILITY)
	) {
		return 'leg-hidden';
	}
	const px = (p: Landmark): Point => ({ x: p.x * width, y: p.y * height });
	const frame = { hip: px(hip), knee: px(knee), ankle: px(ankle), otherHip: px(otherHip) };
	const angle = fppa(frame.hip, frame.knee, frame.ankle, frame.otherHip);
	if (!Number.isFinite(angle)) return 'leg-hidden';
	return { ...frame, fppa: angle };
}
