// The stretch picker's working selection, kept so it survives a reload and so `/play/warm-up` can
// play it. One draft per browser; it names the saved routine being edited, if any.
import { getExercise } from '$lib/routines';
import { parseRoutine } from '$lib/routines/schema';
import type { Routine, RoutineItem } from '$lib/routines/types';
import { buildWarmup, DRAFT_ID } from '$lib/routines/warmup';
import { Persisted, where, type Problem, type StoreOptions } from './persisted.svelte';
import { isRecord } from './records';

/** The picker's selection, in play order, and the id of the saved routine it edits (or null). */
export interface PickerDraft {
	items: RoutineItem[];
	editing: string | null;
}

/** An empty selection, editing nothing. */
const EMPTY_DRAFT: PickerDraft = Object.freeze({ items: [], editing: null });

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Reads a stored draft: each item is checked with the routine schema (a drill that left the library,
 * a dose out of range or a repeated drill is dropped and reported). Undefined when unusable.
 */
export function parseDraft(raw: unknown, problem: Problem = () => {}): PickerDraft | undefined {
	if (!isRecord(raw) || !Array.isArray(raw.items)) return undefined;
	const items: RoutineItem[] = [];
	for (const item of raw.items) {
		const parsed = parseRoutine({ id: DRAFT_ID, name: 'Draft', kind: 'warmup', items: [item] });
		const valid = parsed.ok ? parsed.routine.items[0] : undefined;
		if (!valid || items.some((i) => i.exercise === valid.exercise)) problem('an item was dropped');
		else items.push(valid);
	}
	let editing: string | null = null;
	if (typeof raw.editing === 'string' && ID.test(raw.editing)) editing = raw.editing;
	else if (raw.editing !== null && raw.editing !== undefined) problem('the edited routine');
	return { items, editing };
}

/** Creates a picker draft store (`patella:picker:v1`). */
export function createPickerDraft(options: StoreOptions = {}): Persisted<PickerDraft> {
	return new Persisted({
		...options,
		key: 'picker',
		version: 1,
		label: 'warm-up selection',
		parse: parseDraft,
		fallback: EMPTY_DRAFT
	});
}

/** The picker's draft (in memory during a prerender). */
export const pickerDraft: Persisted<PickerDraft> = createPickerDraft(where);

/** Loads a saved warm-up into the picker to edit: its drills, and its id to save back to. */
export function editInPicker(routine: Routine, draft: Persisted<PickerDraft> = pickerDraft): void {
	draft.value = { items: routine.items.map((item) => ({ ...item })), editing: routine.id };
}

/** The routine the draft plays at `/play/warm-up`, or undefined when nothing is chosen. */
export function draftRoutine(draft: PickerDraft = pickerDraft.value): Routine | undefined {
	if (draft.items.length === 0) return undefined;
	return buildWarmup(draft.items, getExercise);
}
