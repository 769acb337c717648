import { describe, expect, it } from 'vitest';
import { posesOf } from '$lib/figures/poses';
import { exercises, getExercise } from '$lib/routines';
import { figureLabel } from '$lib/routines/describe';
import { defaultItem, itemMs, warmupDrills } from '$lib/routines/warmup';
import { makeWarmupData } from './make-warmup-data';
import { isWarmupData } from './warmup-data';

describe('the warm-up data', () => {
	it('holds every warm-up drill of the library, as the library has it, with its poses', () => {
		const data = JSON.parse(JSON.stringify(makeWarmupData())) as unknown;
		expect(isWarmupData(data)).toBe(true);
		if (!isWarmupData(data)) return;
		const drills = warmupDrills(exercises);
		expect(drills.length).toBeGreaterThan(0);
		expect(data.drills.map((d) => d.id)).toEqual(drills.map((d) => d.id));
		for (const shown of data.drills) {
			const exercise = getExercise(shown.id)!;
			expect(shown).toEqual({
				id: exercise.id,
				name: exercise.name,
				category: 'dynamic-stretch',
				areas: exercise.areas,
				perSide: exercise.perSide,
				position: exercise.position,
				dose: exercise.dose,
				intensity: exercise.intensity,
				why: exercise.why,
				label: figureLabel(exercise),
				poses: posesOf(exercise.id)
			});
			// The page times a drill from its data alone, as the library would.
			const item = defaultItem(shown);
			expect(itemMs(item, (id) => (id === shown.id ? shown : undefined))).toBe(
				itemMs(item, getExercise)
			);
		}
	});

	it('is told from an answer that is not the warm-up data', () => {
		const [good] = makeWarmupData().drills;
		const { poses, ...noPoses } = good!;
		const wrong: unknown[] = [
			null,
			[],
			'<!doctype html><html><body>Sign in to the Wi-Fi</body></html>',
			42,
			{},
			{ drills: [] },
			{ drills: 'all of them' },
			{ drills: [noPoses] },
			{ drills: [{ ...good, poses: { start: poses.start } }] },
			{ drills: [good, { ...good, dose: null }] },
			{ drills: [{ ...good, id: 7 }] }
		];
		for (const data of wrong) expect(isWarmupData(data)).toBe(false);
	});
});
