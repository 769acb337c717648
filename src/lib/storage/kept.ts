// The copies Patella keeps aside in this browser: the data an import replaced, a routine deleted in
// the builder, and stored data it could not fully read. Settings lists them with their date and what
// they hold, and offers Restore, Download and Delete, so that a kept copy can always be got back.
import { count } from '$lib/format';
import type { Routine } from '$lib/routines/types';
import { applyBackup, parseBackup, describeBackup, type BackupData } from './backup';
import { checkRoutine, parseMyRoutines } from './my-routines.svelte';
import { userStores, type UserStores } from './user-stores';
import { NAMESPACE, type Problem } from './persisted.svelte';
import { isDate, isRecord } from './records';
import { DEFAULT_SETTINGS } from './settings-record';
import { parseFavorites } from './favorites.svelte';
import { parseFormChecks } from './form-checks.svelte';
import { parseHistory, parseSettings } from './stores.svelte';

const PREFIX = `${NAMESPACE}:backup:`;
const KEY = /^(.+):(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)(?:-\d+)?$/;

/** One kept copy, as Settings lists it. */
export interface KeptCopy {
	/** Its storage key, `patella:backup:<name>:<ISO time>`. */
	key: string;
	/** What it is a copy of: `before-import`, `deleted-routine`, or a store's name (`history`). */
	name: string;
	/** When it was kept (ms since the epoch). */
	at: number;
	/** What it is, in words: "Your data before a Replace". */
	title: string;
	/** What it holds, in a sentence. */
	contents: string;
	/** Its size in characters. */
	size: number;
	/** Whether Restore can bring it back (false: it can only be downloaded). */
	restorable: boolean;
}

/** What a store's kept copy holds, read as leniently as the store reads it. */
type Readable =
	| {
			kind: 'favorites' | 'history' | 'routines' | 'form-checks';
			items: { id: string }[];
			left: number;
	  }
	| { kind: 'settings'; fields: number }
	| { kind: 'none'; why: string };

const STORES: Record<string, { title: string; what: [string, string] }> = {
	favorites: { title: 'Damaged bookmarks', what: ['bookmark', 'bookmarks'] },
	history: { title: 'Damaged session history', what: ['session', 'sessions'] },
	routines: { title: 'Damaged routines', what: ['routine', 'routines'] },
	settings: { title: 'Damaged settings', what: ['setting', 'settings'] },
	'form-checks': { title: 'Damaged form checks', what: ['form check', 'form checks'] },
	plan: { title: 'Damaged plan', what: ['', ''] },
	picker: { title: 'Damaged warm-up selection', what: ['', ''] },
	shared: { title: 'Damaged shared routine', what: ['', ''] }
};

/** Reads a kept copy of a store's envelope, keeping what the store would keep. */
function readStoreCopy(name: string, text: string): Readable {
	let envelope: unknown;
	try {
		envelope = JSON.parse(text);
	} catch {
		return { kind: 'none', why: 'It is not readable (it may have been cut short).' };
	}
	if (!isRecord(envelope) || typeof envelope.v !== 'number') {
		return { kind: 'none', why: 'It is not readable: it is not in Patella’s format.' };
	}
	if (envelope.v > 1) {
		return {
			kind: 'none',
			why: 'It was written by a newer version of Patella: reload to update, then restore it.'
		};
	}
	let left = 0;
	const problem: Problem = () => left++;
	const data = envelope.data;
	const items =
		name === 'favorites'
			? parseFavorites(data, problem)
			: name === 'history'
				? parseHistory(data, problem)
				: name === 'routines'
					? parseMyRoutines(data, problem)
					: name === 'form-checks'
						? parseFormChecks(data, problem)
						: undefined;
	if (name === 'settings') {
		const settings = parseSettings(data, problem);
		if (!settings) return { kind: 'none', why: 'It is not readable: it holds no settings.' };
		const kept = Object.keys(DEFAULT_SETTINGS).filter((k) => isRecord(data) && k in data);
		return { kind: 'settings', fields: kept.length - left };
	}
	if (name !== 'favorites' && name !== 'history' && name !== 'routines' && name !== 'form-checks') {
		return { kind: 'none', why: 'It can be downloaded; Patella does not restore it.' };
	}
	if (!items) return { kind: 'none', why: 'It is not readable: it holds no list.' };
	return { kind: name, items, left };
}

function describe(name: string, text: string): Omit<KeptCopy, 'key' | 'name' | 'at' | 'size'> {
	if (name === 'before-import') {
		const parsed = parseBackup(text);
		return parsed.ok
			? {
					title: 'Your data before a Replace',
					contents: describeBackup({ ...parsed.data, exportedAt: null }).replace(
						'This file holds',
						'It holds'
					),
					restorable: true
				}
			: { title: 'Your data before a Replace', contents: parsed.error, restorable: false };
	}
	if (name === 'deleted-routine') {
		const routine = readRoutine(text);
		return routine
			? {
					title: 'A deleted routine',
					contents: `It holds the routine “${routine.name}”.`,
					restorable: true
				}
			: { title: 'A deleted routine', contents: 'It is not readable.', restorable: false };
	}
	const store = STORES[name];
	const title = store?.title ?? (name.startsWith('run:') ? 'A damaged unfinished session' : name);
	const readable = readStoreCopy(name, text);
	if (readable.kind === 'none') return { title, contents: readable.why, restorable: false };
	if (readable.kind === 'settings') {
		return {
			title,
			contents: `It holds ${count(readable.fields, 'readable setting', 'readable settings')}.`,
			restorable: true
		};
	}
	const [one, many] = store!.what;
	const left =
		readable.left > 0 ? `; ${count(readable.left, 'entry', 'entries')} cannot be read` : '';
	return {
		title,
		contents: `It holds ${count(readable.items.length, `readable ${one}`, `readable ${many}`)}${left}.`,
		restorable: readable.items.length > 0
	};
}

