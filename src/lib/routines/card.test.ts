import { describe, expect, it } from 'vitest';
import { getExercise, routines } from './index';
import { toCard } from './card';
import { summarize } from './summary';

describe('toCard', () => {
	it("carries the routine's labels, time and size", () => {
		for (const routine of routines) {
			const card = toCard(routine);
			const { id, name, goal, kind, level, focus } = routine;
			expect(card).toMatchObject({ id, name, goal, kind, level, focus });
			expect(card.totalMs).toBe(summarize(routine).totalMs);
			expect(card.exerciseCount).toBe(new Set(routine.items.map((i) => i.exercise)).size);
		}
	});

	it('searches the name, the goal and the exercise names, lowercased', () => {
		const routine = routines[0]!;
		const card = toCard(routine);
		expect(card.search).toBe(card.search.toLowerCase());
		expect(card.search).toContain(routine.name.toLowerCase());
		expect(card.search).toContain(routine.goal.toLowerCase());
		for (const item of routine.items) {
			expect(card.search).toContain(getExercise(item.exercise)!.name.toLowerCase());
		}
	});

	it('is plain data, small enough to inline in the page', () => {
		const card = toCard(routines[0]!);
		expect(JSON.parse(JSON.stringify(card))).toEqual(card);
		expect(Object.keys(card)).not.toContain('items');
	});
});
