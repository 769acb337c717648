// The library's public face: look exercises, routines and sources up by id.
import { exercises } from './exercises';
import { routines } from './routines';
import { sources } from './sources';
import type { Exercise, Routine, Source } from './types';

export { exercises, routines, sources };
export type * from './types';

const exerciseById = new Map(exercises.map((e) => [e.id, e]));
const routineById = new Map(routines.map((r) => [r.id, r]));
const sourceById = new Map(sources.map((s) => [s.id, s]));

/** The exercise with this id, or undefined. */
export function getExercise(id: string): Exercise | undefined {
	return exerciseById.get(id);
}

/** The built-in routine with this id, or undefined. */
export function getRoutine(id: string): Routine | undefined {
	return routineById.get(id);
}

/** The source with this id, or undefined. */
export function getSource(id: string): Source | undefined {
	return sourceById.get(id);
}

/** The sources with these ids, in order; ids the library does not know are left out. */
export function getSources(ids: readonly string[]): Source[] {
	return ids.flatMap((id) => sourceById.get(id) ?? []);
}
