import { describe, expect, it } from 'vitest';
import {
	checkFormCheck,
	createFormChecks,
	deleteFormCheck,
	parseFormChecks,
	saveFormCheck,
	type FormCheckRecord
} from './form-checks.svelte';
import { memoryStore, envelope, quotaError } from './testing';

const KEY = 'patella:form-checks:v1';
const T = Date.UTC(2026, 10, 25, 12);

const check = (over: Partial<Record<keyof FormCheckRecord, unknown>> = {}) => ({
	id: 'fc-1',
	at: T,
	exercise: 'single-leg-squat',
	leg: 'left',
	angles: [2, -1.5, 16],
	caved: 1,
	...over
});

describe('a stored form check', () => {
	it('is accepted whole when every field is in range', () => {
		expect(checkFormCheck(check())).toEqual({ ok: true, value: check() });
	});

	it('is dated between the years 2000 and 2100, like every record', () => {
		for (const at of [Date.UTC(2000, 0, 1), Date.UTC(2099, 11, 31), Date.UTC(2100, 0, 1)]) {
			expect(checkFormCheck(check({ at })).ok).toBe(true);
		}
		for (const at of [Date.UTC(1999, 11, 31), Date.UTC(2100, 0, 2), 9e15, -1, NaN, '2026-11-25']) {
			expect(checkFormCheck(check({ at }))).toEqual({
				ok: false,
				error: 'its date must be between the years 2000 and 2100'
			});
		}
	});

	it('holds 1 to 200 finite angles within ±90°', () => {
		expect(checkFormCheck(check({ angles: [90, -90], caved: 1 })).ok).toBe(true);
		expect(checkFormCheck(check({ angles: Array(200).fill(0), caved: 0 })).ok).toBe(true);
		for (const angles of [[], [91], [-90.5], [Infinity], [NaN], ['5'], Array(201).fill(0), 'x']) {
			expect(checkFormCheck(check({ angles, caved: 0 }))).toMatchObject({
				ok: false,
				error: expect.stringMatching(/angles must be 1 to 200 numbers within ±90°/)
			});
		}
	});

	it('counts no more caved-in reps than it has reps, and names a known movement and leg', () => {
		expect(checkFormCheck(check({ caved: 4 })).ok).toBe(false);
		expect(checkFormCheck(check({ caved: -1 })).ok).toBe(false);
		expect(checkFormCheck(check({ caved: 0.5 })).ok).toBe(false);
		expect(checkFormCheck(check({ exercise: 'deadlift' })).ok).toBe(false);
		expect(checkFormCheck(check({ leg: 'both' })).ok).toBe(false);
		expect(checkFormCheck(check({ id: '' })).ok).toBe(false);
		expect(checkFormCheck(check({ id: '<script>' })).ok).toBe(false);
		expect(checkFormCheck(null).ok).toBe(false);
	});

	it('keeps no field it does not know', () => {
		const result = checkFormCheck({ ...check(), image: 'data:image/png;base64,AAAA' });
		expect(result.ok && 'image' in result.value).toBe(false);
	});
});

describe('the form-check store', () => {
	it('leaves bad records out with a notice, keeps the good ones and a copy of the original', () => {
		const raw = envelope([
			check(),
			check({ id: 'fc-2', at: Date.UTC(1990, 0, 1) }),
			check({ id: 'fc-3', angles: [400] }),
			check(),
			check({ id: 'fc-4', at: T + 1, leg: 'right' })
		]);
		const { storage, notices, options } = memoryStore({ [KEY]: raw });
		expect(createFormChecks(options).value.map((c) => c.id)).toEqual(['fc-1', 'fc-4']);
		expect(notices.list).toHaveLength(1);
		expect(notices.list[0]!.message).toMatch(
			/^Some of your saved form checks could not be read and were left out \(item 2: its date must be between the years 2000 and 2100, and 2 more\)\./
		);
		expect(Object.values(storage.snapshot()).filter((v) => v === raw).length).toBeGreaterThan(1);
	});

	it('starts empty from an unreadable blob, without losing it', () => {
		const { storage, notices, options } = memoryStore({ [KEY]: '{"v":1,"data":[{"id":"fc' });
		expect(createFormChecks(options).value).toEqual([]);
		expect(notices.list[0]!.message).toMatch(/saved form checks could not be read/);
		expect(Object.values(storage.snapshot())).toContain('{"v":1,"data":[{"id":"fc');
	});

	it('saves in date order, deletes one, and puts it back', () => {
		const { storage, options } = memoryStore();
		const store = createFormChecks(options);
		const later = checkFormCheck(check({ id: 'fc-2', at: T + 86_400_000 }));
		const earlier = checkFormCheck(check());
		if (!later.ok || !earlier.ok) throw new Error('fixtures must be valid');
		expect(saveFormCheck(later.value, store)).toBe(true);
		expect(saveFormCheck(earlier.value, store)).toBe(true);
		expect(store.value.map((c) => c.id)).toEqual(['fc-1', 'fc-2']);
		expect(deleteFormCheck('fc-1', store)).toBe(true);
		expect(JSON.parse(storage.getItem(KEY)!).data.map((c: FormCheckRecord) => c.id)).toEqual([
			'fc-2'
		]);
		expect(saveFormCheck(earlier.value, store)).toBe(true);
		expect(store.value.map((c) => c.id)).toEqual(['fc-1', 'fc-2']);
	});

	it('a delete that storage refused leaves the check in place and says so', () => {
		const { storage, notices, options } = memoryStore({ [KEY]: envelope([check()]) });
		const store = createFormChecks(options);
		expect(store.value).toHaveLength(1);
		storage.failSet = quotaError();
		expect(deleteFormCheck('fc-1', store)).toBe(false);
		expect(store.value).toHaveLength(1);
		expect(notices.list.map((n) => n.id)).toEqual(['storage-full']);
	});

	it('parses only a list', () => {
		expect(parseFormChecks({ 0: check() })).toBeUndefined();
		expect(parseFormChecks([check()])).toHaveLength(1);
	});
});
