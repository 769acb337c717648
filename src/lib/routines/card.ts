// A routine as its card on `/` shows it: made from the library at build time, so the page itself
// ships the cards' figures and search text, not the library.
import { getExercise } from './index';
import { focusWords } from './search-words';
import { summarize } from './summary';
import type { ExerciseLookup } from './timeline';
import type { Focus, Level, Routine, RoutineKind } from './types';
import { words } from './words';

/** What a routine's card shows, and what the search on `/` looks through. */
export interface CardData {
	id: string;
	name: string;
	goal: string;
	kind: RoutineKind;
	level: Level;
	focus: Focus[];
	totalMs: number;
	exerciseCount: number;
	/**
	 * The name, goal, exercise names, kind and focus, and the everyday words for the focus
	 * ("stairs", "quads"), lowercased: the text a search matches.
	 */
	search: string;
}

/** The card of a routine: its labels, its total time and size, and its search text. */
export function toCard(routine: Routine, lookup: ExerciseLookup = getExercise): CardData {
	const { id, name, goal, kind, level, focus, items } = routine;
	const { totalMs, exerciseCount } = summarize(routine, lookup);
	const names = items.map((item) => lookup(item.exercise)?.name ?? '');
	const search = [
		name,
		goal,
		...names,
		words.kind[kind],
		...focus.map((f) => words.focus[f]),
		...focusWords(focus)
	]
		.join(' ')
		.toLowerCase();
	return { id, name, goal, kind, level, focus, totalMs, exerciseCount, search };
}
