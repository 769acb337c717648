// What a routine's page shows, as plain data: the routine, its summary, each exercise as the list
// draws it, the sources, the stage and the lessons. A built-in routine's comes prerendered as JSON
// (/routines/<id>/data.json), so the page loads none of the library's code or text; a routine the
// user saved gets the same from ./make-routine-page, loaded only for it.
import { isObject } from '$lib/fetch-data';
import type { ExercisePoses } from '$lib/figures/poses';
import type { RoutineSummary } from '$lib/routines/summary';
import type { Exercise, Routine, Source } from '$lib/routines/types';

/** An exercise as a routine's list shows it, with its figure's label and poses. */
export type ShownExercise = Pick<
	Exercise,
	'id' | 'name' | 'why' | 'instructions' | 'cues' | 'caution'
> & { label: string; poses: ExercisePoses };

/** One line of a routine's list: the exercise and its dose in words. */
export interface ShownItem {
	exercise: ShownExercise;
	text: string;
	pacing: string;
}

/** A routine's place in a staged programme, and the rule for starting that stage. */
export interface RoutineStage {
	programme: string;
	step: number;
	of: number;
	entry: string;
}

/** Everything a routine's page shows, loaded before it draws. */
export interface RoutinePageData {
	routine: Routine;
	/** One of the app's own routines (not editable), or one the user saved. */
	builtIn: boolean;
	summary: RoutineSummary;
	items: ShownItem[];
	sources: Source[];
	stage: RoutineStage | null;
	/** The lessons worth reading first. */
	lessons: { id: string; title: string }[];
}

/**
 * Whether fetched `data` has the shape of a routine's page data, as far as the page relies on it
 * before it draws. The file is made by this build; the check catches an answer that is not that
 * file at all (a host's error page, a captive portal).
 */
export function isRoutinePageData(data: unknown): data is RoutinePageData {
	return (
		isObject(data) &&
		isObject(data.routine) &&
		typeof data.routine.id === 'string' &&
		Array.isArray(data.routine.items) &&
		typeof data.builtIn === 'boolean' &&
		isObject(data.summary) &&
		typeof data.summary.totalMs === 'number' &&
		Array.isArray(data.items) &&
		data.items.every(
			(item) => isObject(item) && isObject(item.exercise) && isObject(item.exercise.poses)
		) &&
		Array.isArray(data.sources) &&
		(data.stage === null || isObject(data.stage)) &&
		Array.isArray(data.lessons)
	);
}
