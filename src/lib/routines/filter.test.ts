import { describe, expect, it } from 'vitest';
import { routines } from './index';
import { toCard } from './card';
import {
	filterRoutines,
	filtersFromParams,
	filtersToSearch,
	MAX_QUERY_CHARS,
	NO_FILTERS,
	type RoutineFilters
} from './filter';

const cards = routines.map((r) => toCard(r));
const search = (query: string) =>
	filterRoutines(cards, { ...NO_FILTERS, query }).map((card) => card.name);

describe('filterRoutines', () => {
	it('keeps every card with no filter', () => {
		expect(filterRoutines(cards, NO_FILTERS)).toEqual(cards);
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

	it('finds what runners type: a focus in plain words, and the knee symptoms', () => {
		expect(search('quads')).toContain('Quad strength');
		expect(search('Thighs')).toContain('Quad strength');
		const knee = cards.filter((c) => c.focus.includes('knee')).map((c) => c.name);
		for (const symptom of ['stairs', 'squatting', 'kneeling', 'kneel', 'runner’s knee']) {
			expect(search(symptom), symptom).toEqual(knee);
		}
		expect(search('calf')).toContain('Calves and ankles');
	});
});

describe('filters in the address', () => {
	it('round-trip through the query string', () => {
		const filters: RoutineFilters = { kind: 'strength', focus: 'knee', query: "runner's stairs" };
		const search = filtersToSearch(filters);
		expect(search).toMatch(/^\?/);
		expect(filtersFromParams(new URLSearchParams(search))).toEqual(filters);
	});

	it('leave the address bare with no filter', () => {
		expect(filtersToSearch(NO_FILTERS)).toBe('');
		expect(filtersToSearch({ ...NO_FILTERS, query: '   ' })).toBe('');
		expect(filtersFromParams(new URLSearchParams(''))).toEqual(NO_FILTERS);
	});

	it('ignore unknown values and cut an overlong search', () => {
		const params = new URLSearchParams({
			kind: 'toString',
			focus: 'elbow',
			q: 'x'.repeat(MAX_QUERY_CHARS + 50)
		});
		const filters = filtersFromParams(params);
		expect(filters.kind).toBe('all');
		expect(filters.focus).toBe('all');
		expect(filters.query).toHaveLength(MAX_QUERY_CHARS);
	});
});
