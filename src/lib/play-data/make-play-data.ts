// Makes a routine's play data from the library: at build time for the built-in routines, in the
// browser (loaded on demand) for a routine the user saved.
import { guidanceSlice } from '$lib/history/guidance';
import { builtIn as library } from '$lib/history/library';
import { getExercise } from '$lib/routines';
import { fallbackFigure, poseFor } from '$lib/figures/poses';
import { figureLabel } from '$lib/routines/describe';
import { compileRoutine } from '$lib/routines/timeline';
import type { Exercise, Routine } from '$lib/routines/types';
import type { PlayData, PlayExercise } from './play-data';

/** One exercise as the player shows it. */
function playExercise(exercise: Exercise): PlayExercise {
	return {
		id: exercise.id,
		name: exercise.name,
		cue: exercise.cues[0] ?? exercise.why,
		movement: figureLabel(exercise),
		steps: exercise.instructions,
		mistakes: exercise.mistakes,
		poses: poseFor(exercise.id) ?? fallbackFigure
	};
}

/**
 * Whether `easier` can take the place of `exercise` in its sets as they are: both one side at a time
 * or both not, both counted in reps or both held or timed.
 */
export function playsInPlaceOf(easier: Exercise, exercise: Exercise): boolean {
	const reps = (e: Exercise) => e.dose.mode === 'reps';
	return easier.perSide === exercise.perSide && reps(easier) === reps(exercise);
}

/** The play data of `routine`, with its exercises looked up in the built-in library. */
export function makePlayData(routine: Routine): PlayData {
	const exercises = new Map<string, PlayExercise>();
	for (const item of routine.items) {
		const exercise = getExercise(item.exercise);
		if (!exercise || exercises.has(exercise.id)) continue;
		const shown = playExercise(exercise);
		const easier = exercise.easier ? getExercise(exercise.easier) : undefined;
		if (easier && playsInPlaceOf(easier, exercise)) shown.easier = playExercise(easier);
		exercises.set(exercise.id, shown);
	}
	return {
		routine,
		timeline: compileRoutine(routine, getExercise),
		exercises: [...exercises.values()],
		guidance: guidanceSlice(routine, {
			routine: (id) => (id === routine.id ? routine : library.routine(id)),
			exercise: library.exercise
		})
	};
}
