import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countReps, RepCounter, type Rep } from './reps';
import { squatSeries, syntheticLeg, type Stage } from './testing';

const stage = fc.record({
	ankle: fc.record({
		x: fc.double({ min: 50, max: 1800, noNaN: true }),
		y: fc.double({ min: 400, max: 2000, noNaN: true })
	}),
	height: fc.double({ min: 60, max: 1200, noNaN: true }),
	medial: fc.constantFrom<1 | -1>(1, -1)
});
const angles = fc.array(fc.integer({ min: -15, max: 30 }), { minLength: 1, maxLength: 8 });

/** The reps' angles match the peaks: the bottom of each rep reads within a few percent of its peak. */
function expectAngles(reps: Rep[], peaks: number[]) {
	expect(reps).toHaveLength(peaks.length);
	reps.forEach((rep, i) => {
		const peak = peaks[i] ?? NaN;
		expect(Math.abs(rep.fppa - peak)).toBeLessThanOrEqual(0.06 * Math.abs(peak) + 0.5);
	});
}

describe('countReps', () => {
	it('counts one rep per squat and reads its angle at the deepest point', () => {
		const reps = countReps(
			squatSeries({ ankle: { x: 300, y: 700 }, height: 300, medial: 1 }, [2, 18, -4])
		);
		expect(reps.map((r) => r.number)).toEqual([1, 2, 3]);
		expectAngles(reps, [2, 18, -4]);
		for (const rep of reps) expect(rep.depth).toBeCloseTo(0.25, 2);
	});

	it('counts the same reps and angles whatever the runner size, place and mirroring', () => {
		fc.assert(
			fc.property(stage, angles, (where: Stage, list) => {
				const reps = countReps(squatSeries(where, list));
				expect(reps).toHaveLength(list.length);
				expectAngles(reps, list);
			})
		);
	});

	it('does not count shallow bobbing or standing still', () => {
		const where = { ankle: { x: 300, y: 700 }, height: 300, medial: 1 as const };
		expect(countReps(squatSeries(where, [5, 5, 5], { depth: 0.05 }))).toEqual([]);
		const still = Array.from({ length: 200 }, (_, i) => ({
			t: i * 33,
			frame: syntheticLeg(where, 0, 3)
		}));
		expect(countReps(still)).toEqual([]);
	});

	it('skips frames where the leg was not seen but drops a rep whose bottom was missed', () => {
		const where = { ankle: { x: 300, y: 700 }, height: 300, medial: -1 as const };
		const series = squatSeries(where, [4, 20]);
		// A few lost frames in the first rep: still counted.
		const holey = series.map((s, i) => ({ ...s, frame: i % 7 === 3 ? undefined : s.frame }));
		expectAngles(countReps(holey), [4, 20]);
		// The whole bottom of the second rep lost (2 s): that rep is not counted.
		const secondBottom = series.length - 15 - 23;
		const gap = series.filter((_, i) => Math.abs(i - secondBottom) > 30);
		expectAngles(countReps(gap), [4]);
	});

	it('reports each rep as it ends, not before', () => {
		const counter = new RepCounter();
		const series = squatSeries({ ankle: { x: 300, y: 700 }, height: 300, medial: 1 }, [10]);
		const ended = series
			.map(({ t, frame }) => counter.push(t, frame))
			.findIndex((rep) => rep !== null);
		expect(ended).toBeGreaterThan(15 + 22);
		expect(counter.count).toBe(1);
		expect(counter.inRep).toBe(false);
	});
});
