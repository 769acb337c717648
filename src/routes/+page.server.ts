import { routines } from '$lib/routines';
import { toCard } from '$lib/routines/card';
import type { PageServerLoad } from './$types';

// Prerendered: the cards travel inlined in index.html (and in /__data.json for a client-side
// navigation), so the page ships their figures and search text instead of the routine library.
export const load: PageServerLoad = () => ({ cards: routines.map((routine) => toCard(routine)) });
