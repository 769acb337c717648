import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exercises, getExercise } from './index';
import { parseRoutine } from './schema';
import { compileRoutine, PREPARE_SECONDS, SWITCH_SECONDS } from './timeline';
import { BODY_AREAS, type BodyArea, type Exercise } from './types';
import {
	MAIN_AREAS,
	PRESETS,
	WARMUP_TRANSITION_SECONDS,
	buildWarmup,
	defaultItem,
	drillsByArea,
	fitWarmup,
	isPickerRoutine,
	toggleDrill,
	itemMs,
	pickerArea,
	selectionMs,
	stepItem,
	stepperFor,
	warmupDrills,
	type PickerArea
} from './warmup';

const drills = warmupDrills(exercises);

/** A made-up dynamic drill, for libraries fast-check invents. */
function drill(id: string, fields: Omit<Partial<Exercise>, 'basis'>): Exercise {
	return {
		id,
		name: id,
		category: 'dynamic-stretch',
		areas: ['hips'],
		muscles: [],
		equipment: ['none'],
		perSide: false,
		position: 'standing',
		dose: { mode: 'timed', sets: 1, seconds: 30, rest: 0 },
		why: 'Because.',
		intensity: 1,
		instructions: ['a'],
		cues: ['x'],
		mistakes: [],
		sources: [],
		basis: 'general-conditioning',
		...fields
	};
}

const areaArb = fc.constantFrom<BodyArea>(...BODY_AREAS);
const doseArb = fc.oneof(
	fc.record({
		mode: fc.constant('reps' as const),
		sets: fc.integer({ min: 1, max: 2 }),
		reps: fc.integer({ min: 2, max: 15 }),
		tempo: fc.integer({ min: 1, max: 6 }),
		rest: fc.constantFrom(0, 10)
	}),
	fc.record({
		mode: fc.constant('timed' as const),
		sets: fc.integer({ min: 1, max: 2 }),
		seconds: fc.integer({ min: 5, max: 60 }),
		rest: fc.constantFrom(0, 10)
	})
);
/** A library of 0 to 14 dynamic drills with random areas, doses, sides and intensities. */
const libraryArb = fc
	.array(
		fc.record({
			area: areaArb,
			perSide: fc.boolean(),
			dose: doseArb,
			intensity: fc.constantFrom<1 | 2 | 3>(1, 2, 3)
		}),
		{ maxLength: 14 }
	)
	.map((specs) =>
		specs.map((s, i) =>
			drill(`d${i}`, {
				areas: [s.area],
				perSide: s.perSide,
				dose: s.dose,
				intensity: s.intensity
			})
		)
	);
const lookupIn = (library: Exercise[]) => (id: string) => library.find((e) => e.id === id);
const budgetArb = fc.oneof(
	fc.integer({ min: 0, max: 20 }),
	fc.double({ min: 0, max: 20, noNaN: true })
);

describe('the picker areas', () => {
	it('files each drill under the picker area of its first body area', () => {
		expect(pickerArea(drill('a', { areas: ['adductors', 'quads'] }))).toBe('hips');
		expect(pickerArea(drill('b', { areas: ['glutes'] }))).toBe('hips');
		expect(pickerArea(drill('c', { areas: ['ankles', 'calves'] }))).toBe('calves');
		expect(pickerArea(drill('d', { areas: ['core'] }))).toBe('whole-body');
		expect(pickerArea(drill('e', { areas: ['hamstrings', 'hips'] }))).toBe('hamstrings');
	});

	it('offers every dynamic stretch of the library, and only those', () => {
		const expected = exercises.filter((e) => e.category === 'dynamic-stretch');
		expect(drills.map((d) => d.id).sort()).toEqual(expected.map((e) => e.id).sort());
		const grouped = drillsByArea(drills).flatMap((g) => g.drills);
		expect(grouped).toHaveLength(drills.length);
	});

	it('lists each area gentle to lively, then by name as the browser would sort it', () => {
		for (const { drills: group } of drillsByArea(drills)) {
			const expected = [...group].sort(
				(a, b) => a.intensity - b.intensity || a.name.localeCompare(b.name, 'en')
			);
			expect(group.map((d) => d.name)).toEqual(expected.map((d) => d.name));
		}
		const named = ['b', 'A', 'a-b', 'Ab'].map((name) => drill(name, { name, intensity: 1 }));
		expect(drillsByArea(named)[0]?.drills.map((d) => d.name)).toEqual(
			[...named.map((d) => d.name)].sort((a, b) => a.localeCompare(b, 'en'))
		);
	});

	it('has a drill for every main area in the library', () => {
		const areas = new Set(drills.map(pickerArea));
		for (const area of MAIN_AREAS) expect(areas.has(area)).toBe(true);
	});
});

