// Guidance over the whole built-in library, for pages that load it anyway (/history).
import { getExercise, getRoutine } from '$lib/routines';
import type { Library } from './guidance';

/** The built-in library. */
export const builtIn: Library = { routine: getRoutine, exercise: getExercise };
