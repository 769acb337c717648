// Makes the warm-up page's data from the library, at build time (/stretches/data.json).
import { exercises } from '$lib/routines';
import { posesOf } from '$lib/figures/poses';
import { figureLabel } from '$lib/routines/describe';
import { warmupDrills } from '$lib/routines/warmup';
import type { WarmupData } from './warmup-data';

/** The library's warm-up drills with what the page reads and shows of each. */
export function makeWarmupData(): WarmupData {
	return {
		drills: warmupDrills(exercises).map((exercise) => ({
			id: exercise.id,
			name: exercise.name,
			category: exercise.category,
			areas: exercise.areas,
			perSide: exercise.perSide,
			position: exercise.position,
			dose: exercise.dose,
			intensity: exercise.intensity,
			why: exercise.why,
			label: figureLabel(exercise),
			poses: posesOf(exercise.id)
		}))
	};
}
