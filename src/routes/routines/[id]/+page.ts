import { error } from '@sveltejs/kit';
import { getRoutine, routines } from '$lib/routines';
import type { EntryGenerator, PageLoad } from './$types';

/** Every built-in routine gets a prerendered page. */
export const entries: EntryGenerator = () => routines.map((r) => ({ id: r.id }));

export const load: PageLoad = ({ params }) => {
	const routine = getRoutine(params.id);
	if (!routine) error(404, 'There is no routine with this name.');
	return { routine };
};
