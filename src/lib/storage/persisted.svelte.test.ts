import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Notices } from './notices.svelte';
import {
	Persisted,
	backupPrefix,
	isQuotaError,
	keepCopy,
	peek,
	storageKey,
	type PersistedOptions
} from './persisted.svelte';
import { CORRUPTED_BLOB, MemoryStorage, envelope, quotaError, securityError } from './testing';

const KEY = storageKey('items');
const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);

/** Keeps the strings of an array, dropping (and reporting) anything else; not an array: invalid. */
function parseStrings(raw: unknown, problem: (m: string) => void): string[] | undefined {
	if (!Array.isArray(raw)) return undefined;
	const kept = raw.filter((x): x is string => typeof x === 'string');
	if (kept.length < raw.length) problem('dropped');
	return kept;
}

function make(
	storage: MemoryStorage,
	extra: Partial<PersistedOptions<string[]>> = {}
): { store: Persisted<string[]>; notices: Notices } {
	const notices = extra.notices ?? new Notices();
	const store = new Persisted<string[]>({
		key: 'items',
		version: 1,
		parse: parseStrings,
		fallback: [],
		storage: storage.asStorage,
		notices,
		now: () => NOW,
		label: 'items',
		plural: true,
		...extra
	});
	return { store, notices };
}

function backups(storage: MemoryStorage, name = 'items'): [string, string][] {
	return Object.entries(storage.snapshot()).filter(([key]) => key.startsWith(backupPrefix(name)));
}

describe('Persisted: reading and writing', () => {
	it('starts from the fallback when nothing is stored, and writes nothing', () => {
		const storage = new MemoryStorage();
		const { store, notices } = make(storage);
		expect(store.value).toEqual([]);
		expect(storage.snapshot()).toEqual({});
		expect(notices.list).toEqual([]);
	});

	it('writes through as a versioned envelope under a namespaced key, and reads it back', () => {
		const storage = new MemoryStorage();
		const { store } = make(storage);
		store.value = ['a'];
		store.update((list) => [...list, 'b']);
		expect(KEY).toBe('patella:items:v1');
		expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ v: 1, data: ['a', 'b'] });
		expect(make(storage).store.value).toEqual(['a', 'b']);
	});

	it('clear() removes the stored value and returns to the fallback', () => {
		const storage = new MemoryStorage({ [KEY]: envelope(['a']) });
		const { store } = make(storage);
		store.clear();
		expect(store.value).toEqual([]);
		expect(storage.getItem(KEY)).toBeNull();
	});

	it('with storage: null it keeps the value in memory, silently', () => {
		const notices = new Notices();
		const store = new Persisted({
			key: 'x',
			version: 1,
			parse: parseStrings,
			fallback: ['f'],
			storage: null,
			notices
		});
		store.value = ['m'];
		expect(store.value).toEqual(['m']);
		expect(store.available).toBe(false);
		expect(notices.list).toEqual([]);
	});

	it('refuses a key outside the namespace rules', () => {
		expect(
			() =>
				new Persisted({
					key: 'Bad Key',
					version: 1,
					parse: parseStrings,
					fallback: [],
					storage: null
				})
		).toThrow();
	});
});

