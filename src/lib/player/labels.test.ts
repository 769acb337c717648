import { describe, expect, it } from 'vitest';
import type { Segment, Timeline } from '$lib/routines/types';
import { segmentDetail, segmentPill } from './labels';

const base: Segment = {
	kind: 'work',
	label: '',
	exerciseId: null,
	side: null,
	set: null,
	sets: null,
	reps: null,
	durationMs: 30_000,
	tempoMs: null,
	item: null
};
const seg = (over: Partial<Segment>): Segment => ({ ...base, ...over });
const work = (item: number, label: string, over: Partial<Segment> = {}) =>
	seg({ kind: 'work', label, exerciseId: label.toLowerCase(), item, ...over });

// Get ready; a one-sided exercise in two sets; then a two-sided one in one set.
const segments: Segment[] = [
	seg({ kind: 'prepare', label: 'Get ready', durationMs: 10_000 }),
	work(0, 'Clamshell', { side: 'left', set: 1, sets: 2 }),
	seg({ kind: 'switch', label: 'Switch sides', durationMs: 5000, set: 1, sets: 2 }),
	work(0, 'Clamshell', { side: 'right', set: 1, sets: 2 }),
	seg({ kind: 'rest', label: 'Rest' }),
	work(0, 'Clamshell', { side: 'left', set: 2, sets: 2 }),
	seg({ kind: 'switch', label: 'Switch sides', durationMs: 5000, set: 2, sets: 2 }),
	work(0, 'Clamshell', { side: 'right', set: 2, sets: 2 }),
	seg({ kind: 'rest', label: 'Rest', durationMs: 45_000 }),
	work(1, 'Wall sit', { set: 1, sets: 1 })
];
const timeline: Timeline = {
	segments,
	totalMs: segments.reduce((t, s) => t + s.durationMs, 0)
};
const lengths = segments.map((s) => s.durationMs);

describe('the pill above the name', () => {
	it('places work in the routine and sums up the routine before it starts', () => {
		expect(segmentPill(timeline, 0, 2)).toBe('2 exercises · 4 min 5 s');
		expect(segmentPill(timeline, 1, 2)).toBe('Exercise 1 of 2 · Set 1 of 2');
		expect(segmentPill(timeline, 9, 2)).toBe('Exercise 2 of 2');
	});

	it('says what a rest or a switch follows, never the label again', () => {
		expect(segmentPill(timeline, 2, 2)).toBe('Left side done');
		expect(segmentPill(timeline, 4, 2)).toBe('Set 1 of 2 done');
		expect(segmentPill(timeline, 8, 2)).toBe('Exercise 1 of 2 done');
		for (const i of [2, 4, 8])
			expect(segmentPill(timeline, i, 2)).not.toContain(segments[i]!.label);
	});

	it('is empty past the end or after anything but work', () => {
		expect(segmentPill(timeline, segments.length, 2)).toBe('');
		const restFirst: Timeline = {
			segments: [seg({ kind: 'rest', label: 'Rest' })],
			totalMs: 30_000
		};
		expect(segmentPill(restFirst, 0, 1)).toBe('');
	});
});

describe('the detail beside the next label', () => {
	it('names the side and the set of work', () => {
		expect(segmentDetail(timeline, 3, lengths)).toBe('right side · set 1 of 2');
		expect(segmentDetail(timeline, 9, lengths)).toBe('');
	});

	it("gives a rest's or a switch's length, as adjusted in this run", () => {
		expect(segmentDetail(timeline, 2, lengths)).toBe('5 s');
		const longer = lengths.map((l, i) => (i === 8 ? l + 10_000 : l));
		expect(segmentDetail(timeline, 8, longer)).toBe('55 s');
	});

	it('is empty for Get ready and past the end', () => {
		expect(segmentDetail(timeline, 0, lengths)).toBe('');
		expect(segmentDetail(timeline, segments.length, lengths)).toBe('');
	});
});
