// The check on the prerendered cards file (`/routine-cards.json`), shared by the pages that load it.
import type { CardData } from './card';

/** Whether `data` looks like the cards file: a list of cards, each with its id and name. */
export function isCardList(data: unknown): data is CardData[] {
	return (
		Array.isArray(data) &&
		data.every(
			(card) =>
				typeof card === 'object' &&
				card !== null &&
				typeof card.id === 'string' &&
				typeof card.name === 'string'
		)
	);
}
