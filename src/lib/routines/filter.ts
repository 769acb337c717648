// Filtering the routine cards on `/` by kind, focus and a search text, and keeping the filters in
// the page's address so that Back, a reload or a shared link shows the same list.
import type { CardData } from './card';
import type { Focus, RoutineKind } from './types';
import { words } from './words';

export type KindFilter = RoutineKind | 'all';

/** What the routines page is filtered by. */
export interface RoutineFilters {
	kind: KindFilter;
	focus: Focus | 'all';
	query: string;
}

/** No filter: every routine. */
export const NO_FILTERS: Readonly<RoutineFilters> = Object.freeze({
	kind: 'all',
	focus: 'all',
	query: ''
});

/** The longest search text kept from an address. */
export const MAX_QUERY_CHARS = 100;

/** Lowercase, with typographic apostrophes made plain ("runner’s" finds "runner's"). */
function normalize(text: string): string {
	return text.toLowerCase().replace(/[‘’`]/g, "'");
}

/** Cards matching a kind, a focus and every word of a search (in name, goal or exercise names). */
export function filterRoutines(
	cards: CardData[],
	{ kind, focus, query }: RoutineFilters
): CardData[] {
	const terms = normalize(query).split(/\s+/).filter(Boolean);
	return cards.filter(
		(card) =>
			(kind === 'all' || card.kind === kind) &&
			(focus === 'all' || card.focus.includes(focus)) &&
			terms.every((term) => card.search.includes(term))
	);
}

function isKind(value: string | null): value is RoutineKind {
	return value !== null && Object.hasOwn(words.kind, value);
}

function isFocus(value: string | null): value is Focus {
	return value !== null && Object.hasOwn(words.focus, value);
}

/** The filters an address holds (`?kind=strength&focus=knee&q=stairs`); anything unknown is ignored. */
export function filtersFromParams(params: URLSearchParams): RoutineFilters {
	const kind = params.get('kind');
	const focus = params.get('focus');
	return {
		kind: isKind(kind) ? kind : 'all',
		focus: isFocus(focus) ? focus : 'all',
		query: (params.get('q') ?? '').slice(0, MAX_QUERY_CHARS)
	};
}

/** The address's query string for these filters: empty with none, so `/` stays `/`. */
export function filtersToSearch({ kind, focus, query }: RoutineFilters): string {
	const params = new URLSearchParams();
	if (kind !== 'all') params.set('kind', kind);
	if (focus !== 'all') params.set('focus', focus);
	if (query.trim()) params.set('q', query);
	const text = params.toString();
	return text ? `?${text}` : '';
}
