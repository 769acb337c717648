import { describe, expect, it } from 'vitest';
import { prepare, rest, switchSides, work } from '$lib/routines/testing';
import type { Segment, Timeline } from '$lib/routines/types';
import {
	keyAction,
	primaryLabel,
	segmentDetail,
	segmentPill,
	shownExerciseId,
	tone
} from './labels';

// Get ready; a one-sided exercise in two sets; then a two-sided one in one set.
const clamshell = { label: 'Clamshell', item: 0, sets: 2 };
const segments: Segment[] = [
	prepare(10),
	work({ ...clamshell, side: 'left', set: 1 }),
	switchSides({ exerciseId: 'clamshell', set: 1, sets: 2 }),
	work({ ...clamshell, side: 'right', set: 1 }),
	rest(30),
	work({ ...clamshell, side: 'left', set: 2 }),
	switchSides({ exerciseId: 'clamshell', set: 2, sets: 2 }),
	work({ ...clamshell, side: 'right', set: 2 }),
	rest(45),
	work({ label: 'Wall sit', item: 1, set: 1, sets: 1 })
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

	it('names a later get-ready for what it is for: a change of position', () => {
		const moved: Timeline = {
			...timeline,
			segments: [...segments.slice(0, 9), prepare(15), segments[9]!]
		};
		expect(segmentPill(moved, 9, 2)).toBe('Change position');
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
			segments: [rest(30)],
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

describe('the screen around the segment', () => {
	it('takes the tone of work, rest, or calm for getting ready and switching sides', () => {
		expect(segments.map(tone)).toEqual([
			'calm',
			'work',
			'calm',
			'work',
			'rest',
			'work',
			'calm',
			'work',
			'rest',
			'work'
		]);
	});

	it('draws the exercise under way, or during a rest or Get ready the one coming next', () => {
		expect(shownExerciseId(timeline, 0)).toBe('clamshell');
		expect(shownExerciseId(timeline, 2)).toBe('clamshell');
		expect(shownExerciseId(timeline, 8)).toBe('wall-sit');
		expect(shownExerciseId(timeline, 9)).toBe('wall-sit');
		expect(shownExerciseId(timeline, segments.length)).toBeNull();
	});

	it('names the big button after what it does', () => {
		expect(primaryLabel('idle')).toBe('Start');
		expect(primaryLabel('running')).toBe('Pause');
		expect(primaryLabel('paused')).toBe('Resume');
	});

	it('maps Space and the arrows, and nothing else', () => {
		expect([' ', 'Spacebar', 'ArrowRight', 'ArrowLeft', 'Enter', 'a'].map(keyAction)).toEqual([
			'toggle',
			'toggle',
			'skip',
			'back',
			null,
			null
		]);
	});
});
