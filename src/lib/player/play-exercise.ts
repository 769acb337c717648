// One exercise as the player shows it: its name, the form cue under the timer and its figure.
import type { ExercisePoses } from '$lib/figures/poses';

/** One exercise as the player shows it. */
export interface PlayExercise {
	id: string;
	name: string;
	/** The form cue shown under the timer, also the figure's text alternative. */
	cue: string;
	poses: ExercisePoses;
}
