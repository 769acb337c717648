import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { builtIn as library } from '$lib/history/library';
import { Notices } from '$lib/storage/notices.svelte';
import { sessionRecord } from '$lib/player/run-summary';
import { createHistory, recordSession } from '$lib/storage/stores.svelte';
import { MemoryStorage } from '$lib/storage/testing';
import CheckIn from './CheckIn.svelte';

afterEach(cleanup);

const routine = { id: 'knee-build', name: "Runner's knee: build" };
const startedAt = Date.parse('2026-03-04T07:00:10Z');

/** The check-in of a run the player session has just recorded. */
function setup() {
	const storage = new MemoryStorage();
	const store = createHistory({ storage: storage.asStorage, notices: new Notices(), events: null });
	const record = sessionRecord(routine, { completed: true, elapsed: 754_000, startedAt }, 'x1');
	recordSession(record, store);
	render(CheckIn, { record, library, store });
	return { store, storage };
}

describe('CheckIn', () => {
	it('asks about pain during the session with 11 choices, none chosen at first', () => {
		setup();
		const group = screen.getByRole('radiogroup', { name: 'Knee pain' });
		const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
		expect(radios).toHaveLength(11);
		expect(radios.every((r) => !r.checked)).toBe(true);
		// The name of each radio is its label's text: the number, then any anchor's word.
		expect(radios.map((r) => r.closest('label')!.textContent!.replace(/\s+/g, ' ').trim())).toEqual(
			['0 none', '1', '2', '3 mild', '4', '5 moderate', '6', '7', '8 severe', '9', '10']
		);
		expect(group).toHaveAccessibleDescription(/during the session/);
	});

	it('Save with nothing chosen says so and records no pain', async () => {
		const { store } = setup();
		await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
		expect(screen.getByRole('alert')).toHaveTextContent(/choose a number from 0 to 10/i);
		expect(store.value[0]).toMatchObject({ pain: null });
		expect(screen.getByRole('radiogroup', { name: 'Knee pain' })).toBeInTheDocument();
	});

	it('Save adds pain, effort and note to that one record, then shows the advice', async () => {
		const { store, storage } = setup();
		await fireEvent.click(screen.getByRole('radio', { name: /^6\b/ }));
		await fireEvent.click(screen.getByRole('radio', { name: 'Hard' }));
		await fireEvent.input(screen.getByRole('textbox', { name: /note/i }), {
			target: { value: '  Sore on the stairs  ' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Save' }));

		expect(store.value).toHaveLength(1);
		expect(store.value[0]).toMatchObject({ pain: 6, effort: 'hard', note: 'Sore on the stairs' });
		expect(storage.getItem('patella:history:v1')).toContain('Sore on the stairs');
		expect(screen.getByText('Saved: knee pain 6 out of 10.')).toHaveFocus();
		expect(screen.getByRole('heading', { name: 'Go easier for now' })).toBeInTheDocument();
		expect(screen.getByRole('link', { name: "Runner's knee: foundation" })).toHaveAttribute(
			'href',
			'/routines/knee-foundation'
		);
		expect(screen.getByRole('link', { name: 'See your history' })).toHaveAttribute(
			'href',
			'/history'
		);
	});

	it('at 5 out of 10 says acceptable, not go easier', async () => {
		setup();
		await fireEvent.click(screen.getByRole('radio', { name: /^5\b/ }));
		await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
		expect(screen.getByRole('heading', { name: 'Keep going' })).toBeInTheDocument();
		expect(
			screen.getByText(/is acceptable if it has settled by tomorrow morning/)
		).toBeInTheDocument();
	});

	it('Skip keeps the record without a check-in', async () => {
		const { store } = setup();
		await fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
		expect(store.value).toHaveLength(1);
		expect(store.value[0]).toMatchObject({ pain: null, effort: null });
		expect(screen.getByText(/Saved to your history without a check-in/)).toHaveFocus();
		expect(screen.queryByRole('radiogroup', { name: 'Knee pain' })).toBeNull();
	});
});
