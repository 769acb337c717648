// The latest check-in's advice on a routine's page, with what it needs: the library (to name an
// easier routine or exercise), the runner's own routines and the plan's morning. Loaded only when
// the latest check-in is about the routine on the page, so the page itself carries none of it.
import { guidance, type Guidance } from '$lib/history/guidance';
import { builtIn as library } from '$lib/history/library';
import type { Session } from '$lib/history/session';
import { findUserRoutine } from '$lib/storage/find-routine';
import { planMorning } from '$lib/storage/peeks';

export { default as GuidanceNote } from '$lib/components/GuidanceNote.svelte';

/** The advice after the latest check-in, or null when there is none to give. */
export function adviceFor(sessions: readonly Session[]): Guidance | null {
	const found = guidance(
		sessions,
		{ routine: (id) => library.routine(id) ?? findUserRoutine(id), exercise: library.exercise },
		undefined,
		{ usualMorning: planMorning() }
	);
	return found.kind === 'none' ? null : found;
}
