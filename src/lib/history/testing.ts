// Shared fixtures for the history tests: a session with sensible defaults. Used only by tests.
import type { Session } from '$lib/storage/records';

let serial = 0;

/** A session record; `at` is an ISO time with its offset, or ms since the epoch. */
export function session(at: string | number, fields: Partial<Session> = {}): Session {
	serial++;
	return {
		id: `s-${serial}`,
		routineId: 'knee-foundation',
		routineName: "Runner's knee: foundation",
		startedAt: typeof at === 'number' ? at : Date.parse(at),
		durationMs: 10 * 60_000,
		completed: true,
		pain: null,
		effort: null,
		note: '',
		...fields
	};
}
