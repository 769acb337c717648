// Whether a plan is stored, without the plan's code: `/` asks before it loads the today card.
import { peek } from './persisted.svelte';

/** The name the plan is stored under (`patella:plan:v1`). */
export const PLAN_KEY = 'plan';

/** Whether this browser may hold a plan, from a quick look: anything stored but null counts. */
export function hasPlan(storage?: Storage | null): boolean {
	const seen = peek(PLAN_KEY, storage);
	return seen.stored && seen.data !== null;
}

/**
 * The usual morning pain the runner gave in the plan's set-up (0 to 10), or null: the advice judges
 * a morning against it, without loading the plan's code.
 */
export function planMorning(storage?: Storage | null): number | null {
	const seen = peek(PLAN_KEY, storage);
	const data: unknown = seen.stored ? seen.data : null;
	if (typeof data !== 'object' || data === null || !('triage' in data)) return null;
	const triage: unknown = data.triage;
	if (typeof triage !== 'object' || triage === null || !('usualMorning' in triage)) return null;
	const pain = triage.usualMorning;
	return typeof pain === 'number' && Number.isInteger(pain) && pain >= 0 && pain <= 10
		? pain
		: null;
}
