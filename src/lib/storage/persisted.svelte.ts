// The one module that touches localStorage. A `Persisted<T>` is a value that survives reloads:
// read once and validated, written through on every change, kept in step with other tabs, and never
// allowed to break the app or to lose what the runner saved.
import { browser } from '$app/environment';
import { notices as appNotices, Notices } from './notices.svelte';

/** Every key Patella writes starts with this. */
export const NAMESPACE = 'patella';

// The layout of keys. The schema version of the data itself lives inside the stored envelope.
const LAYOUT = 'v1';
const NAME = /^[a-z0-9][a-z0-9-]*(:[a-z0-9][a-z0-9-]*)*$/;

/** The key a value named `name` is stored under: `patella:<name>:v1`. */
export function storageKey(name: string): string {
	return `${NAMESPACE}:${name}:${LAYOUT}`;
}

/** The start of every backup key for `name`; a backup is `patella:backup:<name>:<ISO time>`. */
export function backupPrefix(name: string): string {
	return `${NAMESPACE}:backup:${name}:`;
}

/** Reports a problem found while parsing (an item dropped, a field reset) without failing. */
export type Problem = (message: string) => void;

/** How a `Persisted` is set up. Only `key`, `version`, `parse` and `fallback` are required. */
export interface PersistedOptions<T> {
	/** A short name, lowercase letters, digits and dashes (`favorites`); stored as `patella:<key>:v1`. */
	key: string;
	/** The schema version written with the data; older stored versions go through `migrate`. */
	version: number;
	/** Validates stored data: the value, or undefined when it is unusable. Call `problem` when part
	 *  of it was dropped or reset, so the original is kept under a backup key and the user told. */
	parse: (raw: unknown, problem: Problem) => T | undefined;
	/** The value when nothing usable is stored. */
	fallback: T;
	/** Where to store; default `window.localStorage` in the browser. `null`: memory only, silently. */
	storage?: Storage | null;
	/** Turns data written by an older schema version into something `parse` accepts. */
	migrate?: (raw: unknown, fromVersion: number) => unknown;
	/** What the user calls this data in a notice, such as "bookmarks"; default the key. */
	label?: string;
	/** Where problems are reported; default the app's `notices` (in the browser only). */
	notices?: Notices;
	/** Where `storage` events arrive from other tabs; default `window`. `null`: no cross-tab sync. */
	events?: EventTarget | null;
	/** The clock for backup keys; default `Date.now`. */
	now?: () => number;
}

/** Whether a `setItem` failure means the storage quota is used up (named differently per browser). */
export function isQuotaError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const { name, code } = error as { name?: unknown; code?: unknown };
	return (
		name === 'QuotaExceededError' ||
		name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		code === 22 ||
		code === 1014
	);
}

type Decoded<T> =
	| { kind: 'empty' }
	| { kind: 'ok'; value: T }
	| { kind: 'recovered'; value: T }
	| { kind: 'broken'; future: boolean };

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a stored string: envelope, version, migration, then the caller's validation. */
function decode<T>(raw: string | null, options: PersistedOptions<T>): Decoded<T> {
	if (raw === null) return { kind: 'empty' };
	let envelope: unknown;
	try {
		envelope = JSON.parse(raw);
	} catch {
		return { kind: 'broken', future: false };
	}
	if (!isRecord(envelope) || !('data' in envelope)) return { kind: 'broken', future: false };
	const version = envelope.v;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { kind: 'broken', future: false };
	}
	if (version > options.version) return { kind: 'broken', future: true };
	let lossy = false;
	try {
		let data = envelope.data;
		if (version < options.version && options.migrate) data = options.migrate(data, version);
		const value = options.parse(data, () => (lossy = true));
		if (value === undefined) return { kind: 'broken', future: false };
		return lossy ? { kind: 'recovered', value } : { kind: 'ok', value };
	} catch {
		// A migration or parse that throws is a bug or a value it cannot handle: treat as unreadable.
		return { kind: 'broken', future: false };
	}
}

type Kept = 'new' | 'exists' | 'failed';

/** Writes `text` to a fresh backup key for `name`, unless an identical backup is already there. */
function writeBackup(storage: Storage, name: string, text: string, now: number): Kept {
	const prefix = backupPrefix(name);
	try {
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key?.startsWith(prefix) && storage.getItem(key) === text) return 'exists';
		}
		const stamp = new Date(now).toISOString();
		let key = prefix + stamp;
		for (let n = 2; storage.getItem(key) !== null; n++) key = `${prefix}${stamp}-${n}`;
		storage.setItem(key, text);
		return 'new';
	} catch {
		return 'failed';
	}
}

