// The one module that touches localStorage. A `Persisted<T>` is a value that survives reloads:
// validated on read, changed by read-change-write in one synchronous step (so no tab's change is
// lost), always showing what is stored, and never allowed to break the app or to lose what the
// runner saved. Here too: what a store may be handed (`StoreOptions`) and where the app's stores live
// (`where`), for every store module.
import { browser } from '$app/environment';
import { on } from 'svelte/events';
import { createSubscriber } from 'svelte/reactivity';
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
	/** What the user calls this data after "your", such as "bookmarks"; default the key. */
	label?: string;
	/** Whether `label` is a plural ("bookmarks": true; "session history": false, the default). */
	plural?: boolean;
	/** Saved without the runner asking (a run's place, every second): a failure is told when
	 *  saving starts to fail, not at every attempt. Default false: every failed change is told. */
	background?: boolean;
	/** Where problems are reported; default the app's `notices` (in the browser only). */
	notices?: Notices;
	/** Where `storage` events arrive from other tabs; default `window`. `null`: no cross-tab sync. */
	events?: EventTarget | null;
	/** The clock for backup keys; default `Date.now`. */
	now?: () => number;
}

/** What a test (or another caller) may swap in a store: storage, notices, event target, clock. */
export type StoreOptions = Pick<
	PersistedOptions<unknown>,
	'storage' | 'notices' | 'events' | 'now'
>;

