// What the app advises after a check-in, following the seed advice "go slow": back off when the knee
// complains, move on only when a stage has become easy and pain-free. Pure functions of the history.
import type { Exercise, Routine } from '$lib/routines/types';
import type { Session } from '$lib/storage/records';
import { GENTLEST_STRENGTH, nextStage, previousStage } from './progression';
import { oldestFirst } from './stats';

/** Pain at or above this, after a session, means back off. */
export const HIGH_PAIN = 5;
/** Pain at or below this counts as settled for moving on. */
export const LOW_PAIN = 2;
/** How many easy, low-pain sessions of a routine before the next stage is suggested. */
export const SESSIONS_TO_PROGRESS = 3;

/** A gentler exercise and the routine's exercises it can stand in for. */
export interface EasierVariant {
	easier: Pick<Exercise, 'id' | 'name'>;
	instead: Pick<Exercise, 'id' | 'name'>[];
}

/** The advice after a session. */
export type Guidance =
	| {
			kind: 'back-off';
			/** `high`: pain after this session was 5 or more; `rising`: up over the last three. */
			reason: 'high' | 'rising';
			/** The last three scores, oldest first (fewer when fewer were recorded). */
			recent: number[];
			/** Pain was high after each of the last three sessions: time to see someone. */
			persistent: boolean;
			easierRoutine: Pick<Routine, 'id' | 'name'> | null;
			easierVariants: EasierVariant[];
	  }
	| {
			kind: 'progress';
			/** How many easy, low-pain sessions of this routine in a row. */
			sessions: number;
			next: Pick<Routine, 'id' | 'name'>;
	  }
	| { kind: 'steady'; pain: number }
	| { kind: 'none' };

/** What guidance needs to know of an exercise: its name and its easier variant. */
export type GuidanceExercise = Pick<Exercise, 'id' | 'name' | 'easier'>;

/**
 * Where guidance looks routines and exercises up: the whole library (./library.ts), or the slice of
 * it the player carries for one routine.
 */
export interface Library {
	routine: (id: string) => Routine | undefined;
	exercise: (id: string) => GuidanceExercise | undefined;
}

/** The routines and exercises guidance may name after a session of `routine`. */
export function guidanceSlice(
	routine: Routine,
	library: Library
): { routines: Routine[]; exercises: GuidanceExercise[] } {
	const routines = new Map([[routine.id, routine]]);
	for (const id of [previousStage(routine.id), nextStage(routine.id), GENTLEST_STRENGTH]) {
		const found = id ? library.routine(id) : undefined;
		if (found) routines.set(found.id, found);
	}
	const exercises = new Map<string, GuidanceExercise>();
	for (const item of routine.items) {
		const exercise = library.exercise(item.exercise);
		const easier = exercise?.easier ? library.exercise(exercise.easier) : undefined;
		for (const e of [exercise, easier]) {
			if (e) exercises.set(e.id, { id: e.id, name: e.name, easier: e.easier });
		}
	}
	return { routines: [...routines.values()], exercises: [...exercises.values()] };
}

/** A library of just these routines and exercises (a slice made by `guidanceSlice`). */
export function sliceLibrary(slice: {
	routines: Routine[];
	exercises: GuidanceExercise[];
}): Library {
	return {
		routine: (id) => slice.routines.find((r) => r.id === id),
		exercise: (id) => slice.exercises.find((e) => e.id === id)
	};
}

/** The routine to suggest instead of this one when the knee complains, if there is a gentler one. */
export function easierRoutine(routine: Routine, library: Library): Routine | undefined {
	const before = previousStage(routine.id);
	if (before) return library.routine(before);
	if (routine.kind === 'strength' && routine.level !== 'easy' && routine.id !== GENTLEST_STRENGTH) {
		return library.routine(GENTLEST_STRENGTH);
	}
	return undefined;
}

/** The easier variants of the routine's exercises, each with the exercises it stands in for. */
export function easierVariants(routine: Routine, library: Library): EasierVariant[] {
	const byEasier = new Map<string, EasierVariant>();
	for (const item of routine.items) {
		const exercise = library.exercise(item.exercise);
		const easier = exercise?.easier ? library.exercise(exercise.easier) : undefined;
		if (!exercise || !easier) continue;
		const entry = byEasier.get(easier.id) ?? {
			easier: { id: easier.id, name: easier.name },
			instead: []
		};
		if (!entry.instead.some((e) => e.id === exercise.id)) {
			entry.instead.push({ id: exercise.id, name: exercise.name });
		}
		byEasier.set(easier.id, entry);
	}
	return [...byEasier.values()];
}

/** Whether the scores rise at each step (three or more of them). */
export function rising(scores: readonly number[]): boolean {
	return scores.length >= 3 && scores.every((p, i) => i === 0 || p > scores[i - 1]!);
}

/**
 * The advice after the session `sessionId` (the one just checked in; by default the latest in
 * `sessions`), from it and the sessions before it. Back off when its
 * pain is 5 or more, or pain has risen over the last three sessions with a score; suggest the
 * next stage when the last three sessions of this routine were completed, rated easy and scored
 * 2 or less; otherwise keep going.
 */
export function guidance(
	sessions: readonly Session[],
	library: Library,
	sessionId?: string
): Guidance {
	const all = oldestFirst(sessions);
	// A resumed run keeps its start time, so the session just checked in need not be the newest.
	const at = sessionId === undefined ? all.length - 1 : all.findIndex((s) => s.id === sessionId);
	const ordered = all.slice(0, at + 1);
	const latest = ordered.at(-1);
	if (!latest || latest.pain === null) return { kind: 'none' };

	const recent = ordered
		.filter((s) => s.pain !== null)
		.slice(-3)
		.map((s) => s.pain!);
	const high = latest.pain >= HIGH_PAIN;
	if (high || rising(recent)) {
		const routine = library.routine(latest.routineId);
		const easier = routine ? easierRoutine(routine, library) : undefined;
		return {
			kind: 'back-off',
			reason: high ? 'high' : 'rising',
			recent,
			persistent: recent.length >= 3 && recent.every((p) => p >= HIGH_PAIN),
			easierRoutine: easier ? { id: easier.id, name: easier.name } : null,
			easierVariants: routine ? easierVariants(routine, library) : []
		};
	}

	const next = nextStage(latest.routineId);
	const nextRoutine = next ? library.routine(next) : undefined;
	if (nextRoutine) {
		const mine = ordered.filter((s) => s.routineId === latest.routineId);
		let run = 0;
		for (let i = mine.length - 1; i >= 0; i--) {
			const s = mine[i]!;
			if (!s.completed || s.effort !== 'easy' || s.pain === null || s.pain > LOW_PAIN) break;
			run++;
		}
		if (run >= SESSIONS_TO_PROGRESS) {
			return {
				kind: 'progress',
				sessions: run,
				next: { id: nextRoutine.id, name: nextRoutine.name }
			};
		}
	}
	return { kind: 'steady', pain: latest.pain };
}
