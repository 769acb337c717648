// The catalogue served at /routines.json, exactly in the UI contract's shape (plus a few fields).
import { exercises, getExercise, routines } from './index';
import { compileRoutine } from './timeline';

/** Builds the catalogue of every exercise and every built-in routine with its timeline. */
export function catalogue() {
	return {
		version: 1,
		exercises: exercises.map((e) => ({
			id: e.id,
			name: e.name,
			category: e.category,
			perSide: e.perSide,
			areas: e.areas,
			mode: e.dose.mode
		})),
		routines: routines.map((r) => {
			const { segments, totalMs } = compileRoutine(r, getExercise);
			return {
				id: r.id,
				name: r.name,
				kind: r.kind,
				level: r.level,
				totalMs,
				timeline: segments
			};
		})
	};
}
