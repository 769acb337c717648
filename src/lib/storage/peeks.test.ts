import { describe, expect, it } from 'vitest';
import { envelope, MemoryStorage } from './testing';
import { hasPlan, planMorning } from './peeks';

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
