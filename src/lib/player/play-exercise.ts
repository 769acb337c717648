// One exercise as the player shows it: its name, the form cue under the timer, its figure
// and how to do it.
import type { ExercisePoses } from '$lib/figures/poses';

/** One exercise as the player shows it. */
export interface PlayExercise {
	id: string;
	name: string;
	/** The form cue shown under the timer. */
	cue: string;
	/** What the figure shows (its text alternative): the position and the movement. */
	movement: string;
	/** How to do it, step by step, and the common mistakes: one tap away between sets. */
	steps: string[];
	mistakes: string[];
	poses: ExercisePoses;
}
