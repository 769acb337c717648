import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTRIGHT } from './flags';
import { angleRange, checkPoints, middleAngle, type SavedCheck } from './progress';

const check = (
	id: string,
	at: number,
	angles: number[],
	leg: 'left' | 'right' = 'left'
): SavedCheck => ({
	id,
	at,
	exercise: 'single-leg-squat',
	leg,
	angles,
	caved: 0
});

describe('form checks over weeks', () => {
	it('the middle rep is the median, the mean of the middle two for an even count', () => {
		expect(middleAngle([3, -2, 10])).toBe(3);
		expect(middleAngle([4, 1, 10, 2])).toBe(3);
		expect(middleAngle([])).toBeNaN();
	});

	it('each check becomes its middle and worst rep, oldest first, reps with no angle left out', () => {
		const points = checkPoints([
			check('b', 2000, [5, 18, 1], 'right'),
			check('a', 1000, [0, 2, 4]),
			check('c', 3000, [])
		]);
		expect(points.map((p) => [p.id, p.leg, p.reps, p.middle, p.worst])).toEqual([
			['a', 'left', 3, 2, 4],
			['b', 'right', 3, 5, 18]
		]);
	});

	it('the middle is never above the worst, and the scale always shows 0 and the caved-in line', () => {
		const angles = fc.array(fc.integer({ min: -90, max: 90 }), { minLength: 1, maxLength: 30 });
		fc.assert(
			fc.property(fc.array(angles, { minLength: 1, maxLength: 8 }), (lists) => {
				const points = checkPoints(lists.map((a, i) => check(`c${i}`, i, a)));
				const range = angleRange(points, OUTRIGHT);
				expect(range.min).toBeLessThanOrEqual(0);
				expect(range.max).toBeGreaterThan(OUTRIGHT);
				expect(Math.abs(range.min % 5)).toBe(0);
				for (const p of points) {
					expect(p.middle).toBeLessThanOrEqual(p.worst);
					expect(p.middle).toBeGreaterThanOrEqual(range.min);
					expect(p.worst).toBeLessThanOrEqual(range.max);
				}
			})
		);
	});
});
