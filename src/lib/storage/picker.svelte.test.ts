import { getExercise } from '$lib/routines';
import { parseRoutine } from '$lib/routines/schema';
import { describe, expect, it } from 'vitest';
import { createPickerDraft, draftRoutine, editInPicker, parseDraft } from './picker.svelte';
import { memoryStore, envelope } from './testing';

describe('the picker draft', () => {
	it('loads a saved warm-up to edit: a copy of its drills, and its id to save back to', () => {
		const { storage, options } = memoryStore();
		const store = createPickerDraft(options);
		const items = [{ exercise: 'hip-circles', reps: 10 }];
		const saved = parseRoutine({ id: 'tempo-day', name: 'Tempo day', kind: 'warmup', items });
		if (!saved.ok) throw new Error('the test routine is invalid');
		editInPicker(saved.routine, store);
		expect(store.value).toEqual({ items, editing: 'tempo-day' });
		expect(store.value.items[0]).not.toBe(items[0]);
		expect(storage.getItem('patella:picker:v1')).toBe(envelope({ items, editing: 'tempo-day' }));
	});

	it('starts empty and writes the selection through', () => {
		const { storage, options } = memoryStore();
		const store = createPickerDraft(options);
		expect(store.value).toEqual({ items: [], editing: null });
		store.value = { items: [{ exercise: 'hip-circles', reps: 10 }], editing: null };
		expect(storage.getItem('patella:picker:v1')).toBe(
			envelope({ items: [{ exercise: 'hip-circles', reps: 10 }], editing: null })
		);
		expect(createPickerDraft(options).value.items).toEqual([{ exercise: 'hip-circles', reps: 10 }]);
	});

	it('drops unknown drills, bad doses and repeats, and says so', () => {
		const problems: string[] = [];
		const draft = parseDraft(
			{
				items: [
					{ exercise: 'high-knees', seconds: 30 },
					{ exercise: 'no-such-drill' },
					{ exercise: 'high-knees', seconds: 40 },
					{ exercise: 'hip-circles', reps: -3 }
				],
				editing: 'my-easy-abc'
			},
			(p) => problems.push(p)
		);
		expect(draft).toEqual({
			items: [{ exercise: 'high-knees', seconds: 30 }],
			editing: 'my-easy-abc'
		});
		expect(problems).toHaveLength(3);
		expect(parseDraft('nonsense')).toBeUndefined();
	});

	it('plays as a warm-up routine the schema accepts, and as nothing when empty', () => {
		const routine = draftRoutine({
			items: [{ exercise: 'ankle-rolls', reps: 12 }, { exercise: 'high-knees' }],
			editing: null
		});
		expect(routine?.id).toBe('warm-up');
		expect(parseRoutine(routine, getExercise).ok).toBe(true);
		expect(draftRoutine({ items: [], editing: null })).toBeUndefined();
	});
});
