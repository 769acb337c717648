// Everything the plan's screens show, computed at once from the plan, the sessions and now, so the
// components only lay it out.
import { dayOf, weekStart } from '$lib/history/days';
import { stageStatus, planStages, type Plan, type PlanSession, type StageStatus } from './plan';
import type { Stage } from './stages';
import { planToday, planWeek, weekCount, type Today, type WeekDay } from './week';

/** What the plan's screens show at one moment. */
export interface PlanView {
	stages: readonly Stage[];
	status: StageStatus;
	today: Today;
	week: WeekDay[];
	/** Last week's count, when the plan had begun by then. */
	lastWeek: { done: number; planned: number } | null;
}

/** The plan as it stands at `now`. */
export function planView(
	plan: Plan,
	sessions: readonly PlanSession[],
	now: number,
	zone?: string
): PlanView {
	const status = stageStatus(plan, sessions, now, zone);
	const day = dayOf(now, zone);
	const start = weekStart(day);
	const before = planWeek(plan, sessions, day, zone, start - 7);
	const lastWeek = weekCount(before);
	return {
		stages: planStages(plan),
		status,
		today: planToday(plan, status, sessions, day, zone),
		week: planWeek(plan, sessions, day, zone, start),
		lastWeek: lastWeek.planned > 0 ? lastWeek : null
	};
}
