import { json } from '@sveltejs/kit';
import { makeWarmupData } from '$lib/warmup-data/make-warmup-data';

/** The warm-up page's drills, prerendered from the library: the page fetches its own. */
export const prerender = true;

export function GET() {
	return json(makeWarmupData());
}
