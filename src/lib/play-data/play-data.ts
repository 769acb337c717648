// What the player needs to play one routine, as plain data: the routine, its timeline, what the
// screen shows of each exercise and the slice of the library the check-in's advice may name. A
// built-in routine's comes prerendered as JSON (/play/<id>/data.json), so the player page loads
// none of the library's code or text; a saved routine's is made in the browser (./make-play-data).

import { isObject } from '$lib/fetch-data';
import type { GuidanceExercise } from '$lib/history/guidance';
import type { PlayExercise } from '$lib/player/play-exercise';
import type { Routine, Timeline } from '$lib/routines/types';

export type { PlayExercise };

/** Everything the player page needs, loaded before it draws. */
export interface PlayData {
	routine: Routine;
	timeline: Timeline;
	/** The routine's exercises, in order of first appearance. */
	exercises: PlayExercise[];
	/** The routines and exercises the check-in's advice may name (see `guidanceSlice`). */
	guidance: { routines: Routine[]; exercises: GuidanceExercise[] };
}

/**
 * Whether fetched `data` has the play data's shape, as far as the player relies on it before it
 * draws: the routine, the timeline's segments, the exercises and the guidance slice. The file is
 * made by this build; the check catches an answer that is not that file at all.
 */
export function isPlayData(data: unknown): data is PlayData {
	return (
		isObject(data) &&
		isObject(data.routine) &&
		typeof data.routine.id === 'string' &&
		isObject(data.timeline) &&
		Array.isArray(data.timeline.segments) &&
		data.timeline.segments.length > 0 &&
		Array.isArray(data.exercises) &&
		isObject(data.guidance) &&
		Array.isArray(data.guidance.routines) &&
		Array.isArray(data.guidance.exercises)
	);
}
