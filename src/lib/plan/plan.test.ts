import { describe, expect, it } from 'vitest';
import {
	createPlan,
	currentMove,
	leftToEarn,
	MIN_DAYS,
	moveTo,
	readPlan,
	reconcile,
	stageStatus,
	usualMorning,
	walkRun,
	type PlanSession
} from './plan';
import { planSessions } from './sessions';
import { WALK_RUN_STEPS } from './stages';
import { DAY_MS, MONDAY, plan, session, triage } from './testing';

const Z = 'UTC';
const FOUNDATION = 'knee-foundation';
/** Five sessions over two weeks: Mon, Wed, Fri, Mon, Wed. */
const FIVE = [0, 2, 4, 7, 9];

function at(days: number): number {
	return MONDAY + days * DAY_MS + 12 * 3_600_000;
}

describe('stage gating', () => {
	it('earns the next stage after two weeks, five sessions, three low check-ins and settled mornings', () => {
		const sessions = FIVE.map((d) => session(d, FOUNDATION, 2, 1));
		const status = stageStatus(plan(), sessions, at(MIN_DAYS), Z);
		expect(status).toMatchObject({ stage: 0, of: 4, sessions: 5, days: 14, earned: true });
		expect(leftToEarn(status)).toBe('');
	});

	it('says what is left: "2 more sessions, 4 more days"', () => {
		const sessions = [0, 2, 4].map((d) => session(d, FOUNDATION));
		const status = stageStatus(plan(), sessions, at(10), Z);
		expect(status.earned).toBe(false);
		expect(leftToEarn(status)).toBe('2 more sessions, 4 more days');
		expect(leftToEarn(stageStatus(plan(), [...sessions, session(7, FOUNDATION)], at(13), Z))).toBe(
			'1 more session, 1 more day'
		);
	});

	it('is not earned one day short of two weeks, or one session short of five', () => {
		const five = FIVE.map((d) => session(d, FOUNDATION));
		expect(stageStatus(plan(), five, at(13), Z).earned).toBe(false);
		expect(stageStatus(plan(), five.slice(0, 4), at(20), Z).earned).toBe(false);
	});

	it('needs the last three check-ins at 3 or less: 3 passes, 4 does not', () => {
		const sessions = (last: number) =>
			FIVE.map((d, i) => session(d, FOUNDATION, i === 4 ? last : 1));
		expect(stageStatus(plan(), sessions(3), at(14), Z).earned).toBe(true);
		const four = stageStatus(plan(), sessions(4), at(14), Z);
		expect(four.earned).toBe(false);
		expect(four.checkIns).toEqual([1, 1, 4]);
		expect(four.checkInsOk).toBe(false);
	});

	it('needs three check-ins: sessions saved without one count as sessions but not as check-ins', () => {
		const sessions = FIVE.map((d, i) => session(d, FOUNDATION, i < 2 ? 1 : null));
		const status = stageStatus(plan(), sessions, at(14), Z);
		expect(status.sessions).toBe(5);
		expect(status.checkInsOk).toBe(false);
	});

	it('counts only completed sessions of the stage, since the stage began', () => {
		const sessions = [
			...FIVE.slice(0, 4).map((d) => session(d, FOUNDATION)),
			session(9, FOUNDATION, 1, 1, false),
			session(9, 'prerun-short'),
			session(-1, FOUNDATION)
		];
		expect(stageStatus(plan(), sessions, at(14), Z).sessions).toBe(4);
	});

	it('holds a morning worse than usual against the stage; equal is fine', () => {
		const equal = FIVE.map((d) => session(d, FOUNDATION, 1, 1));
		expect(stageStatus(plan(), equal, at(14), Z).earned).toBe(true);
		// A worse morning is a back-off: the count starts again after that session.
		const worse = FIVE.map((d, i) => session(d, FOUNDATION, 1, i === 1 ? 2 : 1));
		const status = stageStatus(plan(), worse, at(14), Z);
		expect(status.backOff).toMatchObject({ why: 'morning', pain: 2 });
		expect(status.sessions).toBe(3);
		expect(status.earned).toBe(false);
	});

	it('repeats the stage after pain above 5: the count restarts from that session', () => {
		const sessions = FIVE.map((d, i) => session(d, FOUNDATION, i === 2 ? 6 : 1));
		const status = stageStatus(plan(), sessions, at(14), Z);
		expect(status.backOff).toMatchObject({ why: 'pain', pain: 6 });
		expect(status.since).toBe(sessions[2]!.at);
		expect(status.sessions).toBe(2);
		expect(status.days).toBe(10);
		expect(leftToEarn(status)).toBe('3 more sessions, 4 more days');
		// Pain of 5 is within the model: no back-off.
		const five = FIVE.map((d, i) => session(d, FOUNDATION, i === 2 ? 5 : 1));
		expect(stageStatus(plan(), five, at(14), Z).backOff).toBeNull();
	});

	it('never offers to move up from the last stage', () => {
		const last = moveTo(plan(), 3, 'up', [], MONDAY + 1);
		const sessions = FIVE.map((d) => session(d, WALK_RUN_STEPS[0]!));
		expect(stageStatus(last, sessions, at(30), Z).earned).toBe(false);
	});

	it('judges mornings against the one before the stage began, never above the usual morning', () => {
		const sessions = [session(0, FOUNDATION, 1, 0), session(2, FOUNDATION, 1, 3)];
		const usual = plan({ usualMorning: 2 });
		expect(moveTo(usual, 1, 'up', sessions, at(1)).moves.at(-1)!.morning).toBe(0);
		expect(moveTo(usual, 1, 'up', sessions, at(5)).moves.at(-1)!.morning).toBe(2);
		// Without an answer, the first morning check is the usual one.
		const unasked = plan({ usualMorning: null });
		expect(moveTo(unasked, 1, 'up', sessions.slice(1), at(5)).moves.at(-1)!.morning).toBe(3);
		expect(moveTo(unasked, 1, 'up', sessions, at(5)).moves.at(-1)!.morning).toBe(0);
	});
});

