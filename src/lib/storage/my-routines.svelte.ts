// The user's own routines (saved from the picker or the builder), checked on read with the app's
// one routine schema. Apart from the other stores because the schema brings the exercise library:
// pages that only need bookmarks, history or settings do not load it.
import { getRoutine } from '$lib/routines';
import { makeRoutineId } from '$lib/routines/ids';
import { parseRoutine } from '$lib/routines/schema';
import type { Routine } from '$lib/routines/types';
import { ROUTINES_KEY } from './peeks';
import { Persisted, where, type Problem, type StoreOptions } from './persisted.svelte';
import { readList, type Check } from './records';

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

/** The id prefix of a routine opened from a link and not saved: no saved routine takes it. */
export const TRIAL_PREFIX = 'shared-';

/**
 * Saves a new routine of the user's (from the builder, the warm-up picker or a shared link) and
 * returns its id: the routine's own id when no built-in or saved routine has it, else a fresh
 * `my-<name>-<random>` one. Nothing saved is ever replaced. Null when storage refused the save.
 */
export function saveNew(
	routine: Routine,
	store: Persisted<Routine[]> = myRoutines,
	random: () => number = Math.random
): string | null {
	const taken = (id: string) =>
		!!getRoutine(id) || id.startsWith(TRIAL_PREFIX) || store.value.some((r) => r.id === id);
	let id = routine.id;
	while (taken(id)) id = makeRoutineId(routine.name, random);
	return store.update((list) => [...list, { ...routine, id }]) ? id : null;
}

/** Deletes one of the user's routines; false if the change could not be saved. */
export function deleteRoutine(id: string, store: Persisted<Routine[]> = myRoutines): boolean {
	return store.update((list) => list.filter((r) => r.id !== id));
}
