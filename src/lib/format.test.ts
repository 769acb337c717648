import { describe, expect, it } from 'vitest';
import { clock, count, duration, minutes } from './format';

describe('clock', () => {
	it('shows a fresh 30-second segment as 0:30 and its last second as 0:01', () => {
		expect(clock(30_000)).toBe('0:30');
		expect(clock(29_001)).toBe('0:30');
		expect(clock(1)).toBe('0:01');
		expect(clock(1000)).toBe('0:01');
	});

	it('pads seconds and counts minutes past an hour', () => {
		expect(clock(65_000)).toBe('1:05');
		expect(clock(3_600_000)).toBe('60:00');
	});

	it('never shows a negative time', () => {
		expect(clock(0)).toBe('0:00');
		expect(clock(-500)).toBe('0:00');
	});
});

describe('duration and minutes', () => {
	it('reads naturally', () => {
		expect(duration(45_000)).toBe('45 s');
		expect(duration(300_000)).toBe('5 min');
		expect(duration(750_000)).toBe('12 min 30 s');
		expect(minutes(20_000)).toBe('1 min');
		expect(minutes(754_000)).toBe('13 min');
	});
});

describe('count', () => {
	it('says one thing in the singular and any other number in the plural', () => {
		expect(count(1, 'exercise', 'exercises')).toBe('1 exercise');
		expect(count(6, 'exercise', 'exercises')).toBe('6 exercises');
		expect(count(0, 'session', 'sessions')).toBe('0 sessions');
	});
});
