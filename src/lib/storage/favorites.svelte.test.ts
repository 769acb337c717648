import { afterEach, describe, expect, it } from 'vitest';
import { Notices } from './notices.svelte';
import { createFavorites, favorites, isFavorite, setFavorite } from './favorites.svelte';
import type { StoreOptions } from './persisted.svelte';
import { MemoryStorage, envelope, quotaError } from './testing';

const T = Date.UTC(2026, 10, 25, 12);

function setup(items: Record<string, string> = {}) {
	const storage = new MemoryStorage(items);
	const notices = new Notices();
	const options: StoreOptions = { storage: storage.asStorage, notices, events: null };
	return { storage, notices, options };
}

afterEach(() => localStorage.clear());

describe('favorites', () => {
	it('sets and removes a bookmark with its time, and writes it through', () => {
		const { storage, options } = setup();
		const store = createFavorites(options);
		expect(setFavorite('knee-build', true, store, T)).toBe(true);
		expect(isFavorite('knee-build', store)).toBe(true);
		expect(storage.getItem('patella:favorites:v1')).toBe(envelope([{ id: 'knee-build', at: T }]));
		expect(setFavorite('knee-build', false, store, T + 1)).toBe(true);
		expect(isFavorite('knee-build', store)).toBe(false);
	});

	it('two tabs bookmarking at once keep both bookmarks', () => {
		const { storage, options } = setup();
		const tabA = createFavorites(options);
		const tabB = createFavorites(options);
		expect(tabA.value).toEqual([]);
		expect(tabB.value).toEqual([]);
		setFavorite('knee-build', true, tabA, T);
		setFavorite('knee-foundation', true, tabB, T);
		expect(JSON.parse(storage.getItem('patella:favorites:v1')!).data).toHaveLength(2);
		expect(tabA.value.map((f) => f.id)).toEqual(['knee-build', 'knee-foundation']);
	});

	it('a bookmark storage refused never shows as set', () => {
		const { storage, notices, options } = setup();
		const store = createFavorites(options);
		storage.failSet = quotaError();
		expect(setFavorite('knee-build', true, store, T)).toBe(false);
		expect(isFavorite('knee-build', store)).toBe(false);
		expect(notices.list.map((n) => n.id)).toEqual(['storage-full']);
	});

	it('keeps valid bookmarks, drops invalid and repeated ones, backs the original up', () => {
		const raw = envelope([
			{ id: 'a', at: T, extra: 'dropped' },
			{ id: '', at: T },
			{ id: 'b', at: 'yesterday' },
			{ id: 'c', at: 9e15 },
			{ id: 'a', at: T + 1 },
			'c'
		]);
		const { storage, notices, options } = setup({ 'patella:favorites:v1': raw });
		expect(createFavorites(options).value).toEqual([{ id: 'a', at: T }]);
		expect(Object.values(storage.snapshot()).filter((v) => v === raw)).toHaveLength(2);
		expect(notices.list[0]!.message).toMatch(
			/^Some of your saved bookmarks could not be read and were left out \(item 2: its routine id must be non-empty text, and 4 more\)\./
		);
	});

	it('is one instance in the browser, on window.localStorage', () => {
		setFavorite('knee-foundation', true, favorites, T);
		expect(localStorage.getItem('patella:favorites:v1')).toBe(
			envelope([{ id: 'knee-foundation', at: T }])
		);
	});
});
