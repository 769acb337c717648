// Sessions for the history tests. Tests only.
import type { Session } from './session';

let serial = 0;

/**
 * A session started at `at` (an ISO time with its offset, or ms since the epoch), with a fresh id,
 * ten minutes played, completed, and no check-in unless `fields` give one.
 */
export function session(at: string | number, fields: Partial<Session> = {}): Session {
	serial++;
	return {
		id: `s-${serial}`,
		routineId: 'knee-foundation',
		routineName: "Runner's knee: foundation",
		startedAt: typeof at === 'number' ? at : Date.parse(at),
		durationMs: 600_000,
		completed: true,
		pain: null,
		effort: null,
		note: '',
		...fields
	};
}
