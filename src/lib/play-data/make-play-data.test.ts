import { describe, expect, it } from 'vitest';
import { figureLabel } from '$lib/routines/describe';
import { getExercise, getRoutine, routines } from '$lib/routines';
import { posesOf } from '$lib/figures/poses';
import { compileRoutine } from '$lib/routines/timeline';
import type { Routine } from '$lib/routines/types';
import { makePlayData, playsInPlaceOf } from './make-play-data';
import { isPlayData } from './play-data';

describe('play data', () => {
	it('of every built-in routine plays its compiled timeline and shows each exercise once', () => {
		for (const routine of routines) {
			const data = makePlayData(routine);
			expect(data.timeline).toEqual(compileRoutine(routine, getExercise));
			const ids = [...new Set(routine.items.map((item) => item.exercise))];
			expect(data.exercises.map((e) => e.id)).toEqual(ids);
			for (const shown of data.exercises) {
				const exercise = getExercise(shown.id)!;
				const { easier, ...plain } = shown;
				const variant = exercise.easier ? getExercise(exercise.easier) : undefined;
				// The easier variant comes along where it plays in the same sets, for "This hurts".
				expect(easier?.id).toBe(
					variant && playsInPlaceOf(variant, exercise) ? variant.id : undefined
				);
				if (easier) expect(easier.easier).toBeUndefined();
				expect(plain).toEqual({
					id: exercise.id,
					name: exercise.name,
					cue: exercise.cues[0],
					movement: figureLabel(exercise),
					steps: exercise.instructions,
					mistakes: exercise.mistakes,
					poses: posesOf(exercise.id)
				});
			}
			expect(isPlayData(JSON.parse(JSON.stringify(data)))).toBe(true);
		}
	});

	it("of a routine of the user's own names it in the guidance slice, with the gentlest stage", () => {
		const mine: Routine = {
			...getRoutine('knee-advanced')!,
			id: 'mine-1',
			name: 'My hard day',
			items: [
				{ exercise: 'split-squat', sets: 2, reps: 8, tempo: 3 },
				{ exercise: 'split-squat', sets: 1, reps: 6, tempo: 3 }
			]
		};
		const data = makePlayData(mine);
		expect(data.exercises.map((e) => e.id)).toEqual(['split-squat']);
		expect(data.guidance.routines.map((r) => r.id)).toEqual(['mine-1', 'knee-foundation']);
		const splitSquat = getExercise('split-squat')!;
		expect(data.guidance.exercises.map((e) => e.id)).toContain(splitSquat.easier);
	});

	it('is told from an answer that is not play data', () => {
		for (const wrong of [null, [], '<!doctype html>', {}, { routine: {}, timeline: {} }]) {
			expect(isPlayData(wrong)).toBe(false);
		}
	});
});
