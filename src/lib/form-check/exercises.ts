// The movements form check watches, and which library exercises lead to it.

/** A movement form check knows how to watch. */
export type FormExercise = 'single-leg-squat' | 'step-down' | 'squat';

/** The choices, in the order the page offers them. */
export const FORM_EXERCISES: readonly { id: FormExercise; name: string }[] = [
	{ id: 'single-leg-squat', name: 'Single-leg squat' },
	{ id: 'step-down', name: 'Step-down' },
	{ id: 'squat', name: 'Squat' }
];

/** Library exercises with a "Check my form" link, and the movement each one is. */
const FROM_LIBRARY: Record<string, FormExercise> = {
	'single-leg-squat-to-box': 'single-leg-squat',
	'lateral-step-down': 'step-down',
	'forward-step-down': 'step-down',
	'mini-squat': 'squat',
	'air-squat': 'squat'
};

/** The form-check movement for a library exercise, or undefined when form check does not apply. */
export function formExerciseFor(exerciseId: string): FormExercise | undefined {
	return Object.hasOwn(FROM_LIBRARY, exerciseId) ? FROM_LIBRARY[exerciseId] : undefined;
}

/** Reads `?exercise=` safely: a known movement, else the single-leg squat. */
export function parseFormExercise(value: string | null): FormExercise {
	return FORM_EXERCISES.find((e) => e.id === value)?.id ?? 'single-leg-squat';
}

/** The movement's name as the runner reads it. */
export function formExerciseName(id: FormExercise): string {
	return FORM_EXERCISES.find((e) => e.id === id)?.name ?? id;
}
