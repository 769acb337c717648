import { describe, expect, it } from 'vitest';
import { exercises, getRoutine, routines } from '$lib/routines';
import type { Routine } from '$lib/routines/types';
import { easierRoutine, easierVariants, guidance, guidanceSlice, sliceLibrary } from './guidance';
import { latestCheckIn } from './attention';
import { builtIn } from './library';
import { PROGRESSIONS, nextStage, previousStage } from './progression';
import { session } from './testing';

const day = (n: number) => Date.parse('2026-03-02T07:00:00Z') + n * 86_400_000;

describe('back off', () => {
	it('when pain during the session is above 5, not at 5', () => {
		const result = guidance(
			[session(day(0), { pain: 1 }), session(day(1), { routineId: 'knee-build', pain: 6 })],
			builtIn
		);
		expect(result).toMatchObject({
			kind: 'back-off',
			reason: 'too-much',
			pain: 6,
			clinician: null,
			easierRoutine: { id: 'knee-foundation' }
		});
		expect(guidance([session(day(0), { pain: 5 })], builtIn)).toMatchObject({
			kind: 'steady',
			pain: 5
		});
	});

	it('when "This hurts" was pressed, even with a low score, naming what was chosen', () => {
		const hurt = [
			{
				action: 'swap' as const,
				exerciseId: 'spanish-squat',
				name: 'Spanish squat',
				easierId: 'wall-sit',
				easierName: 'Wall sit',
				segment: 3
			}
		];
		const result = guidance([session(day(0), { routineId: 'knee-build', pain: 2, hurt })], builtIn);
		expect(result).toMatchObject({ kind: 'back-off', reason: 'hurt', pain: 2, hurt });
		// Pain above 5 is the reason first; the choice still comes with the advice.
		expect(guidance([session(day(0), { pain: 7, hurt })], builtIn)).toMatchObject({
			reason: 'too-much',
			hurt
		});
		expect(guidance([session(day(0), { pain: 2 })], builtIn)).toMatchObject({ kind: 'steady' });
	});

	it('not for three sessions that go 0, 1, 2; yes for a weekly average rising two weeks', () => {
		const sessions = [0, 1, 2].map((pain, i) => session(day(i), { pain }));
		expect(guidance(sessions, builtIn)).toMatchObject({ kind: 'steady', pain: 2 });
		const weekly = [2, 3, 4].map((pain, i) => session(day(7 * i), { pain }));
		expect(guidance(weekly, builtIn, undefined, { zone: 'UTC' })).toMatchObject({
			kind: 'back-off',
			reason: 'rising',
			pain: 4
		});
	});

	it('when the morning after is worse than the usual morning, not when it is equal', () => {
		const first = session(day(0), { pain: 3, morning: { pain: 2, at: day(1) } });
		const equal = session(day(2), { pain: 3, morning: { pain: 2, at: day(3) } });
		const worse = session(day(2), { pain: 3, morning: { pain: 3, at: day(3) } });
		expect(guidance([first], builtIn).kind).toBe('steady');
		expect(guidance([first, equal], builtIn).kind).toBe('steady');
		expect(guidance([first, worse], builtIn)).toMatchObject({
			kind: 'back-off',
			reason: 'morning',
			morning: 3,
			usual: 2
		});
		// The plan's answer, when given, is the usual morning.
		expect(guidance([first], builtIn, undefined, { usualMorning: 1 }).kind).toBe('back-off');
	});

	it('says to see a clinician after pain above 5 twice within 7 days, and why', () => {
		const sessions = [6, 7].map((pain, i) => session(day(3 * i), { pain }));
		expect(guidance(sessions, builtIn)).toMatchObject({
			kind: 'back-off',
			clinician: 'too-much-twice'
		});
		const apart = [6, 7].map((pain, i) => session(day(8 * i), { pain }));
		expect(guidance(apart, builtIn)).toMatchObject({ kind: 'back-off', clinician: null });
	});

	it('says to see a clinician after 6 weeks at 4 out of 10', () => {
		const sessions = Array.from({ length: 7 }, (_, w) => session(day(7 * w), { pain: 4 }));
		expect(guidance(sessions, builtIn)).toMatchObject({
			kind: 'steady',
			clinician: 'no-improvement'
		});
	});

	it('after a pre-run warm-up, gives running-load advice instead of easier drills', () => {
		const warmUp = { routineId: 'prerun-short' };
		expect(guidance([session(day(0), { ...warmUp, pain: 7 })], builtIn)).toMatchObject({
			kind: 'run-load',
			reason: 'too-much',
			pain: 7
		});
	});

	it('takes the order of the sessions from their start times, not the list', () => {
		const sessions = [
			session(day(2), { pain: 1 }),
			session(day(0), { pain: 6 }),
			session(day(1), { pain: 3 })
		];
		expect(guidance(sessions, builtIn)).toMatchObject({ kind: 'steady', pain: 1 });
	});

	it('offers the easier variants of the routine’s exercises', () => {
		const build = getRoutine('knee-build')!;
		const variants = easierVariants(build, builtIn);
		expect(variants.length).toBeGreaterThan(0);
		for (const { instead, easier } of variants) {
			for (const exercise of instead) {
				expect(build.items.map((i) => i.exercise)).toContain(exercise.id);
				expect(exercises.find((e) => e.id === exercise.id)?.easier).toBe(easier.id);
			}
		}
	});

	it('names each easier variant once, with every exercise it stands in for', () => {
		for (const routine of routines) {
			const variants = easierVariants(routine, builtIn);
			const ids = variants.map((v) => v.easier.id);
			expect(new Set(ids).size).toBe(ids.length);
			const total = variants.reduce((n, v) => n + v.instead.length, 0);
			const inRoutine = new Set(routine.items.map((i) => i.exercise));
			const withEasier = [...inRoutine].filter((id) => {
				const easier = exercises.find((e) => e.id === id)?.easier;
				return easier && !inRoutine.has(easier);
			});
			expect(total).toBe(withEasier.length);
		}
	});

	it('suggests the stage before, or the first stage for another strength routine', () => {
		expect(easierRoutine(getRoutine('knee-advanced')!, builtIn)?.id).toBe('knee-build');
		expect(easierRoutine(getRoutine('knee-build')!, builtIn)?.id).toBe('knee-foundation');
		expect(easierRoutine(getRoutine('quad-strength')!, builtIn)?.id).toBe('knee-foundation');
		expect(easierRoutine(getRoutine('knee-foundation')!, builtIn)).toBeUndefined();
		expect(easierRoutine(getRoutine('prerun-short')!, builtIn)).toBeUndefined();
	});

	it('never offers an easier variant already in the routine', () => {
		for (const routine of routines) {
			const ids = new Set(routine.items.map((i) => i.exercise));
			for (const { easier } of easierVariants(routine, builtIn))
				expect(ids.has(easier.id)).toBe(false);
		}
	});

	it('still backs off for a routine the library does not know', () => {
		const result = guidance([session(day(0), { routineId: 'my-own', pain: 7 })], builtIn);
		expect(result).toMatchObject({ kind: 'back-off', easierRoutine: null, easierVariants: [] });
	});
});

