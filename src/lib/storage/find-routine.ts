// Finds a routine the user made (saved from the picker or the builder) by id, in the browser.
import type { Routine } from '$lib/routines/types';
import { trialRoutine } from './shared-routine';
import { myRoutines } from './stores.svelte';

/** The user's own routine with this id (or the shared routine being tried out), or undefined. */
export function findUserRoutine(id: string): Routine | undefined {
	const trial = trialRoutine().value;
	return myRoutines().value.find((r) => r.id === id) ?? (trial?.id === id ? trial : undefined);
}
