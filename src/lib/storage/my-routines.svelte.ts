// The user's own routines (saved from the picker or the builder), checked on read with the app's
// one routine schema. Apart from the other stores because the schema brings the exercise library:
// pages that only need bookmarks, history or settings do not load it.
import { parseRoutine } from '$lib/routines/schema';
import type { Routine } from '$lib/routines/types';
import { Persisted, type Problem } from './persisted.svelte';
import { readList, type Check, type Favorite, type Session, type Settings } from './records';
import {
	ROUTINES_KEY,
	favorites,
	history,
	settings,
	where,
	type StoreOptions
} from './stores.svelte';

/** Validates one of the user's routines with the app's one routine schema. */
export function checkRoutine(raw: unknown): Check<Routine> {
	const result = parseRoutine(raw);
	if (result.ok) return { ok: true, value: result.routine };
	return { ok: false, error: result.errors[0] ?? 'it is not a valid routine' };
}

/** Parses stored routines with the routine schema, dropping invalid or repeated ones. */
export function parseMyRoutines(raw: unknown, problem: Problem = () => {}): Routine[] | undefined {
	return readList(raw, checkRoutine, problem);
}

/** Creates a store of the user's own routines (`patella:routines:v1`). */
export function createMyRoutines(options: StoreOptions = {}): Persisted<Routine[]> {
	return new Persisted({
		...options,
		key: ROUTINES_KEY,
		version: 1,
		label: 'routines',
		plural: true,
		parse: parseMyRoutines,
		fallback: []
	});
}

/** The user's own routines (in memory during a prerender). */
export const myRoutines: Persisted<Routine[]> = createMyRoutines(where);

/** Saves one of the user's routines, replacing the one with the same id. */
export function saveRoutine(routine: Routine, store: Persisted<Routine[]> = myRoutines): boolean {
	return store.update((list) =>
		list.some((r) => r.id === routine.id)
			? list.map((r) => (r.id === routine.id ? routine : r))
			: [...list, routine]
	);
}

/** Deletes one of the user's routines; false if the change could not be saved. */
export function deleteRoutine(id: string, store: Persisted<Routine[]> = myRoutines): boolean {
	return store.update((list) => list.filter((r) => r.id !== id));
}

/** The four stores that make up the user's data, as export and import see them. */
export interface UserStores {
	favorites: Persisted<Favorite[]>;
	routines: Persisted<Routine[]>;
	history: Persisted<Session[]>;
	settings: Persisted<Settings>;
}

/** All four of the app's stores. */
export const userStores: UserStores = { favorites, routines: myRoutines, history, settings };