describe('Persisted: corrupted values', () => {
	it('bad JSON: keeps the fallback, copies the raw text to a backup key, keeps the original, tells once', () => {
		const storage = new MemoryStorage({ [KEY]: CORRUPTED_BLOB });
		const { store, notices } = make(storage);
		expect(store.value).toEqual([]);
		expect(storage.getItem(KEY)).toBe(CORRUPTED_BLOB);
		expect(backups(storage)).toEqual([
			['patella:backup:items:2026-11-25T12:00:00.000Z', CORRUPTED_BLOB]
		]);
		expect(notices.list).toHaveLength(1);
		expect(notices.list[0]!.message).toBe(
			'Your saved items could not be read, so Patella started without them. A copy of the original is kept in Settings, under Kept copies.'
		);
	});

	it('a reload finds the same broken value: no second backup and no second notice', () => {
		const storage = new MemoryStorage({ [KEY]: CORRUPTED_BLOB });
		make(storage);
		const second = make(storage, { now: () => NOW + 60_000 });
		expect(backups(storage)).toHaveLength(1);
		expect(second.notices.list).toEqual([]);
	});

	it.each([
		['not an envelope', JSON.stringify(['a', 'b'])],
		['an envelope without data', JSON.stringify({ v: 1 })],
		['a version that is not a number', JSON.stringify({ v: '1', data: ['a'] })],
		['data the parser rejects', envelope({ not: 'a list' })],
		['JSON null', 'null']
	])('wrong shape (%s): fallback, backup, original kept', (_, raw) => {
		const storage = new MemoryStorage({ [KEY]: raw });
		const { store, notices } = make(storage);
		expect(store.value).toEqual([]);
		expect(storage.getItem(KEY)).toBe(raw);
		expect(backups(storage).map(([, v]) => v)).toEqual([raw]);
		expect(notices.list).toHaveLength(1);
	});

	it('recovers the valid items of a list, backs up the original and says some were left out', () => {
		const raw = envelope(['a', 42, 'b', { x: 1 }]);
		const storage = new MemoryStorage({ [KEY]: raw });
		const { store, notices } = make(storage);
		expect(store.value).toEqual(['a', 'b']);
		expect(storage.getItem(KEY)).toBe(raw);
		expect(backups(storage).map(([, v]) => v)).toEqual([raw]);
		expect(notices.list[0]!.message).toBe(
			'Some of your saved items could not be read and were left out (dropped). A copy of the original is kept in Settings, under Kept copies.'
		);
	});

	it('overwrites the original only once the user changes data, and the backup stays', () => {
		const storage = new MemoryStorage({ [KEY]: CORRUPTED_BLOB });
		const { store } = make(storage);
		store.value = ['new'];
		expect(storage.getItem(KEY)).toBe(envelope(['new']));
		expect(backups(storage).map(([, v]) => v)).toEqual([CORRUPTED_BLOB]);
	});

	it('when the backup cannot be written, the original is never overwritten', () => {
		const storage = new MemoryStorage({ [KEY]: CORRUPTED_BLOB });
		storage.failSet = quotaError();
		const { store, notices } = make(storage);
		store.value = ['not stored'];
		expect(store.value).toEqual([]);
		storage.failSet = null;
		// The next change may overwrite only after the backup has been written.
		store.value = ['later'];
		expect(backups(storage).map(([, v]) => v)).toEqual([CORRUPTED_BLOB]);
		expect(storage.getItem(KEY)).toBe(envelope(['later']));
		expect(notices.list.map((n) => n.id)).toEqual(['storage-unreadable:items', 'storage-full']);
	});

	it('a throwing parse is treated as unreadable, not as a crash', () => {
		const storage = new MemoryStorage({ [KEY]: envelope(['a']) });
		const { store } = make(storage, {
			parse: () => {
				throw new Error('bug');
			}
		});
		expect(store.value).toEqual([]);
		expect(backups(storage)).toHaveLength(1);
	});
});

describe('Persisted: versions', () => {
	it('a future version is not touched: fallback, backup, the user is told', () => {
		const raw = envelope(['from the future'], 2);
		const storage = new MemoryStorage({ [KEY]: raw });
		const { store, notices } = make(storage);
		expect(store.value).toEqual([]);
		expect(storage.getItem(KEY)).toBe(raw);
		expect(backups(storage).map(([, v]) => v)).toEqual([raw]);
		expect(notices.list[0]!.message).toMatch(/newer version of Patella/);
	});

	it('migrates an older version, validates it, and rewrites it only on the next change', () => {
		const raw = envelope({ names: ['a', 'b'] }, 1);
		const storage = new MemoryStorage({ [KEY]: raw });
		const calls: number[] = [];
		const { store, notices } = make(storage, {
			version: 2,
			migrate: (data, from) => {
				calls.push(from);
				return (data as { names: string[] }).names;
			}
		});
		expect(calls).toEqual([1]);
		expect(store.value).toEqual(['a', 'b']);
		expect(storage.getItem(KEY)).toBe(raw);
		expect(notices.list).toEqual([]);
		store.update((list) => [...list, 'c']);
		expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ v: 2, data: ['a', 'b', 'c'] });
	});

	it('a migration that fails or yields invalid data counts as unreadable', () => {
		const raw = envelope({ names: 'oops' }, 1);
		const storage = new MemoryStorage({ [KEY]: raw });
		const { store, notices } = make(storage, {
			version: 2,
			migrate: (data) => (data as { names: unknown }).names
		});
		expect(store.value).toEqual([]);
		expect(backups(storage).map(([, v]) => v)).toEqual([raw]);
		expect(notices.list).toHaveLength(1);
	});
});

