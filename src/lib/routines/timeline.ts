// The timeline compiler: a routine becomes the flat list of segments the player plays.
// The rule for what follows what (sets, sides, switches, rests) lives here and nowhere else.
import type {
	Dose,
	Exercise,
	PauseSegment,
	Routine,
	RoutineItem,
	Segment,
	Timeline
} from './types';

/** Seconds of "Get ready" before the first exercise. */
export const PREPARE_SECONDS = 10;
/**
 * Seconds added to "Get ready" before an exercise done in another position than the one before it
 * (standing to the floor, or back up): getting down or up takes longer than stepping into place.
 */
export const POSITION_CHANGE_SECONDS = 5;
/** Seconds to change sides in a per-side set. */
export const SWITCH_SECONDS = 5;

/** A segment before its length is known (each kind of the union, without `durationMs`). */
type Step = Segment extends infer S ? (S extends Segment ? Omit<S, 'durationMs'> : never) : never;

/** Looks an exercise up by id. */
export type ExerciseLookup = (id: string) => Exercise | undefined;

/** What the compiler reads of an exercise: a page may hand it just these fields. */
export type TimedExercise = Pick<Exercise, 'id' | 'name' | 'perSide' | 'position' | 'dose'>;

/** Looks up what the compiler reads of an exercise, by id. */
export type TimedLookup = (id: string) => TimedExercise | undefined;

/** The dose an item plays: the exercise's default with the item's overrides applied. */
export function resolveDose(item: RoutineItem, exercise: Pick<Exercise, 'dose'>): Dose {
	const base = exercise.dose;
	const sets = item.sets ?? base.sets;
	const rest = item.rest ?? base.rest;
	if (base.mode === 'reps') {
		return {
			mode: 'reps',
			sets,
			rest,
			reps: item.reps ?? base.reps,
			tempo: item.tempo ?? base.tempo
		};
	}
	return { mode: base.mode, sets, rest, seconds: item.seconds ?? base.seconds };
}

/** Seconds one side of one set takes: paced reps times their tempo, or the hold or timed length. */
export function setSeconds(dose: Dose): number {
	return dose.mode === 'reps' ? dose.reps * dose.tempo : dose.seconds;
}

/** Whole seconds, at least 1, as milliseconds: every segment obeys the contract's rule. */
function ms(seconds: number): number {
	return Math.max(1, Math.round(seconds)) * 1000;
}

/**
 * Compiles a routine into its timeline: a `prepare` first, then every set (and side) of every
 * exercise as `work`, a `switch` between the sides of a per-side set, `rest` between sets and
 * between exercises (none after the last, none when the rest is 0), and a longer `prepare` before
 * an exercise that changes position (see `POSITION_CHANGE_SECONDS`). The sets of a self-paced item
 * are marked `selfPaced` (they keep their paced length). Throws on an unknown exercise.
 */
export function compileRoutine(routine: Routine, lookup: TimedLookup): Timeline {
	const segments: Segment[] = [];
	const push = (segment: Step, seconds: number) => {
		segments.push({ ...segment, durationMs: ms(seconds) } as Segment);
	};
	const pause: Omit<PauseSegment, 'kind' | 'label' | 'durationMs'> = {
		exerciseId: null,
		side: null,
		set: null,
		sets: null,
		reps: null,
		tempoMs: null,
		item: null
	};

	push({ kind: 'prepare', label: 'Get ready', ...pause }, PREPARE_SECONDS);

	let position: Exercise['position'] | null = null;
	routine.items.forEach((item, index) => {
		const exercise = lookup(item.exercise);
		if (!exercise) throw new Error(`Unknown exercise "${item.exercise}"`);
		if (position !== null && exercise.position !== position) {
			push(
				{ kind: 'prepare', label: 'Get ready', ...pause },
				PREPARE_SECONDS + POSITION_CHANGE_SECONDS
			);
		}
		position = exercise.position;
		const dose = resolveDose(item, exercise);
		const work = {
			kind: 'work' as const,
			label: exercise.name,
			exerciseId: exercise.id,
			sets: dose.sets,
			reps: dose.mode === 'reps' ? dose.reps : null,
			tempoMs: dose.mode === 'reps' ? ms(dose.tempo) : null,
			item: index,
			...(dose.mode === 'reps' && item.selfPaced ? { selfPaced: true as const } : {})
		};
		for (let set = 1; set <= dose.sets; set++) {
			if (exercise.perSide) {
				push({ ...work, set, side: 'left' }, setSeconds(dose));
				push(
					{
						kind: 'switch',
						label: 'Switch sides',
						exerciseId: exercise.id,
						side: null,
						set,
						sets: dose.sets,
						reps: null,
						tempoMs: null,
						item: index
					},
					SWITCH_SECONDS
				);
				push({ ...work, set, side: 'right' }, setSeconds(dose));
			} else {
				push({ ...work, set, side: null }, setSeconds(dose));
			}
			if (set < dose.sets && dose.rest > 0) {
				push({ ...pause, kind: 'rest', label: 'Rest' }, dose.rest);
			}
		}
		const last = index === routine.items.length - 1;
		if (!last && routine.restBetween > 0) {
			push({ ...pause, kind: 'rest', label: 'Rest' }, routine.restBetween);
		}
	});

	return { segments, totalMs: segments.reduce((sum, s) => sum + s.durationMs, 0) };
}
