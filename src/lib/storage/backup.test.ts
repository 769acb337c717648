import { routines } from '$lib/routines';
import { describe, expect, it } from 'vitest';
import { applyBackup, exportData, parseBackup, describeBackup, type BackupData } from './backup';
import { DEFAULT_SETTINGS } from './settings-record';
import { plan } from '$lib/plan/testing';
import { createFavorites } from './favorites.svelte';
import type { FormCheckRecord } from './form-checks.svelte';
import { memoryStore, userStores, session } from './testing';

/** A valid time, `n` ms into 2026. */
const at = (n: number) => Date.UTC(2026, 0, 1) + n;

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const routine = { ...routines[0]!, id: 'mine' };
const formCheck = (id: string, n: number): FormCheckRecord => ({
	id,
	at: at(n),
	exercise: 'single-leg-squat',
	leg: 'left',
	angles: [2, -1.5, 16],
	caved: 1
});

function setup() {
	const { storage, options } = memoryStore();
	const stores = userStores(options);
	return { storage, stores };
}

/** A valid backup file as an object, to break in one place per test. */
function file(): Record<string, unknown> {
	return {
		app: 'patella',
		version: 1,
		exportedAt: new Date(NOW).toISOString(),
		favorites: [{ id: 'knee-build', at: at(10) }],
		routines: [routine],
		history: [session()],
		settings: { ...DEFAULT_SETTINGS, volume: 0.5 },
		formChecks: [formCheck('fc-1', 20)],
		plan: plan()
	};
}

function withChange(change: (f: Record<string, unknown>) => void): string {
	const f = file();
	change(f);
	return JSON.stringify(f);
}

describe('export', () => {
	it('writes one versioned file of all user data that reads back as the same data', () => {
		const { stores } = setup();
		stores.favorites.value = [{ id: 'knee-build', at: at(10) }];
		stores.routines.value = [routine];
		stores.history.value = [session()];
		stores.formChecks.value = [formCheck('fc-1', 20)];
		stores.plan.value = plan();
		const text = exportData(stores, NOW);
		const raw = JSON.parse(text);
		expect(Object.keys(raw)).toEqual([
			'app',
			'version',
			'exportedAt',
			'favorites',
			'routines',
			'history',
			'settings',
			'formChecks',
			'plan'
		]);
		expect(raw).toMatchObject({
			app: 'patella',
			version: 1,
			exportedAt: '2026-11-25T12:00:00.000Z'
		});
		const parsed = parseBackup(text);
		expect(parsed).toEqual({
			ok: true,
			data: {
				exportedAt: '2026-11-25T12:00:00.000Z',
				favorites: stores.favorites.value,
				routines: stores.routines.value,
				history: stores.history.value,
				settings: stores.settings.value,
				formChecks: stores.formChecks.value,
				plan: stores.plan.value
			}
		});
	});

	it('writes no plan as null, which reads back as no plan', () => {
		const { stores } = setup();
		const parsed = parseBackup(exportData(stores, NOW));
		expect(parsed.ok && parsed.data.plan).toBeNull();
		expect(parsed.ok && parsed.data.formChecks).toEqual([]);
	});
});

