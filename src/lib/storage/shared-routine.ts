// Routines that arrive by a shared link: the one being tried out (kept apart from the user's own
// routines so that playing a link saves nothing the runner did not ask for), and saving one for good.
import { sameRoutine } from '$lib/routines/share';
import type { Routine } from '$lib/routines/types';
import { Persisted, where, type StoreOptions } from './persisted.svelte';
import { TRIAL_PREFIX, checkRoutine, myRoutines, saveNew } from './my-routines.svelte';

/** Creates the store of the routine last opened from a link (`patella:shared:v1`). */
export function createTrialRoutine(options: StoreOptions = {}): Persisted<Routine | null> {
	return new Persisted<Routine | null>({
		...options,
		key: 'shared',
		version: 1,
		label: 'shared routine',
		parse: (raw) => {
			if (raw === null) return null;
			const result = checkRoutine(raw);
			return result.ok && result.value.id.startsWith(TRIAL_PREFIX) ? result.value : undefined;
		},
		fallback: null
	});
}

/** The routine last opened from a link (in memory during a prerender). */
export const trialRoutine: Persisted<Routine | null> = createTrialRoutine(where);

/** Keeps a shared routine so the player can find it, under a `shared-` id; returns that id. */
export function keepForTrial(
	routine: Routine,
	store: Persisted<Routine | null> = trialRoutine
): string {
	const id = `${TRIAL_PREFIX}${routine.id}`.slice(0, 64).replace(/-+$/, '');
	store.value = { ...routine, id };
	return id;
}

/**
 * What saving a shared routine did: saved under `id`, found it already saved under `id`, or was
 * refused by the browser's storage (full or blocked), which changed nothing.
 */
export type SaveOutcome = { saved: boolean; id: string } | { refused: true };

/**
 * Saves a shared routine to the user's own routines. It keeps its id unless a built-in or another
 * saved routine has it; an identical saved routine is not saved twice.
 */
export function saveShared(
	routine: Routine,
	store: Persisted<Routine[]> = myRoutines,
	random: () => number = Math.random
): SaveOutcome {
	const same = store.value.find((r) => sameRoutine({ ...r, id: routine.id }, routine));
	if (same) return { saved: false, id: same.id };
	const id = saveNew(routine, store, random);
	return id === null ? { refused: true } : { saved: true, id };
}
