import { describe, expect, it } from 'vitest';
import { routines } from './index';
import { parseRoutine } from './schema';

const valid = {
	id: 'my-knees',
	name: 'My knees',
	kind: 'strength',
	items: [
		{ exercise: 'clamshell', sets: 2, reps: 10 },
		{ exercise: 'wall-sit', seconds: 30 }
	]
};

describe('parseRoutine', () => {
	it('accepts every built-in routine as it is', () => {
		for (const routine of routines) {
			const result = parseRoutine(routine);
			expect(result).toEqual({ ok: true, routine });
		}
	});

	it('accepts a self-paced rep item, and an old routine without the field as it was', () => {
		const paced = { ...valid, items: [{ exercise: 'clamshell', selfPaced: true }] };
		const result = parseRoutine(paced);
		expect(result.ok && result.routine.items).toEqual([{ exercise: 'clamshell', selfPaced: true }]);
		expect(parseRoutine(valid)).toMatchObject({ ok: true, routine: { items: valid.items } });
		expect(
			parseRoutine({ ...valid, items: [{ exercise: 'clamshell', selfPaced: 'yes' }] })
		).toEqual({
			ok: false,
			errors: ['Exercise 1: self-paced must be true or false']
		});
		expect(parseRoutine({ ...valid, items: [{ exercise: 'wall-sit', selfPaced: true }] })).toEqual({
			ok: false,
			errors: ['Exercise 1: Wall sit is timed, so it cannot be self-paced']
		});
	});

	it('fills defaults and drops unknown keys', () => {
		const result = parseRoutine({
			...valid,
			extra: 'x',
			items: [{ exercise: 'clamshell', junk: 1 }]
		});
		expect(result).toEqual({
			ok: true,
			routine: {
				id: 'my-knees',
				name: 'My knees',
				kind: 'strength',
				goal: '',
				level: 'moderate',
				focus: [],
				items: [{ exercise: 'clamshell' }],
				restBetween: 30,
				sources: []
			}
		});
	});

	it.each([
		[
			{ ...valid, items: [valid.items[0], valid.items[1], { exercise: 'clamshell', reps: 500 }] },
			'Exercise 3: reps must be between 1 and 100'
		],
		[
			{ ...valid, items: [{ exercise: 'clamshell', sets: 1.5 }] },
			'Exercise 1: sets must be a whole number'
		],
		[
			{ ...valid, items: [{ exercise: 'clamshell', rest: '30' }] },
			'Exercise 1: rest must be a number'
		],
		[
			{ ...valid, items: [{ exercise: 'moonwalk' }] },
			'Exercise 1: "moonwalk" is not in the exercise library'
		],
		[
			{ ...valid, items: [{ exercise: 'wall-sit', reps: 10 }] },
			'Exercise 1: Wall sit is timed in seconds, not reps'
		],
		[
			{ ...valid, items: [{ exercise: 'clamshell', seconds: 10 }] },
			'Exercise 1: Clamshell is counted in reps, not seconds'
		],
		[{ ...valid, items: [] }, 'A routine needs at least one exercise'],
		[{ ...valid, name: '   ' }, 'Name must not be empty'],
		[{ ...valid, name: 'x'.repeat(81) }, 'Name must be at most 80 characters'],
		[{ ...valid, kind: 'party' }, 'Kind must be strength, warmup, cooldown or run'],
		[{ ...valid, id: '../etc' }, 'Id must be lowercase letters, digits and dashes'],
		[null, 'A routine must be an object'],
		['routine', 'A routine must be an object'],
		[
			{
				...valid,
				items: Array.from({ length: 10 }, () => ({ exercise: 'wall-sit', sets: 10, seconds: 600 }))
			},
			'The routine is longer than 120 minutes'
		]
	])('explains what is wrong (%#)', (input, message) => {
		const result = parseRoutine(input);
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.errors).toContain(message);
	});

	it('keeps a name with markup as plain text, and cannot be polluted through __proto__', () => {
		const input = JSON.parse(
			'{"id":"x","name":"<img src=x onerror=alert(1)>","kind":"strength","items":[{"exercise":"clamshell"}],"__proto__":{"polluted":true}}'
		);
		const result = parseRoutine(input);
		expect(result.ok && result.routine.name).toBe('<img src=x onerror=alert(1)>');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(result.ok && Object.keys(result.routine)).not.toContain('__proto__');
	});
});
