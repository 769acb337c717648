// Finds a routine the user made (saved from the picker or the builder) by id, in the browser.
import type { Routine } from '$lib/routines/types';
import { DRAFT_ID } from '$lib/routines/warmup';
import { draftRoutine } from './picker.svelte';
import { myRoutines } from './stores.svelte';

/** The user's own routine with this id, or undefined; `warm-up` is the picker's current selection. */
export function findUserRoutine(id: string): Routine | undefined {
	if (id === DRAFT_ID) return draftRoutine();
	return myRoutines().value.find((r) => r.id === id);
}