describe('move on', () => {
	const easy = (n: number, fields = {}) =>
		session(day(n), { pain: 1, effort: 'easy' as const, completed: true, ...fields });

	it('after three completed sessions of a stage rated easy with pain 2 or less', () => {
		const result = guidance([easy(0), easy(1, { pain: 2 }), easy(2, { pain: 0 })], builtIn);
		expect(result).toEqual({
			kind: 'progress',
			sessions: 3,
			next: { id: 'knee-build', name: getRoutine('knee-build')!.name }
		});
	});

	it('not after two, nor when one of the three hurt, felt right, or was ended early', () => {
		expect(guidance([easy(0), easy(1)], builtIn).kind).toBe('steady');
		expect(guidance([easy(0, { pain: 3 }), easy(1), easy(2)], builtIn).kind).toBe('steady');
		const skipped = {
			completed: false,
			endedEarly: false,
			exercises: [
				{ exerciseId: 'x', name: 'X', setsDone: 1, sets: 3, workMs: 30_000, plannedMs: 90_000 }
			]
		};
		expect(guidance([easy(0), easy(1, skipped), easy(2)], builtIn).kind).toBe('steady');
		expect(guidance([easy(0), easy(1, { effort: 'right' }), easy(2)], builtIn).kind).toBe('steady');
		expect(guidance([easy(0), easy(1, { completed: false }), easy(2)], builtIn).kind).toBe(
			'steady'
		);
	});

	it('counts only sessions of the same routine', () => {
		const other = { routineId: 'prerun-short', routineName: 'Warm-up' };
		const sessions = [easy(0), easy(1, other), easy(2), easy(3, other), easy(4)];
		expect(guidance(sessions, builtIn)).toMatchObject({ kind: 'progress', sessions: 3 });
	});

	it('not from the last stage, nor from a routine outside the chains', () => {
		const advanced = { routineId: 'knee-advanced' };
		expect(guidance([easy(0, advanced), easy(1, advanced), easy(2, advanced)], builtIn).kind).toBe(
			'steady'
		);
		const quad = { routineId: 'quad-strength' };
		expect(guidance([easy(0, quad), easy(1, quad), easy(2, quad)], builtIn).kind).toBe('steady');
	});

	it('never when the latest session hurt, whatever came before', () => {
		expect(guidance([easy(0), easy(1), easy(2), easy(3, { pain: 6 })], builtIn).kind).toBe(
			'back-off'
		);
	});
});

