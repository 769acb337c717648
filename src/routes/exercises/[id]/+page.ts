import { error } from '@sveltejs/kit';
import { exercises, getExercise } from '$lib/routines';
import type { EntryGenerator, PageLoad } from './$types';

/** Every exercise gets a prerendered page. */
export const entries: EntryGenerator = () => exercises.map((e) => ({ id: e.id }));

export const load: PageLoad = ({ params }) => {
	const exercise = getExercise(params.id);
	if (!exercise) error(404, 'There is no exercise with this name.');
	return {
		exercise,
		easier: exercise.easier ? getExercise(exercise.easier) : undefined,
		harder: exercise.harder ? getExercise(exercise.harder) : undefined
	};
};
