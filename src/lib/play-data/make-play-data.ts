// Makes a routine's play data from the library: at build time for the built-in routines, in the
// browser (loaded on demand) for a routine the user saved.
import { guidanceSlice } from '$lib/history/guidance';
import { builtIn as library } from '$lib/history/library';
import { getExercise } from '$lib/routines';
import { fallbackFigure, poseFor } from '$lib/figures/poses';
import { figureLabel } from '$lib/routines/describe';
import { compileRoutine } from '$lib/routines/timeline';
import type { Routine } from '$lib/routines/types';
import type { PlayData, PlayExercise } from './play-data';

/** The play data of `routine`, with its exercises looked up in the built-in library. */
export function makePlayData(routine: Routine): PlayData {
	const exercises = new Map<string, PlayExercise>();
	for (const item of routine.items) {
		const exercise = getExercise(item.exercise);
		if (!exercise || exercises.has(exercise.id)) continue;
		exercises.set(exercise.id, {
			id: exercise.id,
			name: exercise.name,
			cue: exercise.cues[0] ?? exercise.why,
			movement: figureLabel(exercise),
			steps: exercise.instructions,
			mistakes: exercise.mistakes,
			poses: poseFor(exercise.id) ?? fallbackFigure
		});
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
