import { resolve } from '$app/paths';
import { fetchData } from '$lib/fetch-data';
import { isCardList } from '$lib/routines/card-list';
import type { PageLoad } from './$types';

// The plan names its routines and their lengths from the prerendered cards, as `/` does.
export const load: PageLoad = async ({ fetch }) => ({
	cards: await fetchData(fetch, resolve('/routine-cards.json'), isCardList)
});
