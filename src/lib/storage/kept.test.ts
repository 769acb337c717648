import { describe, expect, it } from 'vitest';
import { routines } from '$lib/routines';
import { applyBackup, exportData, parseBackup } from './backup';
import { deleteKept, keptText, listKept, restoreKept } from './kept';
import { keepCopy } from './persisted.svelte';
import { memoryStore, userStores, envelope, quotaError, session } from './testing';

const NOW = Date.UTC(2026, 11, 1, 15, 30);
const T = Date.UTC(2026, 10, 1);

function setup(items: Record<string, string> = {}) {
	const { storage, options } = memoryStore(items);
	const stores = userStores(options);
	return { storage, stores };
}

describe('kept copies', () => {
	it('lists the data an import replaced, with its date and contents, and restores it', () => {
		const { storage, stores } = setup();
		stores.favorites.value = [{ id: 'knee-build', at: T }];
		stores.history.value = [session()];
		const file = parseBackup(
			JSON.stringify({
				app: 'patella',
				version: 1,
				favorites: [],
				routines: [],
				history: [],
				settings: {}
			})
		);
		if (!file.ok) throw new Error(file.error);
		applyBackup(file.data, 'replace', stores, { storage: storage.asStorage, now: () => NOW });
		expect(stores.history.value).toEqual([]);

		const [copy, ...rest] = listKept(storage.asStorage);
		expect(rest).toEqual([]);
		expect(copy).toMatchObject({
			name: 'before-import',
			at: NOW,
			title: 'Your data before a Replace',
			contents: 'It holds 0 routines, 1 session, 1 bookmark and your settings.',
			restorable: true
		});
		expect(restoreKept(copy!.key, storage.asStorage, stores, () => NOW + 1000)).toEqual({
			ok: true,
			message: 'Restored: your data is now the copy’s. What you had is kept as a new copy.'
		});
		expect(stores.history.value).toEqual([session()]);
		expect(stores.favorites.value).toEqual([{ id: 'knee-build', at: T }]);
		expect(listKept(storage.asStorage).map((c) => c.at)).toEqual([NOW + 1000, NOW]);
	});

	it('restores the readable part of damaged history, next to what is there now', () => {
		const damaged = envelope([session({ id: 's-old' }), session({ id: 's-far', startedAt: 9e15 })]);
		const { storage, stores } = setup({ 'patella:history:v1': damaged });
		expect(stores.history.value.map((s) => s.id)).toEqual(['s-old']);
		stores.history.update(() => [session({ id: 's-new' })]);
		const [copy] = listKept(storage.asStorage);
		expect(copy).toMatchObject({
			name: 'history',
			title: 'Damaged session history',
			contents: 'It holds 1 readable session; 1 entry cannot be read.',
			restorable: true
		});
		expect(keptText(copy!.key, storage.asStorage)).toBe(damaged);
		expect(restoreKept(copy!.key, storage.asStorage, stores)).toEqual({
			ok: true,
			message: 'Restored 1 entry; what you had is still here.'
		});
		expect(stores.history.value.map((s) => s.id)).toEqual(['s-new', 's-old']);
	});

	it('offers only Download for what this version cannot read, and deletes on request', () => {
		const future = envelope([{ id: 'x', at: T }], 7);
		const { storage } = setup({ 'patella:backup:favorites:2026-11-30T08:00:00.000Z': future });
		const [copy] = listKept(storage.asStorage);
		expect(copy).toMatchObject({ restorable: false, at: Date.UTC(2026, 10, 30, 8) });
		expect(copy!.contents).toMatch(/newer version of Patella/);
		expect(restoreKept(copy!.key, storage.asStorage).ok).toBe(false);
		expect(deleteKept(copy!.key, storage.asStorage)).toBe(true);
		expect(listKept(storage.asStorage)).toEqual([]);
		expect(deleteKept('patella:favorites:v1', storage.asStorage)).toBe(false);
	});

	it('names a damaged plan and damaged form checks, and restores the readable form checks', () => {
		const check = {
			id: 'fc-1',
			at: T,
			exercise: 'single-leg-squat',
			leg: 'left',
			angles: [3, 9],
			caved: 0
		};
		const { storage, stores } = setup({
			'patella:backup:plan:2026-11-30T08:00:00.000Z': envelope({ triage: 'broken' }),
			'patella:backup:form-checks:2026-11-30T09:00:00.000Z': envelope([
				check,
				{ ...check, id: 'fc-2', angles: [400] }
			])
		});
		const copies = listKept(storage.asStorage);
		const plan = copies.find((c) => c.name === 'plan')!;
		const checks = copies.find((c) => c.name === 'form-checks')!;
		expect(plan).toMatchObject({ title: 'Damaged plan', restorable: false });
		expect(checks).toMatchObject({
			title: 'Damaged form checks',
			contents: 'It holds 1 readable form check; 1 entry cannot be read.',
			restorable: true
		});
		expect(restoreKept(checks.key, storage.asStorage, stores)).toEqual({
			ok: true,
			message: 'Restored 1 entry; what you had is still here.'
		});
		expect(stores.formChecks.value).toEqual([check]);
		expect(restoreKept(plan.key, storage.asStorage, stores).ok).toBe(false);
	});

	it('brings back a deleted routine', () => {
		const { storage, stores } = setup();
		const routine = { ...routines[0]!, id: 'mine', name: 'Mine' };
		keepCopy('deleted-routine', JSON.stringify(routine), {
			storage: storage.asStorage,
			now: () => NOW
		});
		const [copy] = listKept(storage.asStorage);
		expect(copy).toMatchObject({
			title: 'A deleted routine',
			contents: 'It holds the routine “Mine”.'
		});
		expect(restoreKept(copy!.key, storage.asStorage, stores)).toMatchObject({ ok: true });
		expect(stores.routines.value.map((r) => r.id)).toEqual(['mine']);
	});

	it('says so when storage refuses a restore, and changes nothing', () => {
		const { storage, stores } = setup();
		keepCopy('before-import', exportData({ ...stores }, NOW), {
			storage: storage.asStorage,
			now: () => NOW
		});
		stores.favorites.value = [{ id: 'knee-build', at: T }];
		storage.failSet = quotaError();
		const [copy] = listKept(storage.asStorage);
		expect(restoreKept(copy!.key, storage.asStorage, stores).ok).toBe(false);
		expect(stores.favorites.value).toEqual([{ id: 'knee-build', at: T }]);
	});
});
