// The plan's week and today: which training days are done, due or missed, and what today holds.
import { dayOf, weekStart, weekday, type Day } from '$lib/history/days';
import { planPath, planStages, type Plan, type PlanSession, type StageStatus } from './plan';
import { pathRoutines } from './stages';
import { WEEKDAYS, type Weekday } from './triage';

/** How a day of the week stands. `rest`: not a training day and nothing done. */
export type DayStatus = 'done' | 'missed' | 'today' | 'due' | 'rest';

/** One day of the plan's week. */
export interface WeekDay {
	day: Day;
	weekday: Weekday;
	name: string;
	training: boolean;
	status: DayStatus;
}

/** The civil days on which a session of the plan's routines was done. */
function doneDays(plan: Plan, sessions: readonly PlanSession[], zone?: string): Set<Day> {
	const mine = pathRoutines(planPath(plan));
	return new Set(
		sessions.filter((s) => s.counts && mine.has(s.routineId)).map((s) => dayOf(s.at, zone))
	);
}

/** The week (Monday to Sunday) holding `today`, day by day. Days before the plan began are rest. */
export function planWeek(
	plan: Plan,
	sessions: readonly PlanSession[],
	today: Day,
	zone?: string,
	start: Day = weekStart(today)
): WeekDay[] {
	const done = doneDays(plan, sessions, zone);
	const began = dayOf(plan.createdAt, zone);
	return WEEKDAYS.map((name, i) => {
		const day = start + i;
		const training = plan.triage.days.includes(i as Weekday);
		let status: DayStatus = 'rest';
		if (done.has(day)) status = 'done';
		else if (training && day >= began) {
			status = day < today ? 'missed' : day === today ? 'today' : 'due';
		}
		return { day, weekday: i as Weekday, name, training, status };
	});
}

/** The count of a week: sessions done on any day and training days planned (after the start). */
export function weekCount(days: readonly WeekDay[]): { done: number; planned: number } {
	return {
		done: days.filter((d) => d.status === 'done').length,
		planned: days.filter((d) => d.training && d.status !== 'rest').length
	};
}

/** What today holds: a session (maybe already done), or rest until the next training day. */
export type Today =
	| { kind: 'train'; routineId: string; done: boolean }
	| { kind: 'rest'; routineId: string; next: Weekday; nextName: string };

/** The routine the plan offers now: the stage's routine, or the walk-run step to do next. */
function sessionRoutine(plan: Plan, status: StageStatus): string {
	const stage = planStages(plan)[status.stage]!;
	return stage.routines[status.walkRun?.step ?? 0]!;
}

/** Today by the plan: on a training day its session, otherwise rest and the next training day. */
export function planToday(
	plan: Plan,
	status: StageStatus,
	sessions: readonly PlanSession[],
	today: Day,
	zone?: string
): Today {
	const routineId = sessionRoutine(plan, status);
	const wd = weekday(today) as Weekday;
	const days = plan.triage.days;
	if (days.includes(wd)) {
		return { kind: 'train', routineId, done: doneDays(plan, sessions, zone).has(today) };
	}
	const next = ([1, 2, 3, 4, 5, 6, 7] as const)
		.map((n) => ((wd + n) % 7) as Weekday)
		.find((d) => days.includes(d))!;
	return { kind: 'rest', routineId, next, nextName: WEEKDAYS[next] };
}
