// Finds a routine the user made (saved from the picker or the builder) by id, in the browser.
import type { Routine } from '$lib/routines/types';
import { myRoutines } from './stores.svelte';

/** The user's own routine with this id, or undefined. */
export function findUserRoutine(id: string): Routine | undefined {
	return myRoutines().value.find((r) => r.id === id);
}