describe('parseBackup: bad files give one clear sentence and change nothing', () => {
	const valid = JSON.stringify(file());
	const deep = withChange((f) => {
		let nest: unknown = 'x';
		for (let i = 0; i < 40; i++) nest = [nest];
		(f.settings as Record<string, unknown>).deep = nest;
	});
	const cases: [string, string, RegExp][] = [
		['an empty file', '', /empty/],
		['only spaces', '  \n ', /empty/],
		['a truncated file', valid.slice(0, valid.length / 2), /not valid JSON/],
		['plain text', 'hello, runner', /not valid JSON/],
		['a JSON list', '[1, 2, 3]', /not a Patella backup/],
		['JSON null', 'null', /not a Patella backup/],
		['another app', withChange((f) => (f.app = 'strava')), /another app/],
		['no app at all', withChange((f) => delete f.app), /another app/],
		['a version as text', withChange((f) => (f.version = '1')), /version/],
		['a version of 0', withChange((f) => (f.version = 0)), /version/],
		['a future version', withChange((f) => (f.version = 2)), /newer version of Patella/],
		['an invalid export date', withChange((f) => (f.exportedAt = 'last tuesday')), /export date/],
		[
			'bookmarks as an object',
			withChange((f) => (f.favorites = { a: 1 })),
			/bookmarks must be a list/
		],
		['missing bookmarks', withChange((f) => delete f.favorites), /bookmarks must be a list/],
		[
			'a bookmark time as text',
			withChange((f) => (f.favorites = [{ id: 'a', at: 'yesterday' }])),
			/^Bookmark 1 is not valid: its time/
		],
		['routines as text', withChange((f) => (f.routines = 'many')), /routines must be a list/],
		[
			'a routine with an unknown exercise',
			withChange((f) => (f.routines = [{ ...routine, items: [{ exercise: 'moonwalk' }] }])),
			/^Routine 1 \(".+"\) is not valid: .*not in the exercise library/
		],
		[
			'reps given as text',
			withChange(
				(f) => (f.routines = [{ ...routine, items: [{ exercise: 'clamshell', reps: '12' }] }])
			),
			/^Routine 1 .*reps must be a number/
		],
		[
			'a routine name too long',
			withChange((f) => (f.routines = [{ ...routine, name: 'x'.repeat(81) }])),
			/at most 80 characters/
		],
		[
			'a routine that is a number',
			withChange((f) => (f.routines = [42])),
			/^Routine 1 is not valid/
		],
		[
			'a knee pain score of 11',
			withChange((f) => (f.history = [session({ pain: 11 })])),
			/^Session 1 is not valid: the knee pain score/
		],
		[
			'a note of 2001 characters',
			withChange((f) => (f.history = [session({ note: 'n'.repeat(2001) })])),
			/note is longer than 2000 characters/
		],
		[
			'a session id with spaces',
			withChange((f) => (f.history = [session({ id: 'a b' })])),
			/^Session 1 is not valid: its id/
		],
		['settings as a list', withChange((f) => (f.settings = [])), /settings must be an object/],
		[
			'form checks as text',
			withChange((f) => (f.formChecks = 'some')),
			/form checks must be a list/
		],
		[
			'a form check dated 1999',
			withChange((f) => (f.formChecks = [{ ...formCheck('a', 0), at: Date.UTC(1999, 0, 1) }])),
			/^Form check 1 is not valid: its date must be between the years 2000 and 2100/
		],
		[
			'a form check angle of 400°',
			withChange((f) => (f.formChecks = [{ ...formCheck('a', 0), angles: [400] }])),
			/^Form check 1 is not valid: its angles/
		],
		['a plan as text', withChange((f) => (f.plan = 'run more')), /plan is not valid/],
		[
			'a plan with no stages moved through',
			withChange((f) => (f.plan = { ...plan(), moves: [] })),
			/plan is not valid/
		],
		[
			'a plan created in 1970',
			withChange((f) => (f.plan = { ...plan(), createdAt: 0 })),
			/plan is not valid/
		],
		[
			'a volume of 3',
			withChange((f) => (f.settings = { volume: 3 })),
			/settings are not valid: volume must be a number from 0 to 1/
		],
		[
			'a file over 5 MB',
			withChange((f) => (f.padding = 'x'.repeat(5 * 1024 * 1024))),
			/larger than 5 MB/
		],
		[
			'a __proto__ key at the top',
			valid.replace('{', '{"__proto__":{"polluted":true},'),
			/forbidden key "__proto__"/
		],
		[
			'a constructor key inside a routine',
			withChange(
				(f) => (f.routines = [{ ...routine, constructor: { prototype: { polluted: true } } }])
			),
			/forbidden key "constructor"/
		],
		[
			'a prototype key in the settings',
			withChange((f) => (f.settings = { prototype: { polluted: true } })),
			/forbidden key "prototype"/
		],
		['nesting 40 levels deep', deep, /nested too deeply/]
	];

	it.each(cases)('%s', (_, text, expected) => {
		const { storage, stores } = setup();
		stores.favorites.value = [{ id: 'kept', at: at(1) }];
		const before = storage.snapshot();
		const result = parseBackup(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error).toMatch(expected);
		// One sentence: a capital, a full stop at the end, and no line breaks.
		expect(result.error).toMatch(/^[A-Z][^\n]*\.$/);
		expect(storage.snapshot()).toEqual(before);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses a value that is not text', () => {
		expect(parseBackup(undefined)).toEqual({ ok: false, error: 'The file is empty.' });
	});
});

