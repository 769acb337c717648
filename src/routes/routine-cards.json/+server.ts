import { json } from '@sveltejs/kit';
import { routines } from '$lib/routines';
import { toCard } from '$lib/routines/card';

export const prerender = true;

/** The built-in routines as the cards on `/` show them, made at build time from the library. */
export function GET() {
	return json(routines.map((routine) => toCard(routine)));
}
