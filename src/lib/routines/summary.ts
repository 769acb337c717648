// What a card or a header says about a routine, computed once from the routine itself.
import { getExercise } from './index';
import { compileRoutine, type ExerciseLookup } from './timeline';
import type { Routine } from './types';

export interface RoutineSummary {
	totalMs: number;
	exerciseCount: number;
	equipment: string[];
}

/** The routine's total time, its number of different exercises and the equipment it needs. */
export function summarize(routine: Routine, lookup: ExerciseLookup = getExercise): RoutineSummary {
	const { totalMs } = compileRoutine(routine, lookup);
	const equipment = new Set<string>();
	for (const item of routine.items) {
		for (const thing of lookup(item.exercise)?.equipment ?? []) {
			if (thing !== 'none') equipment.add(thing);
		}
	}
	// A walk-run comes back to the same walk and run: count each exercise once.
	const exerciseCount = new Set(routine.items.map((item) => item.exercise)).size;
	return { totalMs, exerciseCount, equipment: [...equipment] };
}
