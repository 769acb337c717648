import { error, json } from '@sveltejs/kit';
import { getRoutine, routines } from '$lib/routines';
import { makeRoutinePage } from '$lib/routine-page/make-routine-page';
import type { EntryGenerator, RequestHandler } from './$types';

/** Every built-in routine's page data, prerendered: the routine's page fetches its own. */
export const prerender = true;
export const entries: EntryGenerator = () => routines.map((r) => ({ id: r.id }));

export const GET: RequestHandler = ({ params }) => {
	const routine = getRoutine(params.id);
	if (!routine) error(404, 'There is no built-in routine with this name.');
	return json(makeRoutinePage(routine, true));
};
