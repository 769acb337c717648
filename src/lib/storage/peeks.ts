// Quick looks at what is stored, without any store or record check: `/` asks whether a plan, a
// history or routines of the runner's own are there before it loads the code that reads and shows
// them (the today card, the week, the saved routines).
import { peek } from './persisted.svelte';

/** The name the plan is stored under (`patella:plan:v1`). */
export const PLAN_KEY = 'plan';

/** Whether this browser may hold a plan, from a quick look: anything stored but null counts. */
export function hasPlan(storage?: Storage | null): boolean {
	const seen = peek(PLAN_KEY, storage);
	return seen.stored && seen.data !== null;
}

/** The plan's stored set-up answers, from a quick look, or null. */
function storedTriage(storage?: Storage | null): Record<string, unknown> | null {
	const seen = peek(PLAN_KEY, storage);
	const data: unknown = seen.stored ? seen.data : null;
	if (typeof data !== 'object' || data === null || !('triage' in data)) return null;
	const triage: unknown = data.triage;
	return typeof triage === 'object' && triage !== null ? (triage as Record<string, unknown>) : null;
}

/**
 * The usual morning pain the runner gave in the plan's set-up (0 to 10), or null: the advice judges
 * a morning against it, without loading the plan's code.
 */
export function planMorning(storage?: Storage | null): number | null {
	const pain = storedTriage(storage)?.usualMorning;
	return typeof pain === 'number' && Number.isInteger(pain) && pain >= 0 && pain <= 10
		? pain
		: null;
}

/**
 * How many days a week the plan trains (1 to 7), or null without a readable plan: the week's aim on
 * `/` and History is the plan's, so that they count against what /plan asks.
 */
export function planDays(storage?: Storage | null): number | null {
	const days = storedTriage(storage)?.days;
	if (!Array.isArray(days) || days.length === 0) return null;
	if (!days.every((day) => Number.isInteger(day) && day >= 0 && day <= 6)) return null;
	return new Set(days).size;
}

/** The name the session history is stored under (`patella:history:v1`). */
export const HISTORY_KEY = 'history';

/**
 * Whether this browser may hold a session history, from a look that skips the record checks: `/`
 * loads the week and the coach's code only then. Anything unreadable counts, so that the store
 * reads it, keeps a copy and says so.
 */
export function hasHistory(storage?: Storage | null): boolean {
	const seen = peek(HISTORY_KEY, storage);
	return seen.stored && !(Array.isArray(seen.data) && seen.data.length === 0);
}

/** The name the user's own routines are stored under (`patella:routines:v1`). */
export const ROUTINES_KEY = 'routines';

/**
 * Whether this browser may hold routines of the user's own, from a look at the stored list that
 * skips the schema: `/` loads the code that reads and shows them (./my-routines.svelte.ts) unless
 * nothing is stored or the list is empty. Anything unreadable counts, so that the store reads it,
 * keeps a copy and says so.
 */
export function hasSavedRoutines(storage?: Storage | null): boolean {
	const seen = peek(ROUTINES_KEY, storage);
	return seen.stored && !(Array.isArray(seen.data) && seen.data.length === 0);
}
