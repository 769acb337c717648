import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFavorite, isDate, TIME_RANGE } from './records';
import { anyNumber } from './testing';

describe('dates on records', () => {
	it('a time is accepted only between 2000 and 2100, so every accepted time can be printed', () => {
		fc.assert(
			fc.property(anyNumber, (value) => {
				const ok = isDate(value);
				expect(ok).toBe(
					Number.isFinite(value) && value >= TIME_RANGE.min && value <= TIME_RANGE.max
				);
				if (ok) {
					const year = new Date(value).getUTCFullYear();
					expect(year).toBeGreaterThanOrEqual(2000);
					expect(year).toBeLessThanOrEqual(2100);
				}
			})
		);
	});

	it('a bookmark is accepted only with a time between 2000 and 2100', () => {
		fc.assert(
			fc.property(anyNumber, (at) => {
				expect(checkFavorite({ id: 'knee-build', at }).ok).toBe(isDate(at));
			})
		);
	});
});
