// Whether a plan is stored, without the plan's code: `/` asks before it loads the today card.
import { peek } from './persisted.svelte';

/** The name the plan is stored under (`patella:plan:v1`). */
export const PLAN_KEY = 'plan';

/** Whether this browser may hold a plan, from a quick look: anything stored but null counts. */
export function hasPlan(storage?: Storage | null): boolean {
	const seen = peek(PLAN_KEY, storage);
	return seen.stored && seen.data !== null;
}
