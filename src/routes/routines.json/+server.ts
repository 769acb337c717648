import { json } from '@sveltejs/kit';
import { catalogue } from '$lib/routines/catalogue';

export const prerender = true;

/** The catalogue of exercises and routines, as the UI contract fixes it. */
export function GET() {
	return json(catalogue());
}
