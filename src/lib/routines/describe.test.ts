import { describe, expect, it } from 'vitest';
import { describeDose, describePacing, describeRepeats, figureLabel } from './describe';
import { exercises } from './index';

describe('describeDose', () => {
	it('says sets only when there is more than one', () => {
		expect(describeDose({ mode: 'reps', sets: 3, reps: 12, tempo: 3, rest: 30 }, true)).toBe(
			'3 × 12 reps each side'
		);
		expect(describeDose({ mode: 'reps', sets: 1, reps: 10, tempo: 2, rest: 0 }, true)).toBe(
			'10 reps each side'
		);
		expect(describeDose({ mode: 'hold', sets: 4, seconds: 45, rest: 60 }, false)).toBe(
			'4 × 45 s hold'
		);
		expect(describeDose({ mode: 'timed', sets: 1, seconds: 30, rest: 0 }, false)).toBe('30 s');
	});

	it('gives tempo and rest as smaller print', () => {
		expect(describePacing({ mode: 'reps', sets: 3, reps: 12, tempo: 3, rest: 30 })).toBe(
			'3 s per rep · rest 30 s between sets'
		);
		expect(describePacing({ mode: 'hold', sets: 1, seconds: 30, rest: 0 })).toBe('');
	});
});

describe('figureLabel', () => {
	it('describes the position and the movement, not the reason or the form cue', () => {
		for (const exercise of exercises) {
			const label = figureLabel(exercise);
			expect(label.startsWith(`${exercise.name}: `)).toBe(true);
			expect(label).toContain(exercise.instructions[0]);
			expect(label).not.toContain(exercise.why);
		}
		expect(figureLabel({ name: 'Plank', instructions: [] })).toBe('Plank');
	});
});

describe('describeRepeats', () => {
	it('counts equal times in a row and speaks in minutes', () => {
		expect(describeRepeats([300, 120, 120, 120])).toBe('5 min, then 3 × 2 min');
		expect(describeRepeats([60, 60])).toBe('2 × 1 min');
		expect(describeRepeats([900, 600])).toBe('15 min, then 10 min');
		expect(describeRepeats([45])).toBe('45 s');
	});
});
