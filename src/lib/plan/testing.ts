// Shared fixtures for the plan's tests: answers, plans and sessions on known days.
import { createPlan, type Plan, type PlanSession } from './plan';
import { DEFAULT_TRIAGE, type Triage } from './triage';

/** Monday 2 March 2026, 08:00 UTC. */
export const MONDAY = Date.UTC(2026, 2, 2, 8);
export const DAY_MS = 86_400_000;

/** Answers for a plan: kneecap pain, Monday, Wednesday and Friday, usual morning 1. */
export function triage(overrides: Partial<Triage> = {}): Triage {
	return { ...DEFAULT_TRIAGE, where: 'kneecap', days: [0, 2, 4], usualMorning: 1, ...overrides };
}

/** A plan created on `MONDAY` (or `at`). */
export function plan(overrides: Partial<Triage> = {}, at = MONDAY): Plan {
	return createPlan(triage(overrides), at);
}

/** A completed session `days` after `MONDAY`, with pain and morning. */
export function session(
	days: number,
	routineId: string,
	pain: number | null = 2,
	morning: number | null = 1,
	counts = true
): PlanSession {
	return { at: MONDAY + days * DAY_MS + 3_600_000, routineId, counts, pain, morning };
}
