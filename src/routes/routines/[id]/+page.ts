import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { getRoutine, routines } from '$lib/routines';
import { findUserRoutine } from '$lib/storage/find-routine';
import type { EntryGenerator, PageLoad } from './$types';

/** Every built-in routine gets a prerendered page; saved ones come through the fallback page. */
export const entries: EntryGenerator = () => routines.map((r) => ({ id: r.id }));

export const load: PageLoad = ({ params }) => {
	const builtIn = getRoutine(params.id);
	const routine = builtIn ?? (browser ? findUserRoutine(params.id) : undefined);
	if (!routine) error(404, 'There is no routine with this name. Was it deleted?');
	return { routine, builtIn: !!builtIn };
};
