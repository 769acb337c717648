import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import { fetchData } from '$lib/fetch-data';
import { BUILT_IN_ROUTINE_IDS } from '$lib/routines/ids';
import { isRoutinePageData, type RoutinePageData } from '$lib/routine-page/routine-page';
import type { EntryGenerator, PageLoad } from './$types';

/** Every built-in routine gets a prerendered page; saved ones come through the fallback page. */
export const entries: EntryGenerator = () => BUILT_IN_ROUTINE_IDS.map((id) => ({ id }));

const MISSING = 'There is no routine with this name. Was it deleted?';

// A built-in routine's page data is prerendered JSON (inlined in the page when it is prerendered,
// fetched on a client-side visit); a saved routine's is made in the browser, loading the library
// only then.
export const load: PageLoad = async ({ params, fetch }): Promise<RoutinePageData> => {
	if (BUILT_IN_ROUTINE_IDS.includes(params.id)) {
		return fetchData(
			fetch,
			resolve('/routines/[id]/data.json', { id: params.id }),
			isRoutinePageData
		);
	}
	if (!browser) error(404, MISSING);
	const { savedRoutinePage } = await import('$lib/routine-page/saved-routine-page');
	return savedRoutinePage(params.id) ?? error(404, MISSING);
};
