import { routines } from '$lib/routines';
import { describe, expect, it } from 'vitest';
import { createTrialRoutine, keepForTrial, saveShared } from './shared-routine';
import { createMyRoutines } from './my-routines.svelte';
import { memoryStore, quotaError } from './testing';
import { ownRoutine } from '$lib/routines/testing';

const shared = ownRoutine();

function setup() {
	const { storage, options } = memoryStore();
	return { storage, mine: createMyRoutines(options), trial: createTrialRoutine(options) };
}

describe('routines from a shared link', () => {
	it('says so when storage refuses the save, and keeps nothing it could not store', () => {
		const { storage, mine } = setup();
		storage.failSet = quotaError();
		expect(saveShared(shared, mine)).toEqual({ refused: true });
		storage.failSet = null;
		expect(mine.value).toEqual([]);
		expect(saveShared(shared, mine)).toEqual({ saved: true, id: shared.id });
	});

	it('saves a shared routine under its own id when it is free', () => {
		const { mine } = setup();
		expect(saveShared(shared, mine)).toEqual({ saved: true, id: shared.id });
		expect(mine.value).toEqual([shared]);
	});

	it('does not save the same routine twice', () => {
		const { mine } = setup();
		saveShared(shared, mine);
		expect(saveShared({ ...shared, id: 'my-other-id-zzzzzz' }, mine)).toEqual({
			saved: false,
			id: shared.id
		});
		expect(mine.value).toHaveLength(1);
	});

	it('gives a fresh id when the id is taken by another routine or a built-in one', () => {
		const { mine } = setup();
		saveShared(shared, mine);
		const changed = { ...shared, items: [{ exercise: 'wall-sit' }] };
		const second = saveShared(changed, mine);
		if ('refused' in second) throw new Error('the save was refused');
		expect(second.saved).toBe(true);
		expect(second.id).toMatch(/^my-tuesday-knees-[a-z0-9]{6}$/);
		expect(second.id).not.toBe(shared.id);
		expect(mine.value.map((r) => r.id)).toEqual([shared.id, second.id]);
		// Nothing that was there is lost or changed.
		expect(mine.value[0]).toEqual(shared);

		const builtIn = { ...routines[0]!, name: 'My copy' };
		const third = saveShared(builtIn, mine);
		if ('refused' in third) throw new Error('the save was refused');
		expect(third.id).not.toBe(routines[0]!.id);
		expect(third.id).toMatch(/^my-my-copy-/);
	});

	it('keeps a routine to try apart from the saved ones, under a shared- id', () => {
		const { storage, mine, trial } = setup();
		const id = keepForTrial(shared, trial);
		expect(id).toBe(`shared-${shared.id}`);
		expect(trial.value).toEqual({ ...shared, id });
		expect(mine.value).toEqual([]);
		// It survives a reload, and a later link replaces it.
		const again = createTrialRoutine({ storage: storage.asStorage, events: null });
		expect(again.value?.id).toBe(id);
		keepForTrial({ ...shared, id: 'other' }, trial);
		expect(trial.value?.id).toBe('shared-other');
	});
});
