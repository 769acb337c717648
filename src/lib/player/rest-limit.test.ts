import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '$lib/routines/schema';
import { MAX_REST_MS, MIN_REST_MS, REST_LIMIT_TEXT, isRestAdjust, restLength } from './rest-limit';

describe('the one limit on a rest', () => {
	it('is the builder’s limit, said in a sentence', () => {
		expect(MAX_REST_MS).toBe(LIMITS.rest * 1000);
		expect(REST_LIMIT_TEXT).toBe('Rests go up to 10 minutes.');
	});

	it('never lets a rest grow past the limit, and every length it allows reads back', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: MAX_REST_MS }),
				fc.integer({ min: -MAX_REST_MS, max: 10 * MAX_REST_MS }),
				fc.integer({ min: 0, max: MAX_REST_MS }),
				(planned, wanted, passed) => {
					const { length, limited } = restLength(planned, wanted, passed);
					expect(length).toBeGreaterThanOrEqual(MIN_REST_MS);
					expect(length).toBeLessThanOrEqual(MAX_REST_MS);
					expect(limited).toBe(wanted > MAX_REST_MS);
					expect(isRestAdjust(planned, length - planned)).toBe(true);
				}
			)
		);
	});

	it('+10 s at 9:55 gives 10:00 and says it is the limit', () => {
		expect(restLength(60_000, 605_000)).toEqual({ length: MAX_REST_MS, limited: true });
		expect(restLength(60_000, 70_000)).toEqual({ length: 70_000, limited: false });
	});

	it('refuses a saved change that makes a rest longer than the limit or shorter than 1 s', () => {
		expect(isRestAdjust(30_000, 3_600_000)).toBe(false);
		expect(isRestAdjust(30_000, -30_000)).toBe(false);
		expect(isRestAdjust(30_000, Number.NaN)).toBe(false);
		expect(isRestAdjust(30_000, 570_000)).toBe(true);
	});
});
