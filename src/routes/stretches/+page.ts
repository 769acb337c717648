import { resolve } from '$app/paths';
import { fetchData } from '$lib/fetch-data';
import { isWarmupData, type WarmupData } from '$lib/warmup-data/warmup-data';
import type { PageLoad } from './$types';

// The drills come from a file prerendered beside the page, not from the library, which stays out of
// this page's code. Prerendering inlines the response in stretches.html, so the first load fetches
// nothing; a client-side navigation fetches the file (the service worker keeps it for offline).
export const load: PageLoad = ({ fetch }): Promise<WarmupData> =>
	fetchData(fetch, resolve('/stretches/data.json'), isWarmupData);