describe('the advice in sight', () => {
	it('none without a check-in', () => {
		expect(guidance([], builtIn)).toEqual({ kind: 'none' });
		expect(guidance([session(day(0))], builtIn)).toEqual({ kind: 'none' });
	});

	it('stays on the latest check-in until a newer check-in replaces it', () => {
		const high = session(day(0), { pain: 8 });
		expect(guidance([high, session(day(1))], builtIn)).toMatchObject({ kind: 'back-off', pain: 8 });
		expect(latestCheckIn([high, session(day(1))])).toBe(high);
		expect(guidance([high, session(day(1), { pain: 1 })], builtIn).kind).toBe('steady');
	});
});

describe('the progression map', () => {
	it('names routines that exist, strength ones, from easy to hard', () => {
		const order = ['easy', 'moderate', 'hard'];
		for (const chain of PROGRESSIONS) {
			const found = chain.map((id) => routines.find((r) => r.id === id));
			expect(found.every((r): r is Routine => r?.kind === 'strength')).toBe(true);
			const levels = (found as Routine[]).map((r) => order.indexOf(r.level));
			expect([...levels].sort((a, b) => a - b)).toEqual(levels);
		}
		expect(nextStage('knee-foundation')).toBe('knee-build');
		expect(nextStage('knee-build')).toBe('knee-advanced');
		expect(nextStage('knee-advanced')).toBeUndefined();
		expect(previousStage('knee-foundation')).toBeUndefined();
		expect(nextStage('no-such-routine')).toBeUndefined();
	});
});

describe('a slice of the library', () => {
	it('gives the same advice after any routine as the whole library', () => {
		const histories = (id: string) => [
			[session(day(0), { routineId: id, pain: 6 })],
			[1, 3, 4].map((pain, n) => session(day(7 * n), { routineId: id, pain })),
			[0, 1, 2].map((pain, n) =>
				session(day(n), { routineId: id, pain, effort: 'easy', completed: true })
			)
		];
		for (const routine of routines) {
			const slice = sliceLibrary(guidanceSlice(routine, builtIn));
			for (const sessions of histories(routine.id)) {
				expect(guidance(sessions, slice)).toEqual(guidance(sessions, builtIn));
			}
		}
	});

	it('carries only the routines and exercises advice can name', () => {
		const foundation = getRoutine('knee-foundation')!;
		const slice = guidanceSlice(foundation, builtIn);
		expect(slice.routines.map((r) => r.id).sort()).toEqual(['knee-build', 'knee-foundation']);
		expect(slice.exercises.length).toBeLessThan(exercises.length / 2);
	});
});

describe('the session advised on', () => {
	it('is the one just checked in, even when a newer one started after it (a resumed run)', () => {
		const resumed = session(day(0), { id: 'resumed', routineId: 'knee-build', pain: 6 });
		const newer = session(day(1), { routineId: 'prerun-short', pain: 1 });
		const advice = guidance([resumed, newer], builtIn, 'resumed');
		expect(advice).toMatchObject({
			kind: 'back-off',
			reason: 'too-much',
			pain: 6,
			easierRoutine: { id: 'knee-foundation' }
		});
		expect(guidance([resumed, newer], builtIn)).toMatchObject({ kind: 'steady', pain: 1 });
		const slice = sliceLibrary(guidanceSlice(getRoutine('knee-build')!, builtIn));
		expect(guidance([resumed, newer], slice, 'resumed')).toEqual(advice);
	});
});
