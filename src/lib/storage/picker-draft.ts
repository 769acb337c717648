// The stretch picker's working selection as stored (`patella:picker:v1`), read without the routine
// schema or the exercise library: the warm-up page checks it against the drills of its own data, so
// it loads neither valibot nor the library. The rules for one item are the schema's (./schema's
// ItemSchema and the checks of `parseRoutine`); picker-draft.test.ts holds both to the same verdicts.
import { LIMITS } from '$lib/routines/limits';
import { resolveDose, setSeconds } from '$lib/routines/timeline';
import type { RoutineItem } from '$lib/routines/types';
import type { DrillLookup } from '$lib/routines/warmup';
import { Persisted, type Problem, type StoreOptions } from './persisted.svelte';
import { isRecord } from './records';

/** The picker's selection, in play order, and the id of the saved routine it edits (or null). */
export interface PickerDraft {
	items: RoutineItem[];
	editing: string | null;
}

/** An empty selection, editing nothing. */
const EMPTY_DRAFT: PickerDraft = Object.freeze({ items: [], editing: null });

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** An item's whole-number fields and their ranges, as the schema has them. */
const WHOLE = [
	['sets', 1, LIMITS.sets],
	['reps', 1, LIMITS.reps],
	['tempo', 1, LIMITS.tempo],
	['seconds', 1, LIMITS.seconds],
	['rest', 0, LIMITS.rest]
] as const;

function isWhole(value: unknown, min: number, max: number): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * One stored item, checked as the schema checks a routine's item: a drill `lookup` knows (a warm-up
 * drill: anything else is left out), whole numbers in range, a dose that fits the drill (reps or
 * seconds), no longer than a routine may be. Unknown fields are dropped. Undefined when unusable.
 */
export function draftItem(raw: unknown, lookup: DrillLookup): RoutineItem | undefined {
	if (!isRecord(raw) || typeof raw.exercise !== 'string' || raw.exercise.length > 64) return;
	const drill = lookup(raw.exercise);
	if (drill?.category !== 'dynamic-stretch') return;
	const item: RoutineItem = { exercise: raw.exercise };
	for (const [field, min, max] of WHOLE) {
		const value = raw[field];
		if (value === undefined) continue;
		if (!isWhole(value, min, max)) return;
		item[field] = value;
	}
	if (raw.selfPaced !== undefined) {
		if (typeof raw.selfPaced !== 'boolean') return;
		item.selfPaced = raw.selfPaced;
	}
	const timed = drill.dose.mode !== 'reps';
	if (
		timed
			? item.reps !== undefined || item.tempo !== undefined || item.selfPaced
			: item.seconds !== undefined
	) {
		return;
	}
	const dose = resolveDose(item, drill);
	const seconds =
		dose.sets * setSeconds(dose) * (drill.perSide ? 2 : 1) + (dose.sets - 1) * dose.rest;
	return seconds > LIMITS.totalMinutes * 60 ? undefined : item;
}

/**
 * Reads a stored draft: each item is checked with `draftItem` (a drill that left the library, a
 * dose out of range or a repeated drill is dropped and reported). Undefined when unusable.
 */
export function readDraft(
	raw: unknown,
	problem: Problem,
	lookup: DrillLookup
): PickerDraft | undefined {
	if (!isRecord(raw) || !Array.isArray(raw.items)) return undefined;
	const items: RoutineItem[] = [];
	for (const item of raw.items) {
		const valid = draftItem(item, lookup);
		if (!valid || items.some((i) => i.exercise === valid.exercise)) problem('an item was dropped');
		else items.push(valid);
	}
	let editing: string | null = null;
	if (typeof raw.editing === 'string' && ID.test(raw.editing)) editing = raw.editing;
	else if (raw.editing !== null && raw.editing !== undefined) problem('the edited routine');
	return { items, editing };
}

/** A picker draft store (`patella:picker:v1`) whose drills are those `lookup` knows. */
export function createDraftStore(
	lookup: DrillLookup,
	options: StoreOptions = {}
): Persisted<PickerDraft> {
	return new Persisted({
		...options,
		key: 'picker',
		version: 1,
		label: 'warm-up selection',
		parse: (raw, problem) => readDraft(raw, problem, lookup),
		fallback: EMPTY_DRAFT
	});
}