/** Where a store lives: the browser's localStorage, or memory during a prerender. */
export const where: StoreOptions = browser ? {} : { storage: null, events: null };

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
	| { kind: 'recovered'; value: T; problems: string[] }
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
	const problems: string[] = [];
	try {
		let data = envelope.data;
		if (version < options.version && options.migrate) data = options.migrate(data, version);
		const value = options.parse(data, (message) => problems.push(message));
		if (value === undefined) return { kind: 'broken', future: false };
		return problems.length > 0 ? { kind: 'recovered', value, problems } : { kind: 'ok', value };
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

/** The notices' sentences, for a label such as "bookmarks" (plural) or "session history". */
export function messages(label: string, plural: boolean) {
	const them = plural ? 'them' : 'it';
	const kept = (copy: 'kept' | 'pending') =>
		copy === 'kept'
			? 'A copy of the original is kept in Settings, under Kept copies.'
			: 'The original stays untouched until you change something.';
	const detail = (problems: string[]) =>
		problems.length === 0
			? ''
			: ` (${problems[0]}${problems.length > 1 ? `, and ${problems.length - 1} more` : ''})`;
	return {
		future: (copy: 'kept' | 'pending') =>
			`Your saved ${label} ${plural ? 'come' : 'comes'} from a newer version of Patella, so this page starts without ${them}. ${kept(copy)} Reload to get the newest version.`,
		recovered: (copy: 'kept' | 'pending', problems: string[]) =>
			`${plural ? 'Some' : 'Part'} of your saved ${label} could not be read and ${plural ? 'were' : 'was'} left out${detail(problems)}. ${kept(copy)}`,
		broken: (copy: 'kept' | 'pending') =>
			`Your saved ${label} could not be read, so Patella started without ${them}. ${kept(copy)}`,
		full: `Storage is full, so the last change to your ${label} was not saved. Delete kept copies in Settings to free some space, or export your data there.`,
		failed: `Patella could not save the last change to your ${label}. Export your data in Settings to keep it.`
	};
}

/** The notice for storage that cannot be used at all: one for every store. */
const UNAVAILABLE_MESSAGE =
	'Your browser is not letting Patella save anything (private browsing or storage turned off). Everything works, but your changes last only until you close this tab.';

/** What was last read from storage: the text, the value it gives, and whether it was whole. */
interface Read<T> {
	raw: string | null;
	value: T;
	whole: boolean;
}

/**
 * A value kept in localStorage as `{ "v": <version>, "data": ... }` under `patella:<key>:v1`.
 *
 * `.value` is always what is stored now: it is read from storage (and decoded again only when the
 * stored text changed), so another tab's change shows at once and nothing goes stale. Changes go
 * through `update(fn)`, which reads what is stored, applies `fn` and writes, in one synchronous
 * step, so a change made in another tab is never overwritten. A change that cannot be stored is
 * not shown: the value stays what is stored, and the failure is told every time (one notice, not
 * a pile). Unreadable stored data is kept under a backup key before anything overwrites it.
 *
 * It listens to other tabs only while something reads it in an effect (svelte.dev's
 * `createSubscriber`), so a value nobody shows leaves no listener behind.
 */
export class Persisted<T> {
	/** The full storage key, `patella:<name>:v1`. */
	readonly key: string;
	#options: PersistedOptions<T>;
	#storage: Storage | null;
	#available: boolean;
	#notices: Notices;
	#text: ReturnType<typeof messages>;
	#now: () => number;
	/** Bumped on every change made here, so effects re-read. */
	#version = $state(0);
	#subscribe: () => void;
	/** The value when it lives in memory only (no storage, or storage the browser refuses). */
	#memory: T;
	#last: Read<T> | null = null;
	/** Whether the last save failed (a background store tells only when saving starts to fail). */
	#failing = false;

	constructor(options: PersistedOptions<T>) {
		if (!NAME.test(options.key)) throw new Error(`Persisted: invalid key "${options.key}"`);
		if (!Number.isInteger(options.version) || options.version < 1) {
			throw new Error(`Persisted: invalid version ${options.version}`);
		}
		this.#options = options;
		this.key = storageKey(options.key);
		this.#text = messages(options.label ?? options.key, options.plural ?? false);
		this.#now = options.now ?? Date.now;
		this.#memory = options.fallback;
		// Only the browser reports into the app-wide list: a prerender must not write module state.
		this.#notices = options.notices ?? (browser ? appNotices : new Notices());
		const found =
			options.storage === undefined
				? browserStorage()
				: { storage: options.storage, available: true };
		this.#storage = found.storage;
		this.#available = found.available;
		if (!this.#available) this.#notices.report('storage-unavailable', UNAVAILABLE_MESSAGE);

		const events =
			options.events === undefined
				? browser && typeof window !== 'undefined'
					? window
					: null
				: options.events;
		this.#subscribe = events
			? createSubscriber((changed) =>
					on(events, 'storage', (event: Event) => {
						const { key } = event as StorageEvent;
						if (key === null || key === this.key) changed();
					})
				)
			: () => {};
		// Read once now: unreadable data is found, kept aside and told about as the app starts.
		this.#read();
	}

	/** The current value: what is stored now, or the fallback. */
	get value(): T {
		this.#subscribe();
		void this.#version;
		return this.#read().value;
	}

	/** Replaces the whole value (an import, a routine to try); prefer `update` for one change. */
	set value(value: T) {
		this.update(() => value);
	}

	/** Whether changes are being saved (false: storage is unavailable, memory only). */
	get available(): boolean {
		return this.#available && this.#storage !== null;
	}

	/**
	 * Applies one change to what is stored now: reads it, computes `fn(current)` and writes it, in
	 * one synchronous step. Returns whether the change is kept; when it could not be stored, the
	 * value stays what is stored and the user is told.
	 */
	update(fn: (current: T) => T): boolean {
		if (!this.#storage || !this.#available) {
			this.#memory = fn(this.#memory);
			this.#version++;
			return true;
		}
		const current = this.#read();
		const next = fn(current.value);
		if (Object.is(next, current.value)) return true;
		if (!this.#keepBeforeOverwrite(current)) return false;
		const text = JSON.stringify({ v: this.#options.version, data: next });
		try {
			this.#storage.setItem(this.key, text);
		} catch (error) {
			// setItem either stores the whole new text or changes nothing, so the old data is intact.
			this.#fail(isQuotaError(error) ? 'full' : 'failed');
			return false;
		}
		this.#failing = false;
		this.#last = { raw: text, value: next, whole: true };
		this.#version++;
		return true;
	}

	/** Removes the stored value (an unreadable one is backed up first) and returns to the fallback. */
	clear(): boolean {
		if (!this.#storage || !this.#available) {
			this.#memory = this.#options.fallback;
			this.#version++;
			return true;
		}
		const current = this.#read();
		if (current.raw === null) return true;
		if (!this.#keepBeforeOverwrite(current)) return false;
		try {
			this.#storage.removeItem(this.key);
		} catch {
			this.#fail('failed');
			return false;
		}
		this.#version++;
		return true;
	}

	/** Reads what is stored, decoding only when the text changed since the last read. */
	#read(): Read<T> {
		if (!this.#storage || !this.#available) {
			return { raw: null, value: this.#memory, whole: true };
		}
		let raw: string | null;
		try {
			raw = this.#storage.getItem(this.key);
		} catch {
			// Storage was taken away (the user turned it off): carry on in memory, and say so.
			this.#available = false;
			this.#memory = this.#last?.value ?? this.#options.fallback;
			this.#tell('storage-unavailable', UNAVAILABLE_MESSAGE, false);
			return { raw: null, value: this.#memory, whole: true };
		}
		if (this.#last && this.#last.raw === raw) return this.#last;
		const decoded = decode(raw, this.#options);
		const usable = decoded.kind === 'ok' || decoded.kind === 'recovered';
		const read: Read<T> = {
			raw,
			value: usable ? decoded.value : this.#options.fallback,
			whole: decoded.kind === 'ok' || decoded.kind === 'empty'
		};
		this.#last = read;
		if (raw !== null && !read.whole) {
			const copy = writeBackup(this.#storage, this.#options.key, raw, this.#now());
			// An identical backup means this was already found and told on an earlier visit.
			if (copy !== 'exists') {
				const kept = copy === 'new' ? 'kept' : 'pending';
				const message =
					decoded.kind === 'recovered'
						? this.#text.recovered(kept, decoded.problems)
						: decoded.kind === 'broken' && decoded.future
							? this.#text.future(kept)
							: this.#text.broken(kept);
				this.#tell(`storage-unreadable:${this.#options.key}`, message, false);
			}
		}
		return read;
	}

	/** Makes sure unreadable stored text has a backup before it is overwritten; false if not. */
	#keepBeforeOverwrite(current: Read<T>): boolean {
		if (current.whole || current.raw === null || !this.#storage) return true;
		if (writeBackup(this.#storage, this.#options.key, current.raw, this.#now()) !== 'failed') {
			return true;
		}
		this.#fail('full');
		return false;
	}

	#fail(kind: 'full' | 'failed'): void {
		const again = !this.#options.background || !this.#failing;
		this.#failing = true;
		this.#tell(`storage-${kind}`, this.#text[kind], again);
	}

	/** Reports a notice; from inside a `$derived` (a read), after it, since state may not change there. */
	#tell(id: string, message: string, again: boolean): void {
		if ($effect.tracking()) queueMicrotask(() => this.#notices.report(id, message, again));
		else this.#notices.report(id, message, again);
	}
}
