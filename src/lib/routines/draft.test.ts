import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	draftFromRoutine,
	draftProblems,
	draftToInput,
	emptyDraft,
	filterExercises,
	inItem,
	moveItem,
	newItem,
	previewSteps,
	previewTotalMs,
	type Draft
} from './draft';
import { makeRoutineId, slugify } from './ids';
import { exercises, getExercise, routines } from './index';
import { parseRoutine } from './schema';
import { compileRoutine } from './timeline';

const clamshell = getExercise('clamshell')!;
/** Cites a trial, so a saved routine carries its source. */
const hipAbduction = getExercise('side-lying-hip-abduction')!;
const wallSit = getExercise('wall-sit')!;

function draftOf(...items: Draft['items']): Draft {
	return { ...emptyDraft(), name: 'Tuesday knees', items };
}

describe('the builder draft', () => {
	it('makes ids the schema accepts: my-<slug>-<6 characters>', () => {
		expect(slugify('Knee day #2 — Tuesday!')).toBe('knee-day-2-tuesday');
		expect(slugify('Genou fâché')).toBe('genou-fache');
		expect(slugify('💪💪')).toBe('routine');
		expect(slugify('x'.repeat(100))).toHaveLength(40);
		let n = 0;
		const id = makeRoutineId('Knee day', () => (n++ % 36) / 36);
		expect(id).toBe('my-knee-day-012345');
		for (const name of ['', '  ', 'a'.repeat(80), '<script>', 'Ünïcödé']) {
			const made = makeRoutineId(name);
			expect(made).toMatch(/^my-[a-z0-9-]+-[a-z0-9]{6}$/);
			expect(parseRoutine(draftToInput(draftOf(newItem(clamshell)), made)).ok).toBe(true);
		}
	});

	it("starts an item at the exercise's recommended dose, its own rest between sets included", () => {
		expect(newItem(clamshell)).toMatchObject({
			exercise: 'clamshell',
			sets: clamshell.dose.sets,
			reps: 12,
			tempo: 3,
			seconds: null,
			rest: 30,
			selfPaced: false
		});
		expect(newItem(wallSit)).toMatchObject({ reps: null, tempo: null, seconds: 45, rest: 60 });
		// The patellar tendon holds: 5 x 45 s with 2 min rests (Rio 2017), not a default 30 s.
		const spanish = getExercise('spanish-squat')!;
		expect(spanish.sources).toContain('rio-2017');
		expect(newItem(spanish)).toMatchObject({ sets: 5, seconds: 45, rest: 120 });
		// Every exercise comes with its own dose: a rest wherever it has more than one set.
		for (const exercise of exercises) {
			const item = newItem(exercise);
			expect(item.rest).toBe(exercise.dose.rest);
			if (exercise.dose.sets > 1) expect(item.rest).toBeGreaterThan(0);
		}
	});

	it('keeps a self-paced rep item through save and edit, and refuses it on a hold', () => {
		const draft = draftOf({ ...newItem(clamshell), selfPaced: true }, newItem(wallSit));
		const result = parseRoutine(draftToInput(draft, 'my-tuesday-knees-abcdef'));
		if (!result.ok) throw new Error(result.errors.join());
		expect(result.routine.items[0]!.selfPaced).toBe(true);
		expect(result.routine.items[1]!.selfPaced).toBeUndefined();
		expect(draftFromRoutine(result.routine).items.map((i) => i.selfPaced)).toEqual([true, false]);
		// A hold has no reps to pace: the box is not offered, and a stray flag is not written.
		const stray = draftOf({ ...newItem(wallSit), selfPaced: true });
		expect(draftToInput(stray, 'my-x-abcdef').items).toEqual([
			{ exercise: 'wall-sit', sets: 4, rest: 60, seconds: 45 }
		]);
	});

	it('previews the steps as the player plays them, in the order and lengths it plays', () => {
		const draft = draftOf({ ...newItem(clamshell), sets: 2, selfPaced: true }, newItem(wallSit));
		const steps = previewSteps(draft);
		expect(steps.slice(0, 5)).toEqual([
			{ label: 'Get ready', detail: '', durationMs: 10_000 },
			{
				label: 'Clamshell',
				detail: 'Left · set 1 of 2 · 12 reps · self-paced, until Done',
				durationMs: 36_000
			},
			{ label: 'Switch sides', detail: '', durationMs: 5_000 },
			{
				label: 'Clamshell',
				detail: 'Right · set 1 of 2 · 12 reps · self-paced, until Done',
				durationMs: 36_000
			},
			{ label: 'Rest', detail: '', durationMs: 30_000 }
		]);
		expect(steps.at(-1)).toEqual({ label: 'Wall sit', detail: 'Set 4 of 4', durationMs: 45_000 });
		expect(steps.reduce((sum, s) => sum + s.durationMs, 0)).toBe(previewTotalMs(draft));
		expect(previewSteps(emptyDraft())).toEqual([]);
	});

	it('saves through the schema, and a saved routine comes back as the same draft', () => {
		const draft = draftOf(newItem(hipAbduction), newItem(wallSit));
		const result = parseRoutine(draftToInput(draft, 'my-tuesday-knees-abcdef'));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.routine.items).toEqual([
			{ exercise: 'side-lying-hip-abduction', sets: 3, rest: 30, reps: 12, tempo: 3 },
			{ exercise: 'wall-sit', sets: 4, rest: 60, seconds: 45 }
		]);
		expect(result.routine.sources).toEqual(hipAbduction.sources);
		const back = draftFromRoutine(result.routine);
		expect(back.items.map(({ key: _, ...rest }) => rest)).toEqual(
			draft.items.map(({ key: _, ...rest }) => rest)
		);
		expect(previewTotalMs(draft)).toBe(compileRoutine(result.routine, getExercise).totalMs);
	});

	it('spells out the defaults of a built-in routine', () => {
		for (const routine of routines) {
			const draft = draftFromRoutine(routine);
			const result = parseRoutine(draftToInput(draft, 'my-copy-abcdef'));
			expect(result.ok).toBe(true);
			expect(previewTotalMs(draft)).toBe(compileRoutine(routine, getExercise).totalMs);
		}
	});

	it("names what is wrong in the schema's words", () => {
		const blank = { ...newItem(clamshell), sets: null };
		const result = parseRoutine(draftToInput({ ...draftOf(blank), name: ' ' }, 'my-x-abcdef'));
		expect(result).toEqual({
			ok: false,
			errors: ['Name must not be empty', 'Exercise 1: sets must be a number']
		});
		expect(parseRoutine(draftToInput(draftOf(), 'my-x-abcdef'))).toEqual({
			ok: false,
			errors: ['A routine needs at least one exercise']
		});
	});

	it('keeps the preview total live while numbers are blank or out of range', () => {
		const item = newItem(clamshell);
		const base = previewTotalMs(draftOf(item));
		expect(previewTotalMs(draftOf({ ...item, reps: null }))).toBe(base);
		expect(previewTotalMs(draftOf({ ...item, sets: 99 }))).toBeGreaterThan(base);
		expect(previewTotalMs({ ...draftOf(item), restBetween: null })).toBe(base);
		expect(previewTotalMs(emptyDraft())).toBe(0);
	});

	it('moves an item up or down, and never out of the list', () => {
		expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
		expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
		expect(moveItem(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
		const list = ['a', 'b'];
		expect(moveItem(list, 0, -1)).toBe(list);
		expect(moveItem(list, 1, 2)).toBe(list);
		expect(moveItem(list, 5, 0)).toBe(list);
	});

	it('moves an item and keeps every item', () => {
		fc.assert(
			fc.property(
				fc.array(fc.nat(), { maxLength: 10 }),
				fc.nat(12),
				fc.nat(12),
				(list, from, to) => {
					const moved = moveItem(list, from, to);
					expect([...moved].sort()).toEqual([...list].sort());
					if (from < list.length) expect(moved[Math.min(to, list.length - 1)]).toBe(list[from]);
				}
			)
		);
	});

	it('finds exercises by words, category and area', () => {
		const all = { query: '', category: 'all', area: 'all' };
		expect(filterExercises(exercises, all)).toHaveLength(exercises.length);
		expect(filterExercises(exercises, { ...all, query: 'clam' }).map((e) => e.id)).toEqual([
			'clamshell'
		]);
		const stretches = filterExercises(exercises, { ...all, category: 'static-stretch' });
		expect(stretches.length).toBeGreaterThan(0);
		expect(stretches.every((e) => e.category === 'static-stretch')).toBe(true);
		const calves = filterExercises(exercises, { ...all, area: 'calves' });
		expect(calves.every((e) => e.areas.includes('calves'))).toBe(true);
		expect(filterExercises(exercises, { ...all, query: 'zzz' })).toEqual([]);
	});

	it('places each problem on the field to fix, for the builder to mark and focus', () => {
		expect(draftProblems(draftOf(newItem(clamshell)))).toEqual([]);
		const item = { ...newItem(clamshell), reps: null };
		const problems = draftProblems({ ...draftOf(newItem(wallSit), item), name: '' });
		expect(problems.find((p) => p.field === 'routine-name')?.message).toMatch(/^Name/);
		const reps = problems.find((p) => p.item === 1);
		expect(reps).toMatchObject({ field: `reps-${item.key}` });
		expect(reps?.message).toMatch(/^Exercise 2: reps/);
		expect(inItem(reps!.message)).toMatch(/^Reps /);
		expect(problems.some((p) => p.item === 0)).toBe(false);
	});

	it('names an empty routine without tying it to a field', () => {
		const problems = draftProblems(draftOf());
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.every((p) => p.field === null || p.field === 'routine-name')).toBe(true);
	});
});
