// History is part of the backup file: sessions written by the check-in come back as they were.
import { describe, expect, it } from 'vitest';
import { applyBackup, exportData, parseBackup } from '$lib/storage/backup';
import { Notices } from '$lib/storage/notices.svelte';
import { recordSession } from '$lib/storage/stores.svelte';
import { MemoryStorage, userStores } from '$lib/storage/testing';
import type { UserStores } from '$lib/storage/user-stores';
import { session } from './testing';

function stores(storage = new MemoryStorage()): UserStores {
	return userStores({ storage: storage.asStorage, notices: new Notices(), events: null });
}

const checkedIn = session('2026-03-29T23:30:00+01:00', {
	routineId: 'knee-build',
	routineName: "Runner's knee: build",
	durationMs: 754_000,
	pain: 6,
	effort: 'hard',
	note: 'Sore going down stairs — “ouch”.'
});
const skipped = session('2026-03-30T07:05:00+01:00', {
	routineId: 'prerun-short',
	routineName: 'Pre-run warm-up, 5 minutes',
	durationMs: 61_000,
	completed: false
});

describe('history in a backup', () => {
	it('round-trips through export, parse and replace', () => {
		const from = stores();
		recordSession(checkedIn, from.history);
		recordSession(skipped, from.history);
		const parsed = parseBackup(exportData(from, Date.parse('2026-04-01T10:00:00Z')));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.data.history).toEqual([checkedIn, skipped]);

		const storage = new MemoryStorage();
		const to = stores(storage);
		applyBackup(parsed.data, 'replace', to, { storage: storage.asStorage, now: () => 0 });
		expect(to.history.value).toEqual([checkedIn, skipped]);
		// ...and what was written reads back the same in a fresh store.
		expect(stores(storage).history.value).toEqual([checkedIn, skipped]);
	});

	it('merges by id: new sessions are added, the ones already here stay', () => {
		const here = stores();
		recordSession(checkedIn, here.history);
		const there = stores();
		recordSession(checkedIn, there.history);
		recordSession(skipped, there.history);
		const parsed = parseBackup(exportData(there));
		if (!parsed.ok) throw new Error(parsed.error);
		const outcome = applyBackup(parsed.data, 'merge', here);
		expect(outcome.history).toBe(1);
		expect(here.history.value).toEqual([checkedIn, skipped]);
	});

	it('refuses a file whose session has an impossible pain score', () => {
		const from = stores();
		recordSession(checkedIn, from.history);
		const text = exportData(from).replace('"pain": 6', '"pain": 11');
		expect(parseBackup(text)).toEqual({
			ok: false,
			error:
				'Session 1 is not valid: the knee pain score must be a whole number from 0 to 10, or null.'
		});
	});
});
