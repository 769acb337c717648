// How a run ended, and the history record made of it the moment it ends (by reaching the end or
// by End), so leaving the page after that loses nothing. Pure: no Svelte, no DOM.
import type { Routine } from '$lib/routines/types';
import { TEXT_LIMITS, type Session } from '$lib/storage/records';

/** How a run ended: whether it reached the end, the time played, and when it began (epoch ms). */
export interface RunSummary {
	completed: boolean;
	elapsed: number;
	startedAt: number;
}

/** The history record of a run, with no check-in yet; `nonce` makes its id unique. */
export function sessionRecord(
	routine: Pick<Routine, 'id' | 'name'>,
	summary: RunSummary,
	nonce: string
): Session {
	return {
		id: `s-${summary.startedAt.toString(36)}-${nonce}`,
		routineId: routine.id,
		routineName: routine.name.slice(0, TEXT_LIMITS.routineName),
		startedAt: summary.startedAt,
		durationMs: Math.round(summary.elapsed),
		completed: summary.completed,
		pain: null,
		effort: null,
		note: ''
	};
}
