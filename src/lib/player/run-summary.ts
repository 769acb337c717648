// How a run ended, and the history record made of it the moment it ends (by reaching the end or
// by End), so leaving the page after that loses nothing. Pure: no Svelte, no DOM.
import type { Session } from '$lib/history/session';
import type { Routine } from '$lib/routines/types';
import { TEXT_LIMITS } from '$lib/storage/records';
import { sessionOf, type HonestRecord } from './record';

/** How a run ended: whether it reached the end, the time played, and when it began (epoch ms). */
export interface RunSummary {
	completed: boolean;
	elapsed: number;
	startedAt: number;
	/** What was honestly done: per exercise, sets and work time played. */
	record?: HonestRecord;
}

/** The history record of a run, with no check-in yet; `nonce` makes its id unique. */
export function sessionRecord(
	routine: Pick<Routine, 'id' | 'name'>,
	summary: RunSummary,
	nonce: string
): Session {
	const id = `s-${summary.startedAt.toString(36)}-${nonce}`;
	const name = routine.name.slice(0, TEXT_LIMITS.routineName);
	if (summary.record) {
		const identity = { id, routineId: routine.id, routineName: name, startedAt: summary.startedAt };
		return sessionOf(identity, summary.record, !summary.completed);
	}
	return {
		id,
		routineId: routine.id,
		routineName: name,
		startedAt: summary.startedAt,
		durationMs: Math.round(summary.elapsed),
		completed: summary.completed,
		pain: null,
		effort: null,
		note: ''
	};
}
