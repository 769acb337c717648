// The runner's bookmarks: one store instance made when this module loads (in memory on the server,
// where a prerender only reads it), and the two things a bookmark button does with it. Apart from
// the history and settings (./stores.svelte.ts) so that a page with bookmark buttons loads only this.
import { Persisted, where, type Problem, type StoreOptions } from './persisted.svelte';
import { checkFavorite, readList, type Favorite } from './records';

/** Parses stored bookmarks, dropping invalid or repeated ones. */
export function parseFavorites(raw: unknown, problem: Problem = () => {}): Favorite[] | undefined {
	return readList(raw, checkFavorite, problem);
}

/** Creates a bookmarks store (`patella:favorites:v1`). */
export function createFavorites(options: StoreOptions = {}): Persisted<Favorite[]> {
	return new Persisted({
		...options,
		key: 'favorites',
		version: 1,
		label: 'bookmarks',
		plural: true,
		parse: parseFavorites,
		fallback: []
	});
}

/** The app's bookmarks. */
export const favorites: Persisted<Favorite[]> = createFavorites(where);

/** Whether the routine with this id is bookmarked. */
export function isFavorite(id: string, store: Persisted<Favorite[]> = favorites): boolean {
	return store.value.some((favorite) => favorite.id === id);
}

/**
 * Bookmarks the routine (`on`) or removes its bookmark, on what is stored now: a bookmark another
 * tab set meanwhile stays. Returns whether the change was saved.
 */
export function setFavorite(
	id: string,
	on: boolean,
	store: Persisted<Favorite[]> = favorites,
	now: number = Date.now()
): boolean {
	return store.update((list) => {
		const has = list.some((f) => f.id === id);
		if (has === on) return list;
		return on ? [...list, { id, at: now }] : list.filter((f) => f.id !== id);
	});
}
