// Form checks over weeks, for the chart on /history: each saved check reduced to its middle rep and
// its worst rep, per leg, in date order. The caved-in line is flags.ts's OUTRIGHT, never a copy.
import type { FormExercise } from './exercises';
import type { Leg } from './landmarks';

/** The part of a saved check the chart reads. */
export interface SavedCheck {
	id: string;
	/** ms since the epoch. */
	at: number;
	exercise: FormExercise;
	leg: Leg;
	angles: readonly number[];
	caved: number;
}

/** One check on the chart: its middle (median) and worst rep angles, degrees. */
export interface CheckPoint {
	id: string;
	at: number;
	exercise: FormExercise;
	leg: Leg;
	reps: number;
	middle: number;
	worst: number;
	caved: number;
}

/** The median of some angles (the mean of the middle two for an even count); NaN for none. */
export function middleAngle(angles: readonly number[]): number {
	if (angles.length === 0) return NaN;
	const sorted = [...angles].sort((a, b) => a - b);
	const half = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
}

/** The saved checks as chart points, oldest first; a check without reps is left out. */
export function checkPoints(checks: readonly SavedCheck[]): CheckPoint[] {
	return checks
		.filter((check) => check.angles.length > 0)
		.map((check) => ({
			id: check.id,
			at: check.at,
			exercise: check.exercise,
			leg: check.leg,
			reps: check.angles.length,
			middle: middleAngle(check.angles),
			worst: Math.max(...check.angles),
			caved: check.caved
		}))
		.sort((a, b) => a.at - b.at);
}

/** A y range for the chart in steps of 5 degrees: from 0 or below to past the caved-in line. */
export function angleRange(
	points: readonly CheckPoint[],
	line: number
): { min: number; max: number } {
	const low = Math.min(0, ...points.map((p) => p.middle));
	const high = Math.max(line + 5, ...points.map((p) => p.worst));
	// `|| 0` turns -0 into 0.
	return { min: Math.floor(low / 5) * 5 || 0, max: Math.ceil(high / 5) * 5 };
}
