import { describe, expect, it } from 'vitest';
import { plan } from '$lib/plan/testing';
import { createPlanStore } from './plan.svelte';
import { hasPlan } from './peeks';
import { memoryStore, envelope } from './testing';

describe('the plan store', () => {
	it('keeps the plan on the device and reads it back', () => {
		const { storage, options } = memoryStore();
		const store = createPlanStore(options);
		expect(store.value).toBeNull();
		expect(hasPlan(storage.asStorage)).toBe(false);
		store.value = plan();
		expect(createPlanStore(options).value).toEqual(plan());
		expect(hasPlan(storage.asStorage)).toBe(true);
		store.clear();
		expect(hasPlan(storage.asStorage)).toBe(false);
	});

	it('starts without an unreadable plan, keeps a copy and says so', () => {
		const raw = envelope({ ...plan(), moves: [] });
		const { storage, notices, options } = memoryStore({ 'patella:plan:v1': raw });
		expect(createPlanStore(options).value).toBeNull();
		expect(Object.values(storage.snapshot()).filter((v) => v === raw)).toHaveLength(2);
		expect(notices.list[0]!.message).toMatch(/Your saved plan could not be read/);
		// `/` still loads the plan's code, so that the runner hears about it there too.
		expect(hasPlan(storage.asStorage)).toBe(true);
	});
});
