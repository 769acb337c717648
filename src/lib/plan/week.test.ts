import { describe, expect, it } from 'vitest';
import { dayOf } from '$lib/history/days';
import { moveTo, stageStatus } from './plan';
import { WALK_RUN_STEPS } from './stages';
import { DAY_MS, MONDAY, plan, session } from './testing';
import { planToday, planWeek, weekCount } from './week';

const Z = 'UTC';
const day = (n: number) => dayOf(MONDAY + n * DAY_MS, Z);

describe('planWeek', () => {
	it('marks training days done, missed, today or due, and other days rest', () => {
		// Mon, Wed, Fri; on Thursday, with Monday done and Wednesday missed.
		const week = planWeek(plan(), [session(0, 'knee-foundation')], day(3), Z);
		expect(week.map((d) => d.status)).toEqual([
			'done',
			'rest',
			'missed',
			'rest',
			'due',
			'rest',
			'rest'
		]);
		expect(weekCount(week)).toEqual({ done: 1, planned: 3 });
		expect(planWeek(plan(), [], day(4), Z)[4]!.status).toBe('today');
	});

	it('counts a session on a rest day as done, and only sessions of the plan', () => {
		const sessions = [session(1, 'knee-foundation'), session(2, 'prerun-short')];
		const week = planWeek(plan(), sessions, day(3), Z);
		expect(week[1]!.status).toBe('done');
		expect(week[2]!.status).toBe('missed');
	});

	it('never calls a day before the plan began missed', () => {
		const late = plan({}, MONDAY + 3 * DAY_MS);
		expect(planWeek(late, [], day(5), Z).map((d) => d.status)).toEqual([
			'rest',
			'rest',
			'rest',
			'rest',
			'missed',
			'rest',
			'rest'
		]);
	});

	it('shows a week missed in full as missed, every training day', () => {
		const missed = planWeek(plan(), [], day(14), Z, day(7));
		expect(weekCount(missed)).toEqual({ done: 0, planned: 3 });
		expect(missed.filter((d) => d.status === 'missed').map((d) => d.name)).toEqual([
			'Monday',
			'Wednesday',
			'Friday'
		]);
	});
});

describe('planToday', () => {
	const p = plan();
	const status = (sessions = [session(0, 'knee-foundation')]) =>
		stageStatus(p, sessions, MONDAY, Z);

	it('offers the stage’s session on a training day, and says when it is done', () => {
		expect(planToday(p, status([]), [], day(0), Z)).toEqual({
			kind: 'train',
			routineId: 'knee-foundation',
			done: false
		});
		expect(planToday(p, status(), [session(0, 'knee-foundation')], day(0), Z)).toMatchObject({
			done: true
		});
	});

	it('names the next training day on a rest day, across the weekend', () => {
		expect(planToday(p, status(), [], day(1), Z)).toMatchObject({
			kind: 'rest',
			nextName: 'Wednesday'
		});
		expect(planToday(p, status(), [], day(5), Z)).toMatchObject({
			kind: 'rest',
			nextName: 'Monday'
		});
		const once = plan({ days: [3] });
		expect(planToday(once, stageStatus(once, [], MONDAY, Z), [], day(11), Z)).toMatchObject({
			nextName: 'Thursday'
		});
	});

	it('offers the walk-run step to play next in the return to running', () => {
		const inRun = moveTo(p, 3, 'up', [], MONDAY);
		const runs = [session(0, WALK_RUN_STEPS[0]!), session(2, WALK_RUN_STEPS[0]!)];
		const s = stageStatus(inRun, runs, MONDAY + 4 * DAY_MS, Z);
		expect(planToday(inRun, s, runs, day(4), Z)).toMatchObject({
			kind: 'train',
			routineId: WALK_RUN_STEPS[1]
		});
	});
});
