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
	/**
	 * Its easier variant, when the library has one done the same way (one side at a time or not,
	 * reps or not), so "This hurts" can swap it in for the rest of a session.
	 */
	easier?: PlayExercise;
}
