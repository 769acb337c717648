// Reordering a list, apart from the builder's draft (and the library it loads): the warm-up page
// uses it too. `./draft` re-exports it.

/**
 * The list with the item at `from` moved to `to` (clamped to the list): the one way items are
 * reordered, in the builder and the warm-up picker. The same list when nothing moves.
 */
export function moveItem<T>(items: T[], from: number, to: number): T[] {
	const there = Math.min(Math.max(0, to), items.length - 1);
	if (from < 0 || from >= items.length || there === from) return items;
	const list = [...items];
	const [item] = list.splice(from, 1);
	list.splice(there, 0, item!);
	return list;
}
