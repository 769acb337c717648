// Makes a routine's page data from the library: at build time for the built-in routines, in the
// browser (loaded on demand) for a routine the user saved or opened from a shared link.
import { posesOf } from '$lib/figures/poses';
import { getExercise, getSources } from '$lib/routines';
import { describeRepeats, figureLabel, itemDose } from '$lib/routines/describe';
import { getLesson } from '$lib/routines/lessons';
import { stageOf } from '$lib/routines/programmes';
import { summarize } from '$lib/routines/summary';
import type { Exercise, Routine } from '$lib/routines/types';
import type { RoutinePageData, ShownExercise, ShownItem } from './routine-page';

function shown(exercise: Exercise): ShownExercise {
	const { id, name, why, instructions, cues, caution } = exercise;
	return {
		id,
		name,
		why,
		instructions,
		cues,
		...(caution ? { caution } : {}),
		label: figureLabel(exercise),
		poses: posesOf(id)
	};
}

/**
 * A routine's exercises as its list shows them, each with its dose. A walk-run lists the walk and
 * the run once each, with every time they come back. Ids the library does not know are left out.
 */
export function shownItems(routine: Routine): ShownItem[] {
	if (routine.kind !== 'run') {
		return routine.items.flatMap((item) => {
			const exercise = getExercise(item.exercise);
			return exercise ? [{ exercise: shown(exercise), ...itemDose(item, exercise) }] : [];
		});
	}
	const ids = [...new Set(routine.items.map((item) => item.exercise))];
	return ids.flatMap((id) => {
		const exercise = getExercise(id);
		if (!exercise) return [];
		const seconds = routine.items
			.filter((item) => item.exercise === id)
			.map((item) => itemDose(item, exercise).seconds);
		return [{ exercise: shown(exercise), text: describeRepeats(seconds), pacing: '' }];
	});
}

/** Everything the page of `routine` shows. */
export function makeRoutinePage(routine: Routine, builtIn: boolean): RoutinePageData {
	const placed = stageOf(routine.id);
	return {
		routine,
		builtIn,
		summary: summarize(routine),
		items: shownItems(routine),
		sources: getSources(routine.sources),
		stage: placed
			? {
					programme: placed.programme.name,
					step: placed.stage.step,
					of: placed.programme.stages.length,
					entry: placed.stage.entry
				}
			: null,
		lessons: (routine.lessons ?? []).flatMap((id) => {
			const lesson = getLesson(id);
			return lesson ? [{ id, title: lesson.title }] : [];
		})
	};
}
