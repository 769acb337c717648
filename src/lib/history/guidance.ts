// What the app advises after a check-in, by the pain-monitoring model (./pain-model.ts): back off
// when the knee complains, move on only when a stage has become easy and pain-free. Pure functions of
// the history.
import type { Exercise, Routine } from '$lib/routines/types';
import {
	SAFE_MAX,
	clinicianReason,
	morningWorse,
	risingWeekly,
	tooMuch,
	usualMorning,
	type ClinicianReason,
	type Scored
} from './pain-model';
import { checkedIn } from './attention';
import { GENTLEST_STRENGTH, nextStage, previousStage } from './progression';
import { counts, type HurtChoice, type Session } from './session';
import { oldestFirst } from './stats';

/** How many easy, low-pain sessions of a routine before the next stage is suggested. */
const SESSIONS_TO_PROGRESS = 3;

/** A gentler exercise and the routine's exercises it can stand in for. */
export interface EasierVariant {
	easier: Pick<Exercise, 'id' | 'name'>;
	instead: Pick<Exercise, 'id' | 'name'>[];
}

/** Why the advice is to back off ('hurt': "This hurts" was pressed during the session). */
export type BackOffReason = 'too-much' | 'morning' | 'rising' | 'hurt';

/** The advice after a check-in. */
export type Guidance =
	| {
			/** The next session is easier: a gentler routine, an easier variant, or fewer sets. */
			kind: 'back-off';
			reason: BackOffReason;
			/** Pain during the session advised on, and its morning after (null when not given). */
			pain: number;
			morning: number | null;
			/** The runner's usual morning, when known. */
			usual: number | null;
			/** Set when the model says to see a doctor or physiotherapist. */
			clinician: ClinicianReason | null;
			easierRoutine: Pick<Routine, 'id' | 'name'> | null;
			/** Easier variants not already in the routine; when none, do one set fewer. */
			easierVariants: EasierVariant[];
			/** What the runner chose when it hurt during the session (empty when they did not say). */
			hurt: HurtChoice[];
	  }
	| {
			/** Pain after a pre-run warm-up is about the run: running-load advice, not easier drills. */
			kind: 'run-load';
			reason: 'too-much' | 'morning';
			pain: number;
			morning: number | null;
			clinician: ClinicianReason | null;
	  }
	| {
			kind: 'progress';
			/** How many easy, low-pain sessions of this routine in a row. */
			sessions: number;
			next: Pick<Routine, 'id' | 'name'>;
	  }
	| { kind: 'steady'; pain: number; clinician: ClinicianReason | null }
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

/**
 * The easier variants of the routine's exercises, each with the exercises it stands in for; a
 * variant already in the routine is no change, so it is left out.
 */
export function easierVariants(routine: Routine, library: Library): EasierVariant[] {
	const inRoutine = new Set(routine.items.map((item) => item.exercise));
	const byEasier = new Map<string, EasierVariant>();
	for (const item of routine.items) {
		const exercise = library.exercise(item.exercise);
		const easier = exercise?.easier ? library.exercise(exercise.easier) : undefined;
		if (!exercise || !easier || inRoutine.has(easier.id)) continue;
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

/** What the advice needs besides the history: the plan's usual morning, the time zone. */
export interface GuidanceOptions {
	/** The usual morning pain given in the plan set-up, if any. */
	usualMorning?: number | null;
	zone?: string;
}

/**
 * The advice after the check-in of session `sessionId` (by default the latest session with a
 * check-in), from it and the sessions before it, by the pain-monitoring model: pain above 5 during
 * it, a morning worse than usual, a weekly average rising two weeks running, or "This hurts" pressed
 * during it: back off (after a warm-up, for pain or the morning: run easier). Three completed sessions of a stage rated easy with pain 0 to 2: the next
 * stage. Otherwise keep going. Any of these may add a reason to see a clinician.
 */
export function guidance(
	sessions: readonly Session[],
	library: Library,
	sessionId?: string,
	options: GuidanceOptions = {}
): Guidance {
	const all = oldestFirst(sessions);
	const target =
		sessionId === undefined ? all.findLast(checkedIn) : all.find((s) => s.id === sessionId);
	if (!target || !checkedIn(target)) return { kind: 'none' };
	// A resumed run keeps its start time, so the session checked in need not be the newest.
	const ordered = all.slice(0, all.indexOf(target) + 1);
	const scores: Scored[] = ordered.flatMap((s) =>
		s.pain === null ? [] : [{ at: s.startedAt, pain: s.pain }]
	);
	const mornings = all.flatMap((s) =>
		typeof s.morning?.pain === 'number' ? [{ at: s.morning.at, pain: s.morning.pain }] : []
	);
	const usual = usualMorning(mornings, options.usualMorning);
	const morning = target.morning?.pain ?? null;
	const pain = target.pain ?? morning ?? 0;
	const clinician = target.pain === null ? null : clinicianReason(scores);

	const reason: BackOffReason | null =
		target.pain !== null && tooMuch(target.pain)
			? 'too-much'
			: morning !== null && usual !== null && morningWorse(morning, usual)
				? 'morning'
				: target.pain !== null && risingWeekly(scores, options.zone)
					? 'rising'
					: target.hurt && target.hurt.length > 0
						? 'hurt'
						: null;
	const routine = library.routine(target.routineId);
	if ((reason === 'too-much' || reason === 'morning') && routine?.kind === 'warmup') {
		return { kind: 'run-load', reason, pain, morning, clinician };
	}
	if (reason) {
		const easier = routine ? easierRoutine(routine, library) : undefined;
		return {
			kind: 'back-off',
			reason,
			pain,
			morning,
			usual,
			clinician,
			easierRoutine: easier ? { id: easier.id, name: easier.name } : null,
			easierVariants: routine ? easierVariants(routine, library) : [],
			hurt: target.hurt ?? []
		};
	}

	const next = nextStage(target.routineId);
	const nextRoutine = next ? library.routine(next) : undefined;
	if (nextRoutine) {
		const mine = ordered.filter((s) => s.routineId === target.routineId);
		let run = 0;
		for (let i = mine.length - 1; i >= 0; i--) {
			const s = mine[i]!;
			const settled = !(
				typeof s.morning?.pain === 'number' &&
				usual !== null &&
				morningWorse(s.morning.pain, usual)
			);
			if (
				!counts(s) ||
				!s.completed ||
				s.effort !== 'easy' ||
				s.pain === null ||
				s.pain > SAFE_MAX ||
				!settled
			)
				break;
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
	return { kind: 'steady', pain, clinician };
}