describe('usual morning', () => {
	it('is the set-up answer, else the first morning check', () => {
		const sessions = [session(3, FOUNDATION, 1, 4), session(1, FOUNDATION, 1, 2)];
		expect(usualMorning(plan({ usualMorning: 0 }), sessions)).toBe(0);
		expect(usualMorning(plan({ usualMorning: null }), sessions)).toBe(2);
		expect(usualMorning(plan({ usualMorning: null }), [])).toBeNull();
	});
});

describe('moving down', () => {
	const build = 'knee-build';
	const inBuild = moveTo(plan(), 1, 'up', [], at(14));

	it('moves down a stage after a second back-off within two weeks', () => {
		const sessions = [session(15, build, 6), session(17, build, 2), session(19, build, 7)];
		const moved = reconcile(inBuild, sessions, Z);
		expect(currentMove(moved)).toMatchObject({ stage: 0, why: 'down' });
		// Once moved, the same sessions move it no further.
		expect(reconcile(moved, sessions, Z)).toBe(moved);
	});

	it('only repeats the stage after one back-off, or two more than two weeks apart', () => {
		expect(reconcile(inBuild, [session(15, build, 6)], Z)).toBe(inBuild);
		expect(reconcile(inBuild, [session(15, build, 6), session(30, build, 6)], Z)).toBe(inBuild);
	});

	it('never moves below the first stage', () => {
		const first = plan();
		expect(reconcile(first, [session(1, FOUNDATION, 8), session(2, FOUNDATION, 8)], Z)).toBe(first);
	});

	it('lets the runner choose any easier stage, at any time', () => {
		const chosen = moveTo(inBuild, 0, 'easier', [], at(16));
		expect(currentMove(chosen)).toMatchObject({ stage: 0, why: 'easier' });
		expect(stageStatus(chosen, [session(15, FOUNDATION)], at(16), Z).sessions).toBe(0);
	});
});

