// Filtering the routine cards on `/` by kind, focus and a search text.
import type { CardData } from './card';
import type { Focus, RoutineKind } from './types';

export type KindFilter = RoutineKind | 'all';

/** Cards matching a kind, a focus and every word of a search (in name, goal or exercise names). */
export function filterRoutines(
	cards: CardData[],
	{ kind, focus, query }: { kind: KindFilter; focus: Focus | 'all'; query: string }
): CardData[] {
	const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
	return cards.filter(
		(card) =>
			(kind === 'all' || card.kind === kind) &&
			(focus === 'all' || card.focus.includes(focus)) &&
			terms.every((term) => card.search.includes(term))
	);
}
