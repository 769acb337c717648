import { resolve } from '$app/paths';
import { fetchData } from '$lib/fetch-data';
import { isCardList } from '$lib/routines/card-list';
import type { PageLoad } from './$types';

// The cards come from a file prerendered beside the page, not from the library, which stays out of
// this page's code. Prerendering inlines the response in index.html, so the first load fetches
// nothing; a client-side navigation fetches the file (the service worker keeps it for offline).
// A server load would do the same with `__data.json`, but it brings Kit's data decoder to every page.
export const load: PageLoad = async ({ fetch }) => ({
	cards: await fetchData(fetch, resolve('/routine-cards.json'), isCardList)
});
