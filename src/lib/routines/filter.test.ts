import { describe, expect, it } from 'vitest';
import { routines } from './index';
import { filterRoutines } from './filter';

describe('filterRoutines', () => {
	it('keeps everything with no filter', () => {
		expect(filterRoutines(routines, { kind: 'all', focus: 'all', query: '' })).toEqual(routines);
	});

	it('filters by kind and focus', () => {
		const strength = filterRoutines(routines, { kind: 'strength', focus: 'all', query: '' });
		expect(strength.length).toBeGreaterThan(0);
		expect(strength.every((r) => r.kind === 'strength')).toBe(true);
		const knee = filterRoutines(routines, { kind: 'all', focus: 'knee', query: '' });
		expect(knee.every((r) => r.focus.includes('knee'))).toBe(true);
	});

	it('searches names and exercise names, all words, any case', () => {
		const found = filterRoutines(routines, { kind: 'all', focus: 'all', query: 'WALL sit' });
		expect(found.length).toBeGreaterThan(0);
		expect(
			found.every((r) => r.items.some((i) => i.exercise === 'wall-sit') || /wall sit/i.test(r.name))
		).toBe(true);
		expect(filterRoutines(routines, { kind: 'all', focus: 'all', query: 'zzzz' })).toEqual([]);
	});
});
