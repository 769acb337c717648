// Sessions for the history tests, built on the storage layer's shared session fixture. Tests only.
import type { Session } from '$lib/storage/records';
import { session as storedSession } from '$lib/storage/testing';

let serial = 0;

/**
 * A session started at `at` (an ISO time with its offset, or ms since the epoch), with a fresh id
 * and no check-in unless `fields` give one.
 */
export function session(at: string | number, fields: Partial<Session> = {}): Session {
	serial++;
	return storedSession({
		id: `s-${serial}`,
		routineId: 'knee-foundation',
		routineName: "Runner's knee: foundation",
		startedAt: typeof at === 'number' ? at : Date.parse(at),
		pain: null,
		effort: null,
		...fields
	});
}
