import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cavedIn, formatAngle, ownBaseline, OUTRIGHT, OVER_OWN_REPS } from './flags';

describe('cavedIn', () => {
	it('flags a rep well over the runner own aligned reps', () => {
		expect(cavedIn([2, 3, 13, 1, 4])).toEqual([false, false, true, false, false]);
	});

	it('flags a large angle outright, even as the only rep', () => {
		expect(cavedIn([16])).toEqual([true]);
		expect(cavedIn([12])).toEqual([false]);
		expect(cavedIn([16, 17, 18, 16])).toEqual([true, true, true, true]);
	});

	it('never flags a knee that moves outwards', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -40, max: 0, noNaN: true }), { maxLength: 12 }),
				(list) => {
					expect(cavedIn(list).some(Boolean)).toBe(false);
				}
			)
		);
	});

	it('flags steady reps under the outright threshold nowhere', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -10, max: OUTRIGHT - 1, noNaN: true }),
				fc.integer({ min: 1, max: 12 }),
				(angle, n) => {
					const list = Array.from({ length: n }, (_, i) => angle + (i % 2) * (OVER_OWN_REPS - 1));
					expect(cavedIn(list).some(Boolean)).toBe(list.some((a) => a >= OUTRIGHT));
				}
			)
		);
	});

	it('takes the better half of the reps as the baseline, once there are three', () => {
		expect(ownBaseline([5, 1])).toBeUndefined();
		expect(ownBaseline([10, 2, 4, 12])).toBe(3);
	});
});

describe('formatAngle', () => {
	it('gives signed whole degrees', () => {
		expect(formatAngle(12.4)).toBe('12°');
		expect(formatAngle(-3.2)).toBe('-3°');
		expect(formatAngle(-0.3)).toBe('0°');
	});
});
