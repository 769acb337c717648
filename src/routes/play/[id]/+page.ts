import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { getExercise, getRoutine, routines } from '$lib/routines';
import { compileRoutine } from '$lib/routines/timeline';
import { findUserRoutine } from '$lib/storage/find-routine';
import type { EntryGenerator, PageLoad } from './$types';

/** Every built-in routine's player is prerendered; saved ones come through the fallback page. */
export const entries: EntryGenerator = () => routines.map((r) => ({ id: r.id }));

export const load: PageLoad = ({ params }) => {
	const routine = getRoutine(params.id) ?? (browser ? findUserRoutine(params.id) : undefined);
	if (!routine) error(404, 'There is no routine with this name. Was it deleted?');
	return {
		routine,
		timeline: compileRoutine(routine, getExercise),
		builtIn: !!getRoutine(params.id)
	};
};