describe('Persisted: full and unavailable storage', () => {
	it('a quota error keeps the stored data, shows what is stored, and tells every failure in one notice', () => {
		const before = envelope(['old']);
		const storage = new MemoryStorage({ [KEY]: before });
		const { store, notices } = make(storage);
		storage.failSet = quotaError();
		expect(store.update((list) => [...list, 'new'])).toBe(false);
		expect(storage.getItem(KEY)).toBe(before);
		expect(store.value).toEqual(['old']);
		expect(notices.list).toEqual([
			{
				id: 'storage-full',
				message:
					'Storage is full, so the last change to your items was not saved. Delete kept copies in Settings to free some space, or export your data there.',
				times: 1
			}
		]);
		// Dismissed, the next failure brings it back: no failed save is ever silent.
		notices.dismiss('storage-full');
		expect(store.update((list) => [...list, 'newer'])).toBe(false);
		expect(notices.list.map((n) => [n.id, n.times])).toEqual([['storage-full', 1]]);
		store.update((list) => [...list, 'again']);
		expect(notices.list.map((n) => [n.id, n.times])).toEqual([['storage-full', 2]]);
		expect(store.value).toEqual(['old']);
	});

	it('a background store tells when saving starts to fail, not at every attempt', () => {
		const storage = new MemoryStorage();
		const { store, notices } = make(storage, { background: true });
		storage.failSet = quotaError();
		store.value = ['1'];
		notices.dismiss('storage-full');
		store.value = ['2'];
		expect(notices.list).toEqual([]);
		storage.failSet = null;
		store.value = ['3'];
		storage.failSet = quotaError();
		store.value = ['4'];
		expect(notices.list.map((n) => n.id)).toEqual(['storage-full']);
	});

	it('recognises the quota errors of the main browsers', () => {
		expect(isQuotaError(quotaError())).toBe(true);
		expect(isQuotaError(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
		expect(isQuotaError(securityError())).toBe(false);
		expect(isQuotaError('QuotaExceededError')).toBe(false);
	});

	it('another setItem failure keeps what is stored, with its own notice', () => {
		const storage = new MemoryStorage();
		const { store, notices } = make(storage);
		storage.failSet = new Error('disk on fire');
		store.value = ['x'];
		expect(store.value).toEqual([]);
		expect(notices.list.map((n) => n.id)).toEqual(['storage-failed']);
	});

	it('unavailable storage: works in memory for the session, one notice for all stores', () => {
		const storage = new MemoryStorage({ [KEY]: envelope(['unreachable']) });
		storage.failGet = securityError();
		const notices = new Notices();
		const first = make(storage, { notices }).store;
		const second = make(storage, { notices, key: 'other' }).store;
		expect(first.value).toEqual([]);
		expect(first.available).toBe(false);
		first.value = ['session only'];
		second.value = ['also'];
		expect(first.value).toEqual(['session only']);
		expect(notices.list).toHaveLength(1);
		expect(notices.list[0]!.message).toMatch(/last only until you close this tab/);
		storage.failGet = null;
		expect(storage.getItem(KEY)).toBe(envelope(['unreachable']));
	});
});

describe('Persisted: other tabs', () => {
	/** Another tab writes `newValue` (or removes the key) and the browser tells this one. */
	function fromOtherTab(storage: MemoryStorage, key: string | null, newValue: string | null) {
		if (key === null) storage.clear();
		else if (newValue === null) storage.removeItem(key);
		else storage.setItem(key, newValue);
		window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
	}

	it('shows what another tab stored at once, and effects see it', () => {
		const storage = new MemoryStorage({ [KEY]: envelope(['a']) });
		const { store } = make(storage);
		const seen: string[][] = [];
		const cleanup = $effect.root(() => {
			$effect(() => {
				seen.push(store.value);
			});
		});
		flushSync();
		fromOtherTab(storage, KEY, envelope(['a', 'b']));
		flushSync();
		cleanup();
		expect(store.value).toEqual(['a', 'b']);
		expect(seen).toEqual([['a'], ['a', 'b']]);
	});

	it('never loses another tab’s change: each update applies to what is stored now', () => {
		const storage = new MemoryStorage();
		const here = make(storage).store;
		const there = make(storage).store;
		expect(here.value).toEqual([]);
		expect(there.value).toEqual([]);
		// No storage event has arrived yet: both tabs still showed the empty list.
		there.update((list) => [...list, 'from there']);
		here.update((list) => [...list, 'from here']);
		expect(JSON.parse(storage.getItem(KEY)!).data).toEqual(['from there', 'from here']);
		expect(there.value).toEqual(['from there', 'from here']);
	});

	it('listens for other tabs only while read in an effect', async () => {
		const storage = new MemoryStorage();
		const { store } = make(storage);
		const added: string[] = [];
		const removed: string[] = [];
		const add = window.addEventListener.bind(window);
		const remove = window.removeEventListener.bind(window);
		window.addEventListener = ((type: string, ...rest: never[]) => {
			added.push(type);
			return (add as (...args: unknown[]) => void)(type, ...rest);
		}) as typeof window.addEventListener;
		window.removeEventListener = ((type: string, ...rest: never[]) => {
			removed.push(type);
			return (remove as (...args: unknown[]) => void)(type, ...rest);
		}) as typeof window.removeEventListener;
		try {
			void store.value;
			expect(added).toEqual([]);
			const cleanup = $effect.root(() => {
				$effect(() => {
					void store.value;
				});
			});
			flushSync();
			expect(added).toEqual(['storage']);
			cleanup();
			await Promise.resolve();
			expect(removed).toEqual(['storage']);
		} finally {
			window.addEventListener = add;
			window.removeEventListener = remove;
		}
	});

	it('ignores other keys; an unreadable value from another tab is kept aside and told once', () => {
		const storage = new MemoryStorage({ [KEY]: envelope(['a']) });
		const { store, notices } = make(storage);
		fromOtherTab(storage, 'patella:else:v1', envelope(['z']));
		expect(store.value).toEqual(['a']);
		const future = envelope(['x'], 9);
		fromOtherTab(storage, KEY, future);
		expect(store.value).toEqual([]);
		expect(backups(storage).map(([, v]) => v)).toEqual([future]);
		expect(notices.list).toHaveLength(1);
		store.value = ['b'];
		expect(backups(storage).map(([, v]) => v)).toEqual([future]);
	});

	it('follows a removal or a clear in another tab back to the fallback', () => {
		const storage = new MemoryStorage({ [KEY]: envelope(['a']) });
		const { store } = make(storage);
		fromOtherTab(storage, KEY, null);
		expect(store.value).toEqual([]);
		fromOtherTab(storage, KEY, envelope(['b']));
		expect(store.value).toEqual(['b']);
		fromOtherTab(storage, null, null);
		expect(store.value).toEqual([]);
	});
});

describe('keepCopy', () => {
	it('writes a backup key once per distinct text', () => {
		const storage = new MemoryStorage();
		expect(keepCopy('before-import', 'data', { storage: storage.asStorage, now: () => NOW })).toBe(
			true
		);
		expect(keepCopy('before-import', 'data', { storage: storage.asStorage, now: () => NOW })).toBe(
			true
		);
		expect(keepCopy('before-import', 'other', { storage: storage.asStorage, now: () => NOW })).toBe(
			true
		);
		expect(Object.keys(storage.snapshot())).toEqual([
			'patella:backup:before-import:2026-11-25T12:00:00.000Z',
			'patella:backup:before-import:2026-11-25T12:00:00.000Z-2'
		]);
		storage.failSet = quotaError();
		expect(keepCopy('before-import', 'third', { storage: storage.asStorage })).toBe(false);
	});
});

describe('peek', () => {
	it('reads the stored data without validating it, and changes nothing', () => {
		const storage = new MemoryStorage({ [KEY]: envelope([1, 'two']) });
		const before = storage.snapshot();
		expect(peek('items', storage.asStorage)).toEqual({ stored: true, data: [1, 'two'] });
		expect(storage.snapshot()).toEqual(before);
	});

	it('tells what cannot be read from what is not there, and leaves both alone', () => {
		const storage = new MemoryStorage({ [storageKey('broken')]: CORRUPTED_BLOB });
		expect(peek('broken', storage.asStorage)).toEqual({ stored: true, data: undefined });
		expect(peek('items', storage.asStorage)).toEqual({ stored: false });
		expect(peek('items', null)).toEqual({ stored: false });
		storage.failGet = securityError();
		expect(peek('broken', storage.asStorage)).toEqual({ stored: false });
		expect(backups(storage, 'broken')).toEqual([]);
	});
});
