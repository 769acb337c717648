// What the warm-up page (/stretches) shows, as plain data: the drills it offers, each with the
// fields the picker reads and the figure it draws. It comes prerendered as JSON
// (/stretches/data.json), so the page loads none of the library's code, text or poses.
import { isObject } from '$lib/fetch-data';
import type { ExercisePoses } from '$lib/figures/poses';
import type { Drill } from '$lib/routines/warmup';

/** One drill as the warm-up page shows it. */
export interface WarmupDrill extends Drill {
	/** One line: why a runner with sore knees does it. */
	why: string;
	/** What the figure shows (its text alternative): the position and the movement. */
	label: string;
	poses: ExercisePoses;
}

/** Everything the warm-up page needs, loaded before it draws. */
export interface WarmupData {
	/** The library's warm-up drills, in the library's order. */
	drills: WarmupDrill[];
}

/** Whether `value` has a drill's shape, as far as the page relies on it before it draws. */
function isDrill(value: unknown): value is WarmupDrill {
	return (
		isObject(value) &&
		typeof value.id === 'string' &&
		typeof value.name === 'string' &&
		Array.isArray(value.areas) &&
		isObject(value.dose) &&
		isObject(value.poses) &&
		isObject(value.poses.start) &&
		isObject(value.poses.end)
	);
}

/**
 * Whether fetched `data` has the warm-up data's shape: a list of drills, each with its dose and
 * poses. The file is made by this build; the check catches an answer that is not that file at all.
 */
export function isWarmupData(data: unknown): data is WarmupData {
	return (
		isObject(data) &&
		Array.isArray(data.drills) &&
		data.drills.length > 0 &&
		data.drills.every(isDrill)
	);
}
