import { routines } from '$lib/routines';
import { describe, expect, it } from 'vitest';
import { Notices } from './notices.svelte';
import { DEFAULT_SETTINGS } from './settings-record';
import type { StoreOptions } from './persisted.svelte';
import { hasHistory, hasSavedRoutines } from './peeks';
import {
	createHistory,
	createSettings,
	parseSettings,
	recordSession,
	changeSetting
} from './stores.svelte';
import { createMyRoutines, deleteRoutine, saveRoutine } from './my-routines.svelte';
import { MemoryStorage, envelope, session } from './testing';

const routine = routines[0]!;
function setup(items: Record<string, string> = {}) {
	const storage = new MemoryStorage(items);
	const notices = new Notices();
	const options: StoreOptions = { storage: storage.asStorage, notices, events: null };
	return { storage, notices, options };
}

describe('settings', () => {
	it('starts from the defaults', () => {
		const { options } = setup();
		expect(createSettings(options).value).toEqual({
			sound: true,
			voice: true,
			volume: 0.8,
			countdown: 3,
			defaultRest: 30,
			selfPaced: false,
			getReady: 10,
			switchSides: 5
		});
	});

	it('replaces each invalid field by its default, not the whole object, and drops unknown keys', () => {
		const { notices, options } = setup({
			'patella:settings:v1': envelope({
				sound: false,
				voice: 'yes',
				volume: 0.25,
				countdown: 4,
				defaultRest: 181,
				getReady: 600,
				switchSides: -1,
				theme: 'dark'
			})
		});
		expect(createSettings(options).value).toEqual({
			sound: false,
			voice: true,
			volume: 0.25,
			countdown: 3,
			defaultRest: 30,
			selfPaced: false,
			getReady: 10,
			switchSides: 5
		});
		expect(notices.list).toHaveLength(1);
	});

	it('two tabs changing different settings keep both changes', () => {
		const { options } = setup();
		const tabA = createSettings(options);
		const tabB = createSettings(options);
		expect(tabA.value.sound).toBe(true);
		expect(tabB.value.voice).toBe(true);
		changeSetting('sound', false, tabA);
		changeSetting('voice', false, tabB);
		expect(createSettings(options).value).toMatchObject({ sound: false, voice: false });
	});

	it('accepts every valid value, quietly', () => {
		const problems: string[] = [];
		const valid = {
			sound: false,
			voice: false,
			volume: 0,
			countdown: 5,
			defaultRest: 180,
			selfPaced: true,
			getReady: 60,
			switchSides: 3
		};
		expect(parseSettings(valid, (m) => problems.push(m))).toEqual(valid);
		expect(parseSettings({ volume: 1 }, (m) => problems.push(m))).toEqual({
			...DEFAULT_SETTINGS,
			volume: 1
		});
		expect(parseSettings([], (m) => problems.push(m))).toBeUndefined();
		expect(problems).toEqual([]);
	});
});

describe('my routines', () => {
	it('validates each routine with the routine schema and keeps the valid ones', () => {
		const broken = { ...routine, id: 'mine-2', items: [{ exercise: 'no-such-exercise' }] };
		const { notices, options } = setup({
			'patella:routines:v1': envelope([{ ...routine, id: 'mine-1' }, broken])
		});
		const store = createMyRoutines(options);
		expect(store.value.map((r) => r.id)).toEqual(['mine-1']);
		expect(notices.list).toHaveLength(1);
	});

	it('saves, replaces by id and deletes', () => {
		const { options } = setup();
		const store = createMyRoutines(options);
		saveRoutine({ ...routine, id: 'mine' }, store);
		saveRoutine({ ...routine, id: 'mine', name: 'Renamed' }, store);
		expect(store.value.map((r) => r.name)).toEqual(['Renamed']);
		expect(createMyRoutines(options).value.map((r) => r.name)).toEqual(['Renamed']);
		deleteRoutine('mine', store);
		expect(store.value).toEqual([]);
	});

	it('are seen to be there from the raw stored list, without the schema', () => {
		const { storage, options } = setup();
		expect(hasSavedRoutines(storage.asStorage)).toBe(false);
		const store = createMyRoutines(options);
		saveRoutine({ ...routine, id: 'mine' }, store);
		expect(hasSavedRoutines(storage.asStorage)).toBe(true);
		deleteRoutine('mine', store);
		expect(hasSavedRoutines(storage.asStorage)).toBe(false);
		expect(hasSavedRoutines(null)).toBe(false);
	});

	it('are taken to be there when the stored list cannot be read, so the store reports it', () => {
		const { storage } = setup();
		for (const broken of ['not json', '{"v":1,"data":[', '{"v":1,"data":{}}', '[]']) {
			storage.setItem('patella:routines:v1', broken);
			expect(hasSavedRoutines(storage.asStorage)).toBe(true);
		}
	});
});

describe('history', () => {
	it('is seen to be there from the raw stored list, and an unreadable one counts', () => {
		const { storage, options } = setup();
		expect(hasHistory(storage.asStorage)).toBe(false);
		recordSession(session(), createHistory(options));
		expect(hasHistory(storage.asStorage)).toBe(true);
		storage.setItem('patella:history:v1', 'not json');
		expect(hasHistory(storage.asStorage)).toBe(true);
		storage.setItem('patella:history:v1', '{"v":1,"data":[]}');
		expect(hasHistory(storage.asStorage)).toBe(false);
		expect(hasHistory(null)).toBe(false);
	});

	it('keeps valid sessions and drops invalid ones', () => {
		const { options } = setup({
			'patella:history:v1': envelope([
				session(),
				session({ id: 's2', pain: 11 }),
				session({ id: 's3', effort: 'brutal' as never }),
				session({ id: 's4', pain: null, effort: null, completed: false })
			])
		});
		expect(createHistory(options).value.map((s) => s.id)).toEqual(['s1', 's4']);
	});

	it('two check-ins saved in two tabs at once are both kept', () => {
		const { options } = setup();
		const tabA = createHistory(options);
		const tabB = createHistory(options);
		recordSession(session({ id: 'sa' }), tabA);
		recordSession(session({ id: 'sb' }), tabB);
		expect(tabB.value.map((s) => s.id)).toEqual(['sa', 'sb']);
		recordSession(session({ id: 'sa', pain: 3 }), tabA);
		recordSession(session({ id: 'sb', pain: 6 }), tabB);
		expect(createHistory(options).value.map((s) => [s.id, s.pain])).toEqual([
			['sa', 3],
			['sb', 6]
		]);
	});

	it('records a session', () => {
		const { options } = setup();
		const store = createHistory(options);
		recordSession(session(), store);
		recordSession(session({ id: 's2', note: '<b>not html</b>' }), store);
		expect(createHistory(options).value.map((s) => s.note)).toEqual(['', '<b>not html</b>']);
	});
});