describe('parseBackup: what a valid file keeps', () => {
	it('keeps script tags in names as plain text', () => {
		const name = '<script>alert("knee")</script>';
		const result = parseBackup(
			withChange((f) => {
				f.routines = [{ ...routine, name }];
				f.history = [session({ routineName: name, note: '<img src=x onerror=alert(1)>' })];
			})
		);
		expect(result.ok && result.data.routines[0]!.name).toBe(name);
		expect(result.ok && result.data.history[0]!.note).toBe('<img src=x onerror=alert(1)>');
	});

	it('drops unknown keys everywhere and fills missing settings with defaults', () => {
		const result = parseBackup(
			withChange((f) => {
				f.extra = 'ignored';
				f.favorites = [{ id: 'a', at: at(1), colour: 'red' }];
				f.history = [{ ...session(), mood: 'great' }];
				f.settings = { voice: false, theme: 'dark' };
			})
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.data).not.toHaveProperty('extra');
		expect(result.data.favorites).toEqual([{ id: 'a', at: at(1) }]);
		expect(result.data.history[0]).not.toHaveProperty('mood');
		expect(result.data.settings).toEqual({ ...DEFAULT_SETTINGS, voice: false });
	});

	it('summarizes what the file holds in one sentence', () => {
		const result = parseBackup(
			withChange((f) => {
				f.history = [session(), session({ id: 's2' })];
				f.formChecks = [];
				f.plan = null;
			})
		);
		expect(result.ok && describeBackup(result.data)).toBe(
			'This file holds 1 routine, 2 sessions, 1 bookmark and your settings, exported on 25 November 2026.'
		);
		const empty: BackupData = {
			exportedAt: null,
			favorites: [],
			routines: [],
			history: [],
			settings: { ...DEFAULT_SETTINGS },
			formChecks: [],
			plan: null
		};
		expect(describeBackup(empty)).toBe(
			'This file holds 0 routines, 0 sessions, 0 bookmarks and your settings.'
		);
		const all = parseBackup(JSON.stringify(file()));
		expect(all.ok && describeBackup(all.data)).toBe(
			'This file holds 1 routine, 1 session, 1 bookmark, 1 form check, a plan and your settings, exported on 25 November 2026.'
		);
	});
});

