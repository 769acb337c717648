import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fppa, type Point } from './fppa';
import { readLeg, JOINTS, MIN_VISIBILITY, type Landmark } from './landmarks';
import { syntheticLeg } from './testing';

/** A pixel place to a hundredth of a pixel. Doubles drawn by fast-check crowd near zero, so most legs
 * built from them were too small to measure and the property ran out of cases. */
const pixel = fc.integer({ min: -200_000, max: 200_000 }).map((n) => n / 100);
const point = fc.record({ x: pixel, y: pixel });
const mirror = (p: Point): Point => ({ x: -p.x, y: p.y });

/** Leaves out legs too degenerate to measure: a segment under 5 px, a knee or hip on the line. */
function measurable(hip: Point, knee: Point, ankle: Point, otherHip: Point): boolean {
	const length = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);
	const offLine = (p: Point) =>
		Math.abs((ankle.x - hip.x) * (p.y - hip.y) - (ankle.y - hip.y) * (p.x - hip.x)) /
		Math.max(length(hip, ankle), 1e-9);
	return (
		length(hip, knee) > 5 &&
		length(knee, ankle) > 5 &&
		length(hip, ankle) > 5 &&
		offLine(knee) > 0.5 &&
		offLine(otherHip) > 0.5
	);
}

describe('fppa', () => {
	it('is 0 for a straight leg and the built angle for a bent one', () => {
		const stage = { ankle: { x: 300, y: 900 }, height: 400, medial: 1 as const };
		expect(fppa({ x: 0, y: 0 }, { x: 0, y: 5 }, { x: 0, y: 10 }, { x: 3, y: 0 })).toBe(0);
		for (const angle of [-20, -5, 3, 12, 25]) {
			const leg = syntheticLeg(stage, 0.2, angle);
			expect(fppa(leg.hip, leg.knee, leg.ankle, leg.otherHip)).toBeCloseTo(angle, 9);
		}
	});

	it('is positive when the knee is toward the other hip (valgus), negative away from it', () => {
		const hip = { x: 100, y: 100 };
		const ankle = { x: 100, y: 500 };
		const otherHip = { x: 200, y: 100 };
		expect(fppa(hip, { x: 130, y: 300 }, ankle, otherHip)).toBeGreaterThan(0);
		expect(fppa(hip, { x: 70, y: 300 }, ankle, otherHip)).toBeLessThan(0);
	});

	it('keeps its sign in a mirrored (selfie) image', () => {
		fc.assert(
			fc.property(point, point, point, point, (hip, knee, ankle, otherHip) => {
				fc.pre(measurable(hip, knee, ankle, otherHip));
				const a = fppa(hip, knee, ankle, otherHip);
				const b = fppa(mirror(hip), mirror(knee), mirror(ankle), mirror(otherHip));
				expect(b).toBeCloseTo(a, 6);
			})
		);
	});

	it('does not change with the size or place of the runner in the image', () => {
		fc.assert(
			fc.property(
				point,
				point,
				point,
				point,
				fc.integer({ min: 5, max: 2000 }).map((n) => n / 100),
				point,
				(hip, knee, ankle, otherHip, k, shift) => {
					fc.pre(measurable(hip, knee, ankle, otherHip));
					const move = (p: Point): Point => ({ x: p.x * k + shift.x, y: p.y * k + shift.y });
					const a = fppa(hip, knee, ankle, otherHip);
					const b = fppa(move(hip), move(knee), move(ankle), move(otherHip));
					expect(Math.abs(b - a)).toBeLessThan(1e-4);
				}
			)
		);
	});

	it('stays within -180..180 degrees', () => {
		fc.assert(
			fc.property(point, point, point, point, (hip, knee, ankle, otherHip) => {
				const a = fppa(hip, knee, ankle, otherHip);
				expect(Number.isNaN(a) || (a >= -180 && a <= 180)).toBe(true);
			})
		);
	});
});

describe('readLeg', () => {
	function pose(visibility: number, overrides: Record<number, Partial<Landmark>> = {}): Landmark[] {
		return Array.from({ length: 33 }, (_, i) => ({
			x: 0.5,
			y: i / 40,
			visibility,
			...overrides[i]
		}));
	}

	it('says nobody is there when the detector found no pose', () => {
		expect(readLeg(undefined, 'left', 640, 480)).toBe('no-person');
		expect(readLeg([], 'right', 640, 480)).toBe('no-person');
	});

	it('skips a frame where the stance hip, knee or ankle is not clearly seen', () => {
		for (const joint of Object.values(JOINTS.left)) {
			const frame = pose(0.99, { [joint]: { visibility: MIN_VISIBILITY - 0.01 } });
			expect(readLeg(frame, 'left', 640, 480)).toBe('leg-hidden');
		}
		// The other leg's knee being hidden does not matter.
		const frame = pose(0.99, { [JOINTS.right.knee]: { visibility: 0.1 } });
		expect(readLeg(frame, 'left', 640, 480)).not.toBe('leg-hidden');
	});

	it('measures in pixels, so a wide frame does not bend the angle', () => {
		// A leg at 45 degrees in a 2:1 frame: normalised coordinates would say otherwise.
		const frame = pose(0.95, {
			[JOINTS.right.hip]: { x: 0.4, y: 0.2 },
			[JOINTS.right.knee]: { x: 0.45, y: 0.4 },
			[JOINTS.right.ankle]: { x: 0.4, y: 0.6 },
			[JOINTS.left.hip]: { x: 0.6, y: 0.2 }
		});
		const leg = readLeg(frame, 'right', 1600, 800);
		if (typeof leg === 'string') throw new Error(leg);
		const expected = 2 * Math.atan2(0.05 * 1600, 0.2 * 800) * (180 / Math.PI);
		expect(leg.fppa).toBeCloseTo(expected, 9);
		expect(leg.knee).toEqual({ x: 720, y: 320 });
	});
});