/** What the browser gives us: a storage, or none (server: silently; browser: unavailable). */
function browserStorage(): { storage: Storage | null; available: boolean } {
	if (!browser || typeof window === 'undefined') return { storage: null, available: true };
	try {
		const storage = window.localStorage;
		return storage ? { storage, available: true } : { storage: null, available: false };
	} catch {
		// Reading `localStorage` throws a SecurityError when the user has turned storage off.
		return { storage: null, available: false };
	}
}

/**
 * Keeps `text` under a backup key `patella:backup:<name>:<ISO time>` (for instance the data about to
 * be replaced by an import). Returns false when it could not be written.
 */
export function keepCopy(
	name: string,
	text: string,
	options: { storage?: Storage | null; now?: () => number } = {}
): boolean {
	const storage = options.storage === undefined ? browserStorage().storage : options.storage;
	if (!storage) return false;
	return writeBackup(storage, name, text, (options.now ?? Date.now)()) !== 'failed';
}

/** What `peek` saw: nothing stored, or something, with its data when it could be read. */
export type Peeked = { stored: false } | { stored: true; data: unknown };

/**
 * A quick look at what is stored under `patella:<name>:v1`, unvalidated and without side effects
 * (no notice, no backup), to decide whether to load the code that reads it properly. `data` is
 * undefined when what is stored cannot be read; storage that is unavailable holds nothing.
 */
export function peek(name: string, storage: Storage | null = browserStorage().storage): Peeked {
	let raw: string | null;
	try {
		raw = storage?.getItem(storageKey(name)) ?? null;
	} catch {
		return { stored: false };
	}
	if (raw === null) return { stored: false };
	try {
		const envelope: unknown = JSON.parse(raw);
		return { stored: true, data: isRecord(envelope) ? envelope.data : undefined };
	} catch {
		return { stored: true, data: undefined };
	}
}

const MESSAGES = {
	unavailable:
		'Your browser is not letting Patella save anything (private browsing or storage turned off). Everything works, but your changes last only until you close this tab.',
	full: 'Storage is full: your last change is kept on this screen only. Export your data in Settings, then free some space.',
	failed:
		'Patella could not save your last change: it is kept on this screen only. Export your data in Settings to keep it.'
};

/**
 * A value kept in localStorage as `{ "v": <version>, "data": ... }` under `patella:<key>:v1`.
 * Read `.value` anywhere (it is `$state.raw`: replace it, do not mutate it); setting it writes through.
 * Unreadable stored data is kept under a backup key and never overwritten until the user changes
 * something; problems are reported once to `notices`. Call `destroy()` to stop following other tabs.
 *
 * It follows other tabs for its whole life rather than only while read in an effect (as a
 * `createSubscriber` design would): an unwatched value would go stale, and its next write would
 * silently overwrite what another tab saved.
 */
export class Persisted<T> {
	/** The full storage key, `patella:<name>:v1`. */
	readonly key: string;
	#value: T = $state.raw(undefined as T);
	#options: PersistedOptions<T>;
	#storage: Storage | null;
	#available: boolean;
	#notices: Notices;
	#label: string;
	#now: () => number;
	/** Unreadable stored text not yet safely copied to a backup key: copied before any overwrite. */
	#pendingBackup: string | null = null;
	#events: EventTarget | null;

	constructor(options: PersistedOptions<T>) {
		if (!NAME.test(options.key)) throw new Error(`Persisted: invalid key "${options.key}"`);
		if (!Number.isInteger(options.version) || options.version < 1) {
			throw new Error(`Persisted: invalid version ${options.version}`);
		}
		this.#options = options;
		this.key = storageKey(options.key);
		this.#label = options.label ?? options.key;
		this.#now = options.now ?? Date.now;
		// Only the browser reports into the app-wide list: a prerender must not write module state.
		this.#notices = options.notices ?? (browser ? appNotices : new Notices());
		const found =
			options.storage === undefined
				? browserStorage()
				: { storage: options.storage, available: true };
		this.#storage = found.storage;
		this.#available = found.available;

		let raw: string | null = null;
		if (this.#storage) {
			try {
				raw = this.#storage.getItem(this.key);
			} catch {
				this.#available = false;
			}
		}
		if (!this.#available) this.#notices.report('storage-unavailable', MESSAGES.unavailable);

		const decoded = decode(raw, options);
		this.#value =
			decoded.kind === 'ok' || decoded.kind === 'recovered' ? decoded.value : options.fallback;
		if (raw !== null && (decoded.kind === 'recovered' || decoded.kind === 'broken')) {
			this.#keepBroken(
				raw,
				decoded.kind === 'broken' && decoded.future,
				decoded.kind === 'recovered'
			);
		}

		this.#events =
			options.events === undefined
				? browser && typeof window !== 'undefined'
					? window
					: null
				: options.events;
		this.#events?.addEventListener('storage', this.#onStorage);
	}