describe('time and steppers', () => {
	it('counts both sides of a per-side drill and the switch between them', () => {
		const swings = getExercise('leg-swing-front')!;
		expect(swings.perSide).toBe(true);
		const item = { exercise: swings.id, reps: 10 };
		const oneSide = 10 * (swings.dose.mode === 'reps' ? swings.dose.tempo : 0);
		expect(itemMs(item, getExercise)).toBe((2 * oneSide + SWITCH_SECONDS) * 1000);
	});

	it('totals a selection exactly as the player plays it', () => {
		const items = drills.slice(0, 4).map(defaultItem);
		const routine = buildWarmup(items, getExercise);
		const { totalMs } = compileRoutine(routine, getExercise);
		expect(selectionMs(items, getExercise)).toBe(totalMs);
		const sum = items.reduce((s, item) => s + itemMs(item, getExercise), 0);
		expect(totalMs).toBe(
			sum + PREPARE_SECONDS * 1000 + (items.length - 1) * WARMUP_TRANSITION_SECONDS * 1000
		);
		expect(selectionMs([], getExercise)).toBe(0);
	});

	it('steps timed drills by 5 s and rep drills by reps, within range', () => {
		const knees = getExercise('high-knees')!;
		expect(stepperFor(knees)).toMatchObject({ unit: 'seconds', step: 5 });
		expect(stepItem(defaultItem(knees), knees, 1)).toEqual({ exercise: knees.id, seconds: 35 });
		expect(stepItem(defaultItem(knees), knees, -100)).toEqual({ exercise: knees.id, seconds: 10 });
		const circles = getExercise('hip-circles')!;
		expect(stepperFor(circles)).toMatchObject({ unit: 'reps', step: 2 });
		expect(stepItem(defaultItem(circles), circles, 1)).toEqual({ exercise: circles.id, reps: 10 });
		const inchworm = getExercise('inchworm')!;
		expect(stepperFor(inchworm)).toMatchObject({ unit: 'reps', step: 1 });
	});

	it('builds a warm-up routine the schema accepts, whatever the steppers did', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						index: fc.nat({ max: drills.length - 1 }),
						steps: fc.integer({ min: -20, max: 20 })
					}),
					{ minLength: 1, maxLength: 20 }
				),
				fc.constantFrom('warm-up', 'my-easy-run-abc123'),
				(picks, id) => {
					const items = picks.map(({ index, steps }) => {
						const exercise = drills[index]!;
						return stepItem(defaultItem(exercise), exercise, steps);
					});
					const routine = buildWarmup(items, getExercise, { id, name: 'Easy run' });
					const parsed = parseRoutine(routine);
					expect(parsed).toEqual({ ok: true, routine });
					expect(routine.kind).toBe('warmup');
					expect(routine.restBetween).toBe(WARMUP_TRANSITION_SECONDS);
				}
			)
		);
	});
});

