// Finds a routine the user made (saved from the picker or the builder) by id, in the browser.
import type { Routine } from '$lib/routines/types';
import { DRAFT_ID } from '$lib/routines/warmup';
import { draftRoutine } from './picker.svelte';
import { trialRoutine } from './shared-routine';
import { myRoutines } from './my-routines.svelte';

/**
 * The user's own routine with this id, or undefined. `warm-up` is the picker's current
 * selection; a shared routine being tried out is found by its id too.
 */
export function findUserRoutine(id: string): Routine | undefined {
	if (id === DRAFT_ID) return draftRoutine();
	const trial = trialRoutine.value;
	return myRoutines.value.find((r) => r.id === id) ?? (trial?.id === id ? trial : undefined);
}
