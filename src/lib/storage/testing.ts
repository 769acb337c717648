// Shared test fixtures for storage: an in-memory Storage that can be made to fail like a full or a
// disabled browser storage, stored blobs in the shapes tests need, and any number a record check
// must survive. Used only by tests.
import fc from 'fast-check';
import { routines } from '$lib/routines';
import { createFormChecks } from './form-checks.svelte';
import { createMyRoutines } from './my-routines.svelte';
import { createPlanStore } from './plan.svelte';
import type { UserStores } from './user-stores';
import { Notices } from './notices.svelte';
import type { Session } from './session-record';
import { createFavorites } from './favorites.svelte';
import type { StoreOptions } from './persisted.svelte';
import { TIME_RANGE } from './records';
import { createHistory, createSettings } from './stores.svelte';

/** An in-memory `Storage`. Set `failSet` or `failGet` to make it throw like a real browser would. */
export class MemoryStorage {
	#items = new Map<string, string>();
	/** Thrown by `setItem` when set (a quota error, for instance). */
	failSet: unknown = null;
	/** Thrown by `getItem` (and `key`) when set, as when storage is disabled. */
	failGet: unknown = null;

	/** Items to start with. */
	constructor(items: Record<string, string> = {}) {
		for (const [key, value] of Object.entries(items)) this.#items.set(key, value);
	}

	/** As `Storage.length`. */
	get length(): number {
		return this.#items.size;
	}

	/** As `Storage.key`. */
	key(index: number): string | null {
		if (this.failGet) throw this.failGet;
		return [...this.#items.keys()][index] ?? null;
	}

	/** As `Storage.getItem`. */
	getItem(key: string): string | null {
		if (this.failGet) throw this.failGet;
		return this.#items.get(key) ?? null;
	}

	/** As `Storage.setItem`. */
	setItem(key: string, value: string): void {
		if (this.failSet) throw this.failSet;
		this.#items.set(key, String(value));
	}

	/** As `Storage.removeItem`. */
	removeItem(key: string): void {
		this.#items.delete(key);
	}

	/** As `Storage.clear`. */
	clear(): void {
		this.#items.clear();
	}

	/** All items, for comparing before and after. */
	snapshot(): Record<string, string> {
		return Object.fromEntries(this.#items);
	}

	/** This object typed as a `Storage`, to pass where one is expected. */
	get asStorage(): Storage {
		return this as unknown as Storage;
	}
}

/** A memory storage holding `items`, and the options a store under test takes from it (no other tabs). */
export function memoryStore(items: Record<string, string> = {}): {
	storage: MemoryStorage;
	notices: Notices;
	options: StoreOptions;
} {
	const storage = new MemoryStorage(items);
	const notices = new Notices();
	return { storage, notices, options: { storage: storage.asStorage, notices, events: null } };
}

/** The six user stores on `options`, as a backup or a kept copy reads and writes them. */
export function userStores(options: StoreOptions): UserStores {
	return {
		favorites: createFavorites(options),
		routines: createMyRoutines(options),
		history: createHistory(options),
		settings: createSettings(options),
		formChecks: createFormChecks(options),
		plan: createPlanStore(options)
	};
}

/** The error a browser throws when storage is full. */
export function quotaError(): DOMException {
	return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** The error a browser throws when storage is disabled. */
export function securityError(): DOMException {
	return new DOMException('Access is denied for this document.', 'SecurityError');
}

/** A stored envelope as Persisted writes it. */
export function envelope(data: unknown, v = 1): string {
	return JSON.stringify({ v, data });
}

/** A stored value that is not JSON at all (a write cut short). */
export const CORRUPTED_BLOB = '{"v":1,"data":[{"id":"knee-foundation","at":17';

/** Any number a damaged or hand-made file could hold, edge cases included. */
export const anyNumber = fc.oneof(
	fc.double(),
	fc.integer(),
	fc.constantFrom(9e15, -1, 0, 8.64e15, 8.64e15 + 1, TIME_RANGE.min - 1, TIME_RANGE.max + 1)
);

/** A valid session record of the first built-in routine, with any field overridden. */
export function session(overrides: Partial<Session> = {}): Session {
	const routine = routines[0]!;
	return {
		id: 's1',
		routineId: routine.id,
		routineName: routine.name,
		startedAt: 1_700_000_000_000,
		durationMs: 600_000,
		completed: true,
		pain: 2,
		effort: 'right',
		note: '',
		...overrides
	};
}
