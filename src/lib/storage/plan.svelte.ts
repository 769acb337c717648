// The runner's plan (`patella:plan:v1`): the set-up's answers and the stages moved through, kept on
// the device like everything else. `/` looks (`hasPlan`) before it loads the plan's code.
import { readPlan, type Plan } from '$lib/plan/plan';
import { PLAN_KEY } from './peeks';
import { Persisted, where, type Problem, type StoreOptions } from './persisted.svelte';

/** Parses a stored plan: null for none, undefined when it cannot be read. */
function parsePlan(raw: unknown, _problem: Problem = () => {}): Plan | null | undefined {
	if (raw === null) return null;
	return readPlan(raw);
}

/** Creates a plan store. */
export function createPlanStore(options: StoreOptions = {}): Persisted<Plan | null> {
	return new Persisted<Plan | null>({
		...options,
		key: PLAN_KEY,
		version: 1,
		label: 'plan',
		parse: parsePlan,
		fallback: null
	});
}

/** The runner's plan: in the browser on localStorage, during a prerender in memory. */
export const planStore: Persisted<Plan | null> = createPlanStore(where);