	/** The current value: what is stored, or the fallback. */
	get value(): T {
		return this.#value;
	}

	/** Replaces the value and writes it through to storage. */
	set value(value: T) {
		this.#value = value;
		this.#write(value);
	}

	/** Whether changes are being saved (false: storage is unavailable, memory only). */
	get available(): boolean {
		return this.#available && this.#storage !== null;
	}

	/** Replaces the value with `fn(current)` and writes it through. */
	update(fn: (current: T) => T): void {
		this.value = fn(this.#value);
	}

	/** Removes the stored value (an unreadable one is backed up first) and returns to the fallback. */
	clear(): void {
		this.#value = this.#options.fallback;
		if (!this.#storage || !this.#available || !this.#flushBackup()) return;
		try {
			this.#storage.removeItem(this.key);
		} catch {
			// Nothing was removed, so nothing is lost; the fallback holds for this session.
		}
	}

	/** Stops following changes from other tabs. */
	destroy(): void {
		this.#events?.removeEventListener('storage', this.#onStorage);
	}

	#onStorage = (event: Event): void => {
		const { key, newValue, storageArea } = event as StorageEvent;
		if (key !== null && key !== this.key) return;
		if (storageArea && this.#storage && storageArea !== this.#storage) return;
		if (key === null || newValue === null) {
			this.#value = this.#options.fallback;
			return;
		}
		const decoded = decode(newValue, this.#options);
		if (decoded.kind === 'ok' || decoded.kind === 'recovered') this.#value = decoded.value;
		if (decoded.kind === 'recovered' || decoded.kind === 'broken') {
			// Another tab wrote something this tab cannot fully read (a newer app version, say): keep
			// what we have, and copy theirs to a backup before this tab ever overwrites it.
			this.#pendingBackup = newValue;
			this.#report(
				decoded.kind === 'broken' && decoded.future,
				decoded.kind === 'recovered',
				'pending'
			);
		}
	};

	#keepBroken(raw: string, future: boolean, recovered: boolean): void {
		if (!this.#storage || !this.#available) return;
		const kept = writeBackup(this.#storage, this.#options.key, raw, this.#now());
		if (kept === 'failed') this.#pendingBackup = raw;
		// An identical backup means this was already found and told on an earlier visit.
		if (kept !== 'exists') this.#report(future, recovered, kept === 'new' ? 'kept' : 'pending');
	}

	#report(future: boolean, recovered: boolean, copy: 'kept' | 'pending'): void {
		const label = this.#label;
		const kept =
			copy === 'kept'
				? 'A copy of the original was saved.'
				: 'The original stays untouched until you change something.';
		const message = future
			? `Your saved ${label} come from a newer version of Patella, so this page starts without them. ${kept} Reload to get the newest version.`
			: recovered
				? `Some of your saved ${label} could not be read and were left out. ${kept}`
				: `Your saved ${label} could not be read, so Patella started without them. ${kept}`;
		this.#notices.report(`storage-unreadable:${this.#options.key}`, message);
	}

	/** Copies pending unreadable data to a backup key; false (and a notice) when that failed. */
	#flushBackup(): boolean {
		if (this.#pendingBackup === null || !this.#storage) return true;
		const kept = writeBackup(this.#storage, this.#options.key, this.#pendingBackup, this.#now());
		if (kept === 'failed') {
			this.#notices.report('storage-full', MESSAGES.full);
			return false;
		}
		this.#pendingBackup = null;
		return true;
	}

	#write(value: T): void {
		if (!this.#storage || !this.#available || !this.#flushBackup()) return;
		try {
			this.#storage.setItem(this.key, JSON.stringify({ v: this.#options.version, data: value }));
		} catch (error) {
			// setItem either stores the whole new text or changes nothing, so the old data is intact.
			if (isQuotaError(error)) this.#notices.report('storage-full', MESSAGES.full);
			else this.#notices.report('storage-failed', MESSAGES.failed);
		}
	}
}

/** Creates a `Persisted` value: the generic entry point for data such as the player's run record. */
export function createPersisted<T>(options: PersistedOptions<T>): Persisted<T> {
	return new Persisted(options);
}
