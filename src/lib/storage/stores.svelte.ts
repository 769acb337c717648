// The app's persisted data: bookmarks, session history and settings. The user's own routines live
// in ./my-routines.svelte.ts, apart, since checking them needs the routine schema and library; only
// their key and a quick look at whether any are stored are here, for `/`.
// Each store is created on first use in the browser; on the server every call gets a fresh in-memory
// value, so a prerender never shares or writes module state.
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
		parse: parseFavorites,
		fallback: []
	});
}

/** Creates a session history store (`patella:history:v1`). */
export function createHistory(options: StoreOptions = {}): Persisted<Session[]> {
	return new Persisted({
		...options,
		key: 'history',
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
		parse: parseSettings,
		fallback: { ...DEFAULT_SETTINGS }
	});
}

// The browser's stores are made when this module loads, outside any component or `$derived`:
// state first created inside a `$derived` belongs to it, and it would not track later changes.
let favoritesStore: Persisted<Favorite[]> | undefined = browser ? createFavorites() : undefined;
let historyStore: Persisted<Session[]> | undefined = browser ? createHistory() : undefined;
let settingsStore: Persisted<Settings> | undefined = browser ? createSettings() : undefined;

/** The app's bookmarks (a fresh in-memory one on the server). */
export function favorites(): Persisted<Favorite[]> {
	if (!browser) return createFavorites({ storage: null });
	return (favoritesStore ??= createFavorites());
}

/** The session history (a fresh in-memory one on the server). */
export function history(): Persisted<Session[]> {
	if (!browser) return createHistory({ storage: null });
	return (historyStore ??= createHistory());
}

/** The settings (a fresh in-memory one on the server). */
export function settings(): Persisted<Settings> {
	if (!browser) return createSettings({ storage: null });
	return (settingsStore ??= createSettings());
}

/** Whether the routine with this id is bookmarked. */
export function isFavorite(id: string, store: Persisted<Favorite[]> = favorites()): boolean {
	return store.value.some((favorite) => favorite.id === id);
}

/** Bookmarks the routine or removes its bookmark; returns whether it is bookmarked now. */
export function toggleFavorite(
	id: string,
	store: Persisted<Favorite[]> = favorites(),
	now: number = Date.now()
): boolean {
	const on = !isFavorite(id, store);
	store.update((list) => (on ? [...list, { id, at: now }] : list.filter((f) => f.id !== id)));
	return on;
}

/** Adds a session to the history (or replaces the one with the same id). */
export function recordSession(session: Session, store: Persisted<Session[]> = history()): void {
	store.update((list) => [...list.filter((s) => s.id !== session.id), session]);
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
