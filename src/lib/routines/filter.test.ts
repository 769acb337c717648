import { describe, expect, it } from 'vitest';
import { routines } from './index';
import { toCard } from './card';
import { filterRoutines } from './filter';

const cards = routines.map((r) => toCard(r));

describe('filterRoutines', () => {
	it('keeps every card with no filter', () => {
		expect(filterRoutines(cards, { kind: 'all', focus: 'all', query: '' })).toEqual(cards);
	});

	it('filters by kind and focus', () => {
		const strength = filterRoutines(cards, { kind: 'strength', focus: 'all', query: '' });
		expect(strength.length).toBeGreaterThan(0);
		expect(strength.every((c) => c.kind === 'strength')).toBe(true);
		const knee = filterRoutines(cards, { kind: 'all', focus: 'knee', query: '  ' });
		expect(knee.length).toBeGreaterThan(0);
		expect(knee.every((c) => c.focus.includes('knee'))).toBe(true);
	});

	it('searches names and exercise names, all words, any case', () => {
		const found = filterRoutines(cards, { kind: 'all', focus: 'all', query: 'WALL sit' });
		expect(found.length).toBeGreaterThan(0);
		const withWallSit = routines.filter(
			(r) => r.items.some((i) => i.exercise === 'wall-sit') || /wall sit/i.test(r.name)
		);
		expect(found.map((c) => c.id)).toEqual(withWallSit.map((r) => r.id));
		expect(filterRoutines(cards, { kind: 'all', focus: 'all', query: 'zzzz' })).toEqual([]);
	});

	it('searches goals too, and combines the search with the other filters', () => {
		const [first] = routines;
		const word = first!.goal.split(/\W+/).find((w) => w.length > 5)!;
		const found = filterRoutines(cards, { kind: first!.kind, focus: 'all', query: word });
		expect(found.map((c) => c.id)).toContain(first!.id);
		expect(found.every((c) => c.kind === first!.kind)).toBe(true);
	});
});
