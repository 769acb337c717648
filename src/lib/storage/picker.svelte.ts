// The stretch picker's working selection, kept so it survives a reload and so `/play/warm-up` can
// play it, checked against the library's drills. One draft per browser; it names the saved routine
// being edited, if any. The warm-up page itself reads the same draft against its own data
// (./picker-draft), without the library.
import { getExercise } from '$lib/routines';
import type { Routine } from '$lib/routines/types';
import { buildWarmup } from '$lib/routines/warmup';
import { createDraftStore, readDraft, type PickerDraft } from './picker-draft';
import { where, type Problem, type StoreOptions } from './persisted.svelte';
import type { Persisted } from './persisted.svelte';

export type { PickerDraft };

/** Reads a stored draft against the library's drills (see `readDraft`). Undefined when unusable. */
export function parseDraft(raw: unknown, problem: Problem = () => {}): PickerDraft | undefined {
	return readDraft(raw, problem, getExercise);
}

/** Creates a picker draft store (`patella:picker:v1`) of the library's drills. */
export function createPickerDraft(options: StoreOptions = {}): Persisted<PickerDraft> {
	return createDraftStore(getExercise, options);
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