function readRoutine(text: string): Routine | undefined {
	try {
		const result = checkRoutine(JSON.parse(text));
		return result.ok ? result.value : undefined;
	} catch {
		return undefined;
	}
}

/** Every kept copy in `storage`, newest first. */
export function listKept(storage: Storage): KeptCopy[] {
	const copies: KeptCopy[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (!key?.startsWith(PREFIX)) continue;
		const match = KEY.exec(key.slice(PREFIX.length));
		const text = storage.getItem(key);
		if (!match || text === null) continue;
		const at = Date.parse(match[2]!);
		copies.push({
			key,
			name: match[1]!,
			at: isDate(at) ? at : 0,
			size: text.length,
			...describe(match[1]!, text)
		});
	}
	return copies.sort((a, b) => b.at - a.at || a.key.localeCompare(b.key));
}

/** The text of a kept copy, to download; null when it is gone. */
export function keptText(key: string, storage: Storage): string | null {
	return key.startsWith(PREFIX) ? storage.getItem(key) : null;
}

/** Deletes a kept copy; false when it could not be removed. */
export function deleteKept(key: string, storage: Storage): boolean {
	if (!key.startsWith(PREFIX)) return false;
	try {
		storage.removeItem(key);
		return storage.getItem(key) === null;
	} catch {
		return false;
	}
}

/** What restoring did: one sentence either way. */
export type RestoreResult = { ok: true; message: string } | { ok: false; error: string };

function emptyBackup(): BackupData {
	return {
		exportedAt: null,
		favorites: [],
		routines: [],
		history: [],
		settings: { ...DEFAULT_SETTINGS },
		formChecks: undefined,
		plan: undefined
	};
}

/**
 * Brings a kept copy back. Data from before an import replaces the current data (which is kept as
 * a copy first, so this too can be undone); a deleted routine and the readable part of damaged
 * bookmarks, sessions or routines are merged in by id; readable damaged settings replace the
 * settings. The copy itself stays until it is deleted.
 */
export function restoreKept(
	key: string,
	storage: Storage,
	stores: UserStores = userStores,
	now: () => number = Date.now
): RestoreResult {
	const text = keptText(key, storage);
	const match = KEY.exec(key.slice(PREFIX.length));
	if (text === null || !match) return { ok: false, error: 'This copy is no longer here.' };
	const name = match[1]!;
	const failed = {
		ok: false,
		error: 'Storage refused the change, so nothing was restored. Free some space and try again.'
	} as const;
	if (name === 'before-import') {
		const parsed = parseBackup(text);
		if (!parsed.ok) return { ok: false, error: parsed.error };
		const outcome = applyBackup(parsed.data, 'replace', stores, { storage, now });
		if (!outcome.saved) return failed;
		return {
			ok: true,
			message: `Restored: your data is now the copy’s.${outcome.copyKept ? ' What you had is kept as a new copy.' : ''}`
		};
	}
	if (name === 'deleted-routine') {
		const routine = readRoutine(text);
		if (!routine)
			return { ok: false, error: 'This copy cannot be read, so it cannot be restored.' };
		const outcome = applyBackup({ ...emptyBackup(), routines: [routine] }, 'merge', stores);
		if (!outcome.saved) return failed;
		return {
			ok: true,
			message:
				outcome.routines > 0
					? `Restored the routine “${routine.name}”.`
					: `The routine “${routine.name}” is already among your routines.`
		};
	}
	const readable = readStoreCopy(name, text);
	if (readable.kind === 'none') return { ok: false, error: readable.why };
	if (readable.kind === 'settings') {
		const settings = parseSettings(JSON.parse(text).data) ?? { ...DEFAULT_SETTINGS };
		if (!stores.settings.update(() => settings)) return failed;
		return { ok: true, message: 'Restored the readable settings.' };
	}
	const data = emptyBackup();
	if (readable.kind === 'favorites') data.favorites = readable.items as BackupData['favorites'];
	if (readable.kind === 'history') data.history = readable.items as BackupData['history'];
	if (readable.kind === 'routines') data.routines = readable.items as BackupData['routines'];
	if (readable.kind === 'form-checks') {
		data.formChecks = readable.items as NonNullable<BackupData['formChecks']>;
	}
	const outcome = applyBackup(data, 'merge', stores);
	if (!outcome.saved) return failed;
	const added = outcome.favorites + outcome.history + outcome.routines + outcome.formChecks;
	return {
		ok: true,
		message:
			added > 0
				? `Restored ${count(added, 'entry', 'entries')}; what you had is still here.`
				: 'Everything readable in this copy is already here.'
	};
}
