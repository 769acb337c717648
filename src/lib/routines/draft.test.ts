import { describe, expect, it } from 'vitest';
import {
	draftFromRoutine,
	draftProblems,
	draftToInput,
	emptyDraft,
	filterExercises,
	inItem,
	makeRoutineId,
	moveItem,
	newItem,
	previewTotalMs,
	slugify,
	type Draft
} from './draft';
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
			expect(parseRoutine(draftToInput(draftOf(newItem(clamshell, 30)), made)).ok).toBe(true);
		}
	});

	it('starts an item at the exercise default, with the default rest between sets', () => {
		expect(newItem(clamshell, 45)).toMatchObject({
			exercise: 'clamshell',
			sets: clamshell.dose.sets,
			reps: 12,
			tempo: 3,
			seconds: null,
			rest: 45
		});
		expect(newItem(wallSit, 45)).toMatchObject({ reps: null, tempo: null, seconds: 45 });
	});

	it('saves through the schema, and a saved routine comes back as the same draft', () => {
		const draft = draftOf(newItem(hipAbduction, 30), newItem(wallSit, 60));
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
		const blank = { ...newItem(clamshell, 30), sets: null };
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
		const item = newItem(clamshell, 30);
		const base = previewTotalMs(draftOf(item));
		expect(previewTotalMs(draftOf({ ...item, reps: null }))).toBe(base);
		expect(previewTotalMs(draftOf({ ...item, sets: 99 }))).toBeGreaterThan(base);
		expect(previewTotalMs({ ...draftOf(item), restBetween: null })).toBe(base);
		expect(previewTotalMs(emptyDraft())).toBe(0);
	});

	it('moves an item up or down, and never out of the list', () => {
		expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
		expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
		const list = ['a', 'b'];
		expect(moveItem(list, 0, -1)).toBe(list);
		expect(moveItem(list, 1, 1)).toBe(list);
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
		expect(draftProblems(draftOf(newItem(clamshell, 30)))).toEqual([]);
		const item = { ...newItem(clamshell, 30), reps: null };
		const problems = draftProblems({ ...draftOf(newItem(wallSit, 60), item), name: '' });
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