describe('walk-run steps', () => {
	const steps = WALK_RUN_STEPS;
	const run = (days: number, step: number, pain: number | null = 1, morning: number | null = 1) =>
		session(days, steps[step]!, pain, morning);

	it('repeats each step twice within the limits, session and next morning, before the next', () => {
		expect(walkRun([run(0, 0)], steps, 1)).toMatchObject({ step: 0, good: 1 });
		expect(walkRun([run(0, 0), run(2, 0)], steps, 1)).toMatchObject({ step: 1, good: 0 });
	});

	it('counts a run toward the next step only at pain 3 or less; 4 or 5 repeats the step', () => {
		expect(walkRun([run(0, 0, 3), run(2, 0, 3)], steps, 1).step).toBe(1);
		expect(walkRun([run(0, 0, 3), run(2, 0, 4)], steps, 1)).toMatchObject({ step: 0, good: 1 });
		expect(walkRun([run(0, 0, 5), run(2, 0, 5)], steps, 1)).toMatchObject({ step: 0, good: 0 });
	});

	it('waits for the next morning before a session counts', () => {
		expect(walkRun([run(0, 0), run(2, 0, 1, null)], steps, 1)).toMatchObject({ step: 0, good: 1 });
	});

	it('moves back a step after pain above 5 or a worse morning', () => {
		const up = [run(0, 0), run(2, 0), run(4, 1), run(6, 1)];
		expect(walkRun(up, steps, 1).step).toBe(2);
		expect(walkRun([...up, run(8, 2, 6)], steps, 1)).toMatchObject({ step: 1, good: 0 });
		expect(walkRun([...up, run(8, 2, 2, 3)], steps, 1)).toMatchObject({ step: 1, good: 0 });
	});

	it('finishes after the last step is done twice', () => {
		const all: PlanSession[] = steps.flatMap((_, i) => [run(i * 4, i), run(i * 4 + 2, i)]);
		expect(walkRun(all, steps, 1)).toMatchObject({ step: steps.length - 1, finished: true });
	});

	it('gives the plan the step to play next', () => {
		const inRun = moveTo(plan(), 3, 'up', [], MONDAY);
		const status = stageStatus(inRun, [run(1, 0), run(3, 0)], at(4), Z);
		expect(status.walkRun).toMatchObject({ step: 1, steps: steps.length });
	});
});

describe('readPlan', () => {
	it('reads back a stored plan', () => {
		const stored = moveTo(createPlan(triage(), MONDAY), 1, 'up', [], at(14));
		expect(readPlan(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
	});

	it.each([
		['no moves', (p: Record<string, unknown>) => ({ ...p, moves: [] })],
		[
			'a stage the path lacks',
			(p: Record<string, unknown>) => ({
				...p,
				moves: [{ stage: 4, at: MONDAY, why: 'start', morning: 1 }]
			})
		],
		[
			'moves out of order',
			(p: Record<string, unknown>) => ({
				...p,
				moves: [
					{ stage: 0, at: MONDAY, why: 'start', morning: 1 },
					{ stage: 1, at: MONDAY - 1, why: 'up', morning: 1 }
				]
			})
		],
		['a date before 2000', (p: Record<string, unknown>) => ({ ...p, createdAt: 5 })],
		[
			'a morning of -1',
			(p: Record<string, unknown>) => ({
				...p,
				moves: [{ stage: 0, at: MONDAY, why: 'start', morning: -1 }]
			})
		],
		['broken answers', (p: Record<string, unknown>) => ({ ...p, triage: { where: 'kneecap' } })]
	])('refuses %s', (_, change) => {
		const stored = JSON.parse(JSON.stringify(plan())) as Record<string, unknown>;
		expect(readPlan(change(stored))).toBeUndefined();
	});
});

describe('planSessions', () => {
	it('reads the record: completed counts, the morning check when there is one', () => {
		const base = { startedAt: MONDAY, routineId: FOUNDATION, pain: 2 };
		expect(planSessions([{ ...base, completed: true, morning: { pain: 3 } }])).toEqual([
			{ at: MONDAY, routineId: FOUNDATION, counts: true, pain: 2, morning: 3 }
		]);
		expect(planSessions([{ ...base, completed: false }])[0]).toMatchObject({
			counts: false,
			morning: null
		});
	});
});
