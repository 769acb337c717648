// The routine builder's model: a draft the runner edits (numbers may be blank while typing), turned
// into routine input for the schema on save, and a preview of its total time that never throws.
import { getExercise } from './index';
import { LIMITS, parseRoutine } from './schema';
import { moveItem } from './move-item';
import { compileRoutine, type ExerciseLookup } from './timeline';
import type { Exercise, Routine, RoutineItem, RoutineKind } from './types';

/** One exercise in the draft. A blank number field is null until the runner fills it. */
export interface DraftItem {
	/** A key that stays with the item when it moves, for keyed lists. */
	key: number;
	exercise: string;
	sets: number | null;
	/** For rep-based exercises. */
	reps: number | null;
	tempo: number | null;
	/** For holds and timed exercises. */
	seconds: number | null;
	rest: number | null;
	/** A rep-based item that waits for Done rather than a tempo, whatever the global setting. */
	selfPaced: boolean;
}

/** A routine being built or edited. `id` is null until it is first saved. */
export interface Draft {
	id: string | null;
	name: string;
	kind: RoutineKind;
	restBetween: number | null;
	items: DraftItem[];
}

/** The rest between exercises a new routine starts with, in seconds. */
export const DEFAULT_REST_BETWEEN = 30;

let nextKey = 1;

/** A fresh, empty draft, with `restBetween` seconds between exercises. */
export function emptyDraft(restBetween: number = DEFAULT_REST_BETWEEN): Draft {
	return { id: null, name: '', kind: 'strength', restBetween, items: [] };
}

/**
 * A draft item for an exercise at its recommended dose: its sets, reps or seconds and its rest
 * between sets, as the exercise's sources prescribe (a Spanish squat rests 120 s between holds).
 */
export function newItem(exercise: Exercise): DraftItem {
	const dose = exercise.dose;
	return {
		key: nextKey++,
		exercise: exercise.id,
		sets: dose.sets,
		reps: dose.mode === 'reps' ? dose.reps : null,
		tempo: dose.mode === 'reps' ? dose.tempo : null,
		seconds: dose.mode === 'reps' ? null : dose.seconds,
		rest: dose.rest,
		selfPaced: false
	};
}

/** A draft of a saved routine, every dose spelled out. */
export function draftFromRoutine(routine: Routine, lookup: ExerciseLookup = getExercise): Draft {
	return {
		id: routine.id,
		name: routine.name,
		kind: routine.kind,
		restBetween: routine.restBetween,
		items: routine.items.map((item) => {
			const base = lookup(item.exercise)?.dose;
			const reps = base?.mode === 'reps' ? base : undefined;
			const timed = base && base.mode !== 'reps' ? base : undefined;
			return {
				key: nextKey++,
				exercise: item.exercise,
				sets: item.sets ?? base?.sets ?? 1,
				reps: item.reps ?? reps?.reps ?? null,
				tempo: item.tempo ?? reps?.tempo ?? null,
				seconds: item.seconds ?? timed?.seconds ?? null,
				rest: item.rest ?? base?.rest ?? 0,
				selfPaced: item.selfPaced === true
			};
		})
	};
}

export { moveItem };

/** The ids of the sources the draft's exercises cite, each once (at most 20). */
function sourcesOf(items: DraftItem[], lookup: ExerciseLookup): string[] {
	const ids = new Set<string>();
	for (const item of items) for (const id of lookup(item.exercise)?.sources ?? []) ids.add(id);
	return [...ids].slice(0, 20);
}

/**
 * The routine input a draft stands for, to be checked by `parseRoutine`: blank fields stay null so
 * the schema names them ("Exercise 2: sets must be a number").
 */
export function draftToInput(
	draft: Draft,
	id: string,
	lookup: ExerciseLookup = getExercise
): Record<string, unknown> {
	return {
		id,
		name: draft.name,
		kind: draft.kind,
		goal: '',
		level: 'moderate',
		focus: [],
		restBetween: draft.restBetween,
		sources: sourcesOf(draft.items, lookup),
		items: draft.items.map((item) => {
			const mode = lookup(item.exercise)?.dose.mode;
			const row: Record<string, unknown> = {
				exercise: item.exercise,
				sets: item.sets,
				rest: item.rest
			};
			if (mode === 'reps') {
				row.reps = item.reps;
				row.tempo = item.tempo;
				if (item.selfPaced) row.selfPaced = true;
			} else {
				row.seconds = item.seconds;
			}
			return row;
		})
	};
}

function clamp(value: number | null, min: number, max: number, fallback: number): number {
	if (value === null || !Number.isFinite(value)) return fallback;
	return Math.min(max, Math.max(min, Math.round(value)));
}

/**
 * The routine the draft would make, with blank or out-of-range numbers read as the nearest allowed
 * value, so the preview stays live while the runner types. Null for an empty draft.
 */
