import { routines } from '$lib/routines';
import { ownRoutine } from '$lib/routines/testing';
import { describe, expect, it } from 'vitest';
import { createMyRoutines, saveNew } from './my-routines.svelte';
import { memoryStore, quotaError } from './testing';

const knees = ownRoutine();

function setup() {
	const { storage, options } = memoryStore();
	return { storage, mine: createMyRoutines(options), options };
}

describe('saving a new routine (builder, warm-up picker, shared link)', () => {
	it('keeps its id when it is free, and the routine survives a reload', () => {
		const { mine, storage } = setup();
		expect(saveNew(knees, mine)).toBe(knees.id);
		expect(mine.value).toEqual([knees]);
		expect(createMyRoutines({ storage: storage.asStorage, events: null }).value).toEqual([knees]);
	});

	it('gives a clash a fresh id and overwrites nothing', () => {
		const { mine } = setup();
		saveNew(knees, mine);
		const other = { ...knees, items: [{ exercise: 'wall-sit' }] };
		let n = 0;
		const id = saveNew(other, mine, () => (n++ % 36) / 36);
		expect(id).toBe('my-tuesday-knees-012345');
		expect(mine.value).toEqual([knees, { ...other, id }]);

		// A built-in routine's id, or a link's trial id, is never taken either.
		const copy = saveNew({ ...routines[0]!, name: 'My copy' }, mine);
		expect(copy).toMatch(/^my-my-copy-[a-z0-9]{6}$/);
		const trial = saveNew({ ...knees, id: 'shared-my-tuesday-knees-a1b2c3' }, mine);
		expect(trial).toMatch(/^my-tuesday-knees-[a-z0-9]{6}$/);
		expect(new Set(mine.value.map((r) => r.id)).size).toBe(4);
		expect(mine.value[0]).toEqual(knees);
	});

	it('tries again while the fresh id is taken too', () => {
		const { mine } = setup();
		saveNew(knees, mine);
		saveNew({ ...knees, id: 'my-tuesday-knees-000000' }, mine);
		const draws = [0, 0, 0, 0, 0, 0, 1 / 36, 0, 0, 0, 0, 0];
		const id = saveNew(knees, mine, () => draws.shift() ?? 0);
		expect(id).toBe('my-tuesday-knees-100000');
		expect(mine.value).toHaveLength(3);
	});

	it('returns null and keeps nothing when storage refuses the save', () => {
		const { mine, storage } = setup();
		saveNew(knees, mine);
		storage.failSet = quotaError();
		expect(saveNew({ ...knees, id: 'my-other-abcdef' }, mine)).toBeNull();
		expect(mine.value).toEqual([knees]);
	});
});
