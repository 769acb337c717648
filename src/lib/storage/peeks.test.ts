import { describe, expect, it } from 'vitest';
import { envelope, MemoryStorage } from './testing';
import { plan } from '$lib/plan/testing';
import { hasPlan, planDays, planMorning } from './peeks';

describe('planMorning', () => {
	it("reads the set-up's usual morning, and only a pain score from 0 to 10", () => {
		const storage = new MemoryStorage();
		expect(planMorning(storage)).toBeNull();
		for (const [usual, read] of [
			[2, 2],
			[0, 0],
			[10, 10],
			[11, null],
			[-1, null],
			[2.5, null],
			['3', null],
			[null, null]
		] as const) {
			storage.setItem('patella:plan:v1', envelope({ triage: { usualMorning: usual } }));
			expect(planMorning(storage)).toBe(read);
		}
		expect(hasPlan(storage)).toBe(true);
		storage.setItem('patella:plan:v1', '{broken');
		expect(planMorning(storage)).toBeNull();
	});
});

describe('planDays', () => {
	it("counts the set-up's training days, and only a list of weekdays 0 to 6", () => {
		const storage = new MemoryStorage();
		expect(planDays(storage)).toBeNull();
		for (const [days, read] of [
			[[0, 2, 4], 3],
			[[1, 4], 2],
			[[5], 1],
			[[0, 1, 2, 3, 4, 5, 6], 7],
			[[0, 0, 2], 2],
			[[], null],
			[[7], null],
			[[1.5], null],
			[['1'], null],
			['0,2,4', null]
		] as const) {
			storage.setItem('patella:plan:v1', envelope({ triage: { days } }));
			expect(planDays(storage)).toBe(read);
		}
		expect(planDays(storage)).toBeNull();
		storage.setItem('patella:plan:v1', envelope(plan({ days: [1, 3] })));
		expect(planDays(storage)).toBe(2);
		storage.setItem('patella:plan:v1', envelope(null));
		expect(planDays(storage)).toBeNull();
	});
});