describe('applyBackup', () => {
	function imported(): BackupData {
		return {
			exportedAt: null,
			favorites: [
				{ id: 'b', at: at(9) },
				{ id: 'c', at: at(3) },
				{ id: 'd', at: at(1) }
			],
			routines: [
				{ ...routine, id: 'same' },
				{ ...routine, id: 'changed', name: 'Theirs' },
				{ ...routine, id: 'new' }
			],
			history: [
				session({ id: 's1', note: 'older copy', startedAt: 1_600_000_000_000 }),
				session({ id: 's9' })
			],
			settings: { ...DEFAULT_SETTINGS, volume: 0.1 },
			formChecks: [formCheck('fc-1', 30), formCheck('fc-0', 1)],
			plan: plan()
		};
	}

	function filled() {
		const context = setup();
		const { stores } = context;
		stores.favorites.value = [
			{ id: 'a', at: at(1) },
			{ id: 'b', at: at(5) },
			{ id: 'd', at: at(4) }
		];
		stores.routines.value = [
			{ ...routine, id: 'same' },
			{ ...routine, id: 'changed', name: 'Mine' }
		];
		stores.history.value = [session({ id: 's1', note: 'mine' })];
		stores.settings.value = { ...DEFAULT_SETTINGS, volume: 0.6 };
		stores.formChecks.value = [formCheck('fc-1', 20)];
		return context;
	}

	it('merge: union by id, the newer wins, a changed routine is added as a copy, settings stay', () => {
		const { storage, stores } = filled();
		const outcome = applyBackup(imported(), 'merge', stores, { storage: storage.asStorage });
		expect(stores.favorites.value).toEqual([
			{ id: 'a', at: at(1) },
			{ id: 'b', at: at(9) },
			{ id: 'd', at: at(4) },
			{ id: 'c', at: at(3) }
		]);
		expect(stores.routines.value.map((r) => [r.id, r.name])).toEqual([
			['same', routine.name],
			['changed', 'Mine'],
			['changed-2', 'Theirs (imported)'],
			['new', routine.name]
		]);
		expect(stores.history.value.map((s) => [s.id, s.note])).toEqual([
			['s1', 'mine'],
			['s9', '']
		]);
		expect(stores.settings.value.volume).toBe(0.6);
		// A saved form check never changes: the one here stays, the new one comes in date order.
		expect(stores.formChecks.value).toEqual([formCheck('fc-0', 1), formCheck('fc-1', 20)]);
		// There was no plan here: the file's becomes the plan.
		expect(stores.plan.value).toEqual(plan());
		expect(outcome).toEqual({
			favorites: 2,
			routines: 2,
			history: 1,
			formChecks: 1,
			plan: true,
			copyKept: false,
			saved: true
		});
		// Written through: a fresh read of storage sees the merge.
		const reread = createFavorites({ storage: storage.asStorage, events: null });
		expect(reread.value).toEqual(stores.favorites.value);
	});

	it('replace: the file becomes the data, after a copy of the old data is kept', () => {
		const { storage, stores } = filled();
		const before = exportData(stores, NOW);
		const outcome = applyBackup(imported(), 'replace', stores, {
			storage: storage.asStorage,
			now: () => NOW
		});
		expect(outcome.copyKept).toBe(true);
		expect(stores.favorites.value).toEqual(imported().favorites);
		expect(stores.routines.value.map((r) => r.id)).toEqual(['same', 'changed', 'new']);
		expect(stores.history.value.map((s) => s.id)).toEqual(['s1', 's9']);
		expect(stores.settings.value.volume).toBe(0.1);
		expect(stores.formChecks.value).toEqual(imported().formChecks);
		expect(stores.plan.value).toEqual(plan());
		expect(storage.getItem('patella:backup:before-import:2026-11-25T12:00:00.000Z')).toBe(before);
	});

	it('merge keeps the plan here; a file from before plans and form checks leaves them as they are', () => {
		const { storage, stores } = filled();
		const mine = { ...plan(), createdAt: at(500) };
		stores.plan.value = mine;
		const merged = applyBackup(imported(), 'merge', stores, { storage: storage.asStorage });
		expect(merged.plan).toBe(false);
		expect(stores.plan.value).toEqual(mine);

		const older = parseBackup(
			withChange((f) => {
				delete f.formChecks;
				delete f.plan;
			})
		);
		expect(older.ok).toBe(true);
		if (!older.ok) return;
		expect(older.data.formChecks).toBeUndefined();
		expect(older.data.plan).toBeUndefined();
		const replaced = applyBackup(older.data, 'replace', stores, { storage: storage.asStorage });
		expect(replaced.saved).toBe(true);
		expect(stores.plan.value).toEqual(mine);
		expect(stores.formChecks.value.map((c) => c.id)).toEqual(['fc-0', 'fc-1']);
		expect(stores.history.value.map((s) => s.id)).toEqual(['s1']);
	});

	it('an export imported into an empty app restores everything', () => {
		const source = filled();
		const text = exportData(source.stores, NOW);
		const target = setup();
		const result = parseBackup(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		applyBackup(result.data, 'replace', target.stores, { storage: target.storage.asStorage });
		expect(exportData(target.stores, NOW)).toBe(text);
	});
});