export function previewRoutine(draft: Draft, lookup: ExerciseLookup = getExercise): Routine | null {
	const items: RoutineItem[] = [];
	for (const item of draft.items) {
		const exercise = lookup(item.exercise);
		if (!exercise) continue;
		const base = exercise.dose;
		const row: RoutineItem = {
			exercise: item.exercise,
			sets: clamp(item.sets, 1, LIMITS.sets, base.sets),
			rest: clamp(item.rest, 0, LIMITS.rest, base.rest)
		};
		if (base.mode === 'reps') {
			row.reps = clamp(item.reps, 1, LIMITS.reps, base.reps);
			row.tempo = clamp(item.tempo, 1, LIMITS.tempo, base.tempo);
			if (item.selfPaced) row.selfPaced = true;
		} else {
			row.seconds = clamp(item.seconds, 1, LIMITS.seconds, base.seconds);
		}
		items.push(row);
	}
	if (items.length === 0) return null;
	return {
		id: 'preview',
		name: 'preview',
		kind: draft.kind,
		goal: '',
		level: 'moderate',
		focus: [],
		items,
		restBetween: clamp(draft.restBetween, 0, LIMITS.rest, DEFAULT_REST_BETWEEN),
		sources: []
	};
}

/** The total time the draft would take (see `previewRoutine`); 0 for an empty draft. */
export function previewTotalMs(draft: Draft, lookup: ExerciseLookup = getExercise): number {
	const routine = previewRoutine(draft, lookup);
	return routine ? compileRoutine(routine, lookup).totalMs : 0;
}

/** Exercises matching a category, a body area and every word of a search (name or muscles). */
export function filterExercises(
	list: Exercise[],
	{ query, category, area }: { query: string; category: string; area: string }
): Exercise[] {
	const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
	return list.filter((e) => {
		if (category !== 'all' && e.category !== category) return false;
		if (area !== 'all' && !e.areas.includes(area as Exercise['areas'][number])) return false;
		const haystack = [e.name, ...e.muscles, ...e.areas].join(' ').toLowerCase();
		return terms.every((t) => haystack.includes(t));
	});
}

/** One reason a draft cannot be saved, tied to the field (or exercise) it is about. */
export interface DraftProblem {
	message: string;
	/** The id of the builder's input to fix (`routine-name`, `reps-<item key>`, …), if there is one. */
	field: string | null;
	/** The index of the exercise it is about, if there is one. */
	item: number | null;
}

/** The schema's sentences about a draft, each placed on its field: "Exercise 2: reps …". */
export function draftProblems(draft: Draft, lookup: ExerciseLookup = getExercise): DraftProblem[] {
	// Any valid id will do to check the rest; the real one is made on save.
	const result = parseRoutine(draftToInput(draft, draft.id ?? 'new-routine', lookup));
	if (result.ok) return [];
	return result.errors.map((message) => {
		if (message.startsWith('Name')) return { message, field: 'routine-name', item: null };
		if (message.startsWith('Rest between')) return { message, field: 'rest-between', item: null };
		const about = /^Exercise (\d+): (sets|reps|tempo|seconds|rest)?/.exec(message);
		if (!about) return { message, field: null, item: null };
		const item = Number(about[1]) - 1;
		const key = draft.items[item]?.key;
		return { message, field: about[2] && key !== undefined ? `${about[2]}-${key}` : null, item };
	});
}

/** "Exercise 2: reps must be …" said inside exercise 2's card: "Reps must be …". */
export function inItem(message: string): string {
	const rest = message.replace(/^Exercise \d+: /, '');
	return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** One step of the preview: what the player shows, a detail line, and how long it lasts. */
export interface PreviewStep {
	label: string;
	/** "Left · set 1 of 3 · 12 reps", "Set 2 of 4 · 10 reps · self-paced, until Done", "" for a pause. */
	detail: string;
	durationMs: number;
}

/** The steps the player would play for the draft, in order (none for an empty draft). */
export function previewSteps(draft: Draft, lookup: ExerciseLookup = getExercise): PreviewStep[] {
	const routine = previewRoutine(draft, lookup);
	if (!routine) return [];
	return compileRoutine(routine, lookup).segments.map((segment) => {
		const parts: string[] = [];
		if (segment.kind === 'work') {
			if (segment.side) parts.push(segment.side === 'left' ? 'Left' : 'Right');
			if (segment.sets > 1) parts.push(`set ${segment.set} of ${segment.sets}`);
			if (segment.reps !== null) parts.push(`${segment.reps} reps`);
			if (segment.selfPaced) parts.push('self-paced, until Done');
		}
		const detail = parts.join(' · ');
		return {
			label: segment.label,
			detail: detail.charAt(0).toUpperCase() + detail.slice(1),
			durationMs: segment.durationMs
		};
	});
}
