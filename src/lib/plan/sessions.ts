// The plan reads sessions through this one adapter, so the session record can grow (the honest
// record, the morning check) without the plan's rules changing.
import type { PlanSession } from './plan';

/** The fields of a stored session the plan reads. `morning` is the next morning's check, if any. */
export interface SessionLike {
	startedAt: number;
	routineId: string;
	completed: boolean;
	pain: number | null;
	morning?: { pain: number | null } | null;
}

/** The sessions as the plan sees them. Only a completed session counts toward a stage. */
export function planSessions(records: readonly SessionLike[]): PlanSession[] {
	return records.map((r) => ({
		at: r.startedAt,
		routineId: r.routineId,
		counts: r.completed,
		pain: r.pain,
		morning: r.morning?.pain ?? null
	}));
}