describe('Fit', () => {
	it('covers the four main areas in 5 minutes, gentle first', () => {
		const fit = fitWarmup(5, drills, getExercise);
		expect(fit.message).toBeNull();
		expect(fit.covered).toEqual(MAIN_AREAS);
		expect(fit.totalMs).toBeLessThanOrEqual(5 * 60_000);
		const first = getExercise(fit.items[0]!.exercise)!;
		expect(first.intensity).toBe(1);
	});

	it('says so when the budget is too short for one drill per area, and still picks some', () => {
		const fit = fitWarmup(1.5, drills, getExercise);
		expect(fit.message).toMatch(/too short for one drill per area/);
		expect(fit.missing.length).toBeGreaterThan(0);
		expect(fit.items.length).toBeGreaterThan(0);
		expect(fit.totalMs).toBeLessThanOrEqual(90_000);
		const none = fitWarmup(0.1, drills, getExercise);
		expect(none.items).toEqual([]);
		expect(none.message).toMatch(/too short for any drill/);
	});

	it('gives each preset a warm-up within its time', () => {
		for (const preset of PRESETS) {
			const fit = fitWarmup(preset.minutes, drills, getExercise, preset);
			expect(fit.message).toBeNull();
			expect(fit.totalMs).toBeLessThanOrEqual(preset.minutes * 60_000);
			expect(fit.totalMs).toBeGreaterThan((preset.minutes - 2) * 60_000);
		}
	});

	it('never goes over budget, and its total is what the player plays', () => {
		fc.assert(
			fc.property(libraryArb, budgetArb, fc.boolean(), (library, minutes, lively) => {
				const lookup = lookupIn(library);
				const fit = fitWarmup(minutes, library, lookup, { lively });
				expect(fit.totalMs).toBeLessThanOrEqual(Math.max(0, minutes) * 60_000);
				if (fit.items.length > 0) {
					const played = compileRoutine(buildWarmup(fit.items, lookup), lookup).totalMs;
					expect(fit.totalMs).toBe(played);
				} else {
					expect(fit.totalMs).toBe(0);
				}
			})
		);
	});

	it('covers every main area it can before it repeats one', () => {
		fc.assert(
			fc.property(libraryArb, budgetArb, fc.boolean(), (library, minutes, lively) => {
				const lookup = lookupIn(library);
				const fit = fitWarmup(minutes, library, lookup, { lively });
				const areas = fit.items.map((item) => pickerArea(lookup(item.exercise)!));
				const counts = new Map<PickerArea, number>();
				for (const area of areas) counts.set(area, (counts.get(area) ?? 0) + 1);
				const repeats = [...counts.values()].some((n) => n > 1);
				if (repeats) {
					const available = MAIN_AREAS.filter((a) => library.some((d) => pickerArea(d) === a));
					for (const area of available) expect(counts.get(area) ?? 0).toBeGreaterThan(0);
				}
				// A message exactly when a main area that exists in the library is left out.
				const left = MAIN_AREAS.filter(
					(a) => library.some((d) => pickerArea(d) === a) && !counts.has(a)
				);
				expect(fit.message === null).toBe(left.length === 0);
				expect(fit.missing).toEqual(left);
			})
		);
	});

	it('covers as many main areas as any choice of one drill per area could', () => {
		fc.assert(
			fc.property(libraryArb, budgetArb, (library, minutes) => {
				const lookup = lookupIn(library);
				const fit = fitWarmup(minutes, library, lookup);
				// The best possible: the cheapest drill of each area, cheapest areas first.
				const costs = MAIN_AREAS.map((area) =>
					Math.min(
						...library
							.filter((d) => pickerArea(d) === area)
							.map((d) => itemMs(defaultItem(d), lookup))
					)
				)
					.filter(Number.isFinite)
					.sort((a, b) => a - b);
				let used = PREPARE_SECONDS * 1000;
				let best = 0;
				for (const cost of costs) {
					const extra = cost + (best > 0 ? WARMUP_TRANSITION_SECONDS * 1000 : 0);
					if (used + extra > Math.floor(Math.max(0, minutes) * 60) * 1000) break;
					used += extra;
					best++;
				}
				expect(fit.covered).toHaveLength(best);
			})
		);
	});

	it('is deterministic', () => {
		fc.assert(
			fc.property(libraryArb, budgetArb, fc.boolean(), (library, minutes, lively) => {
				const lookup = lookupIn(library);
				const a = fitWarmup(minutes, library, lookup, { lively });
				const b = fitWarmup(minutes, [...library], lookup, { lively });
				expect(b).toEqual(a);
			})
		);
	});

	it('orders the warm-up from gentle to lively', () => {
		fc.assert(
			fc.property(libraryArb, budgetArb, fc.boolean(), (library, minutes, lively) => {
				const lookup = lookupIn(library);
				const fit = fitWarmup(minutes, library, lookup, { lively });
				const intensities = fit.items.map((item) => lookup(item.exercise)!.intensity);
				expect(intensities).toEqual([...intensities].sort((x, y) => x - y));
			})
		);
	});

	it('never picks a drill twice, and only drills it was given', () => {
		fc.assert(
			fc.property(libraryArb, budgetArb, (library, minutes) => {
				const fit = fitWarmup(minutes, library, lookupIn(library));
				const ids = fit.items.map((item) => item.exercise);
				expect(new Set(ids).size).toBe(ids.length);
				for (const id of ids) expect(library.some((d) => d.id === id)).toBe(true);
			})
		);
	});
});

describe('the selection', () => {
	it('ticks a drill onto the end and unticks it', () => {
		const knees = getExercise('high-knees')!;
		const circles = getExercise('hip-circles')!;
		const one = toggleDrill([], knees);
		const two = toggleDrill(one, circles);
		expect(two.map((i) => i.exercise)).toEqual(['high-knees', 'hip-circles']);
		expect(toggleDrill(two, knees).map((i) => i.exercise)).toEqual(['hip-circles']);
	});
});

describe('what the picker can edit', () => {
	it('edits warm-ups of its own drills and leaves the rest to the builder', () => {
		const mine = buildWarmup([{ exercise: 'high-knees' }], getExercise, { id: 'my-a-000000' });
		expect(isPickerRoutine(mine, getExercise)).toBe(true);
		const strength = { ...mine, kind: 'strength' as const };
		expect(isPickerRoutine(strength, getExercise)).toBe(false);
		const mixed = { ...mine, items: [...mine.items, { exercise: 'clamshell' }] };
		expect(isPickerRoutine(mixed, getExercise)).toBe(false);
	});
});
