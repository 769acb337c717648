import { getExercise } from '$lib/routines';
import { parseRoutine } from '$lib/routines/schema';
import { describe, expect, it } from 'vitest';
import { Notices } from './notices.svelte';
import { createPickerDraft, draftRoutine, parseDraft } from './picker.svelte';
import { MemoryStorage, envelope } from './testing';

function setup(items: Record<string, string> = {}) {
	const storage = new MemoryStorage(items);
	const notices = new Notices();
	return { storage, notices, options: { storage: storage.asStorage, notices, events: null } };
}

describe('the picker draft', () => {
	it('starts empty and writes the selection through', () => {
		const { storage, options } = setup();
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
