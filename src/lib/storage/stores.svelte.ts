// The app's persisted data: bookmarks, session history and settings. The user's own routines live
// in ./my-routines.svelte.ts, apart, since checking them needs the routine schema and library; only
// their key and a quick look at whether any are stored are here, for `/`.
// Each store is one instance made when this module loads. On the server it lives in memory and
// holds its fallback (a prerender only reads it); pages show stored data once `hydrated.current`.
import { browser } from '$app/environment';
import { Persisted, peek, type PersistedOptions, type Problem } from './persisted.svelte';
import {
	DEFAULT_SETTINGS,
	checkFavorite,
	checkSession,
	readList,
	readSettings,
	type Favorite,
	type Session,
	type Settings
} from './records';

/** What a test (or another caller) may swap in a store: storage, notices, event target, clock. */
export type StoreOptions = Pick<
	PersistedOptions<unknown>,
	'storage' | 'notices' | 'events' | 'now'
>;

/** Parses stored bookmarks, dropping invalid or repeated ones. */
export function parseFavorites(raw: unknown, problem: Problem = () => {}): Favorite[] | undefined {
	return readList(raw, checkFavorite, problem);
}

/** Parses stored sessions, dropping invalid or repeated ones. */
export function parseHistory(raw: unknown, problem: Problem = () => {}): Session[] | undefined {
	return readList(raw, checkSession, problem);
}

/** Parses stored settings; each invalid field falls back to its default, unknown keys are dropped. */
export function parseSettings(raw: unknown, problem: Problem = () => {}): Settings | undefined {
	return readSettings(raw, problem);
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

/** The name the session history is stored under (`patella:history:v1`). */
export const HISTORY_KEY = 'history';

/** Creates a session history store (`patella:history:v1`). */
export function createHistory(options: StoreOptions = {}): Persisted<Session[]> {
	return new Persisted({
		...options,
		key: HISTORY_KEY,
		version: 1,
		label: 'session history',
		parse: parseHistory,
		fallback: []
	});
}

/** Creates a settings store (`patella:settings:v1`). */
export function createSettings(options: StoreOptions = {}): Persisted<Settings> {
	return new Persisted({
		...options,
		key: 'settings',
		version: 1,
		label: 'settings',
		plural: true,
		parse: parseSettings,
		fallback: { ...DEFAULT_SETTINGS }
	});
}

/** Where a store lives: the browser's localStorage, or memory during a prerender. */
export const where: StoreOptions = browser ? {} : { storage: null, events: null };

/** The app's bookmarks. */
export const favorites: Persisted<Favorite[]> = createFavorites(where);

/** The session history. */
export const history: Persisted<Session[]> = createHistory(where);

/** The settings. */
export const settings: Persisted<Settings> = createSettings(where);

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

/** Adds a session to the history (or replaces the one with the same id); false if not saved. */
export function recordSession(session: Session, store: Persisted<Session[]> = history): boolean {
	return store.update((list) => [...list.filter((s) => s.id !== session.id), session]);
}

/** Removes a session from the history; false if the change could not be saved. */
export function deleteSession(id: string, store: Persisted<Session[]> = history): boolean {
	return store.update((list) => list.filter((s) => s.id !== id));
}

/** Changes one setting on what is stored now (another tab's change to another setting stays). */
export function changeSetting<K extends keyof Settings>(
	key: K,
	value: Settings[K],
	store: Persisted<Settings> = settings
): boolean {
	return store.update((current) =>
		current[key] === value ? current : { ...current, [key]: value }
	);
}

/**
 * Whether this browser may hold a session history, from a look that skips the record checks: `/`
 * loads the week and the coach's code only then. Anything unreadable counts, so that the store
 * reads it, keeps a copy and says so.
 */
export function hasHistory(storage?: Storage | null): boolean {
	const seen = peek(HISTORY_KEY, storage);
	return seen.stored && !(Array.isArray(seen.data) && seen.data.length === 0);
}

/** The name the user's own routines are stored under (`patella:routines:v1`). */
export const ROUTINES_KEY = 'routines';

/**
 * Whether this browser may hold routines of the user's own, from a look at the stored list that
 * skips the schema: `/` loads the code that reads and shows them (./my-routines.svelte.ts) unless
 * nothing is stored or the list is empty. Anything unreadable counts, so that the store reads it,
 * keeps a copy and says so.
 */
export function hasSavedRoutines(storage?: Storage | null): boolean {
	const seen = peek(ROUTINES_KEY, storage);
	return seen.stored && !(Array.isArray(seen.data) && seen.data.length === 0);
}
