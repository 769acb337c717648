// Routines that arrive by a shared link: the one being tried out (kept apart from the user's own
// routines so that playing a link saves nothing the runner did not ask for), and saving one for good.
import { getRoutine } from '$lib/routines';
import { makeRoutineId } from '$lib/routines/draft';
import { sameRoutine } from '$lib/routines/share';
import type { Routine } from '$lib/routines/types';
import { Persisted } from './persisted.svelte';
import { checkRoutine, myRoutines, saveRoutine } from './my-routines.svelte';
import { where, type StoreOptions } from './stores.svelte';

/** The id prefix of a routine opened from a link and not saved. */
const TRIAL_PREFIX = 'shared-';

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
	const taken = (id: string) =>
		!!getRoutine(id) || id.startsWith(TRIAL_PREFIX) || store.value.some((r) => r.id === id);
	let id = routine.id;
	while (taken(id)) id = makeRoutineId(routine.name, random);
	if (!saveRoutine({ ...routine, id }, store)) return { refused: true };
	return { saved: true, id };
}
