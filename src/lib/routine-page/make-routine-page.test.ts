import { describe, expect, it } from 'vitest';
import { posesOf } from '$lib/figures/poses';
import { getExercise, getRoutine, getSources, routines } from '$lib/routines';
import { figureLabel, itemDose } from '$lib/routines/describe';
import { getLesson } from '$lib/routines/lessons';
import { stageOf } from '$lib/routines/programmes';
import { summarize } from '$lib/routines/summary';
import type { Routine } from '$lib/routines/types';
import { makeRoutinePage } from './make-routine-page';
import { isRoutinePageData } from './routine-page';

describe("a routine's page data", () => {
	it('of every built-in routine says what the library says, and reads back as page data', () => {
		for (const routine of routines) {
			const data = makeRoutinePage(routine, true);
			expect(data.routine).toBe(routine);
			expect(data.builtIn).toBe(true);
			expect(data.summary).toEqual(summarize(routine));
			expect(data.sources).toEqual(getSources(routine.sources));
			expect(data.sources.map((s) => s.id)).toEqual(routine.sources);
			expect(data.lessons).toEqual(
				(routine.lessons ?? []).map((id) => ({ id, title: getLesson(id)!.title }))
			);
			const placed = stageOf(routine.id);
			expect(data.stage?.programme).toBe(placed?.programme.name);
			expect(data.stage?.step).toBe(placed?.stage.step);
			for (const { exercise: shown } of data.items) {
				const exercise = getExercise(shown.id)!;
				expect(shown).toEqual({
					id: exercise.id,
					name: exercise.name,
					why: exercise.why,
					instructions: exercise.instructions,
					cues: exercise.cues,
					...(exercise.caution ? { caution: exercise.caution } : {}),
					label: figureLabel(exercise),
					poses: posesOf(exercise.id)
				});
			}
			expect(isRoutinePageData(JSON.parse(JSON.stringify(data)))).toBe(true);
		}
	});

	it('lists each item of a strength routine with its dose, in order', () => {
		const routine = getRoutine('knee-foundation')!;
		const { items } = makeRoutinePage(routine, true);
		expect(items.map((i) => i.exercise.id)).toEqual(routine.items.map((i) => i.exercise));
		routine.items.forEach((item, n) => {
			const { text, pacing } = itemDose(item, getExercise(item.exercise)!);
			expect(items[n]).toMatchObject({ text, pacing });
		});
	});

	it('lists the walk and the run of a walk-run once each, with every time they come back', () => {
		const routine = getRoutine('walk-run-1')!;
		const { items } = makeRoutinePage(routine, true);
		const ids = [...new Set(routine.items.map((i) => i.exercise))];
		expect(items.map((i) => i.exercise.id)).toEqual(ids);
		expect(routine.items.length).toBeGreaterThan(ids.length);
		for (const item of items) expect(item.text).toMatch(/×|then/);
	});

	it("of a routine of the user's own is not built in and has no programme stage", () => {
		const mine: Routine = {
			...getRoutine('knee-foundation')!,
			id: 'mine-1',
			items: [{ exercise: 'split-squat', sets: 2, reps: 8 }]
		};
		const data = makeRoutinePage(mine, false);
		expect(data.builtIn).toBe(false);
		expect(data.items.map((i) => i.exercise.id)).toEqual(['split-squat']);
		expect(data.stage).toBeNull();
		expect(isRoutinePageData(JSON.parse(JSON.stringify(data)))).toBe(true);
	});

	it('is told from an answer that is not page data', () => {
		const good = JSON.parse(JSON.stringify(makeRoutinePage(getRoutine('knee-foundation')!, true)));
		const wrong = [
			null,
			[],
			'<!doctype html>',
			{},
			{ ...good, routine: null },
			{ ...good, builtIn: 'yes' },
			{ ...good, summary: {} },
			{ ...good, items: [{ exercise: { id: 'x' } }] },
			{ ...good, sources: undefined },
			{ ...good, stage: 3 }
		];
		for (const data of wrong) expect(isRoutinePageData(data)).toBe(false);
		expect(isRoutinePageData(good)).toBe(true);
	});
});
