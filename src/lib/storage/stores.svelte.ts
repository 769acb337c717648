// The app's session history and settings. The bookmarks are in ./favorites.svelte.ts and the user's
// own routines in ./my-routines.svelte.ts, apart, so that a page loads only the stores it reads;
// the quick looks at whether a history or routines are stored, for `/`, are in ./peeks.ts.
// Each store is one instance made when this module loads. On the server it lives in memory and
// holds its fallback (a prerender only reads it); pages show stored data once `hydrated.current`.
import { Persisted, where, type Problem, type StoreOptions } from './persisted.svelte';
import { HISTORY_KEY } from './peeks';
import { readList } from './records';
import { checkSession, type Session } from './session-record';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings-record';

/** Parses stored sessions, dropping invalid or repeated ones. */
export function parseHistory(raw: unknown, problem: Problem = () => {}): Session[] | undefined {
	return readList(raw, checkSession, problem);
}

/** Parses stored settings; each invalid field falls back to its default, unknown keys are dropped. */
export function parseSettings(raw: unknown, problem: Problem = () => {}): Settings | undefined {
	return readSettings(raw, problem);
}

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

/** The session history. */
export const history: Persisted<Session[]> = createHistory(where);

/** The settings. */
export const settings: Persisted<Settings> = createSettings(where);

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
