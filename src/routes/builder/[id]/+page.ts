import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { getRoutine } from '$lib/routines';
import { draftFromRoutine } from '$lib/routines/draft';
import { myRoutines } from '$lib/storage/my-routines.svelte';
import type { PageLoad } from './$types';

// The user's routines live in this browser only: the fallback page renders this one there.
export const prerender = false;

export const load: PageLoad = ({ params }) => {
	const routine = browser ? myRoutines.value.find((r) => r.id === params.id) : undefined;
	if (!routine) {
		error(
			404,
			getRoutine(params.id)
				? 'Built-in routines cannot be edited. Build your own from the library instead.'
				: 'There is no saved routine with this name. Was it deleted?'
		);
	}
	return { draft: draftFromRoutine(routine) };
};
