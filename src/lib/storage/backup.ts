// Export and import of all the user's data as one versioned JSON file. Parsing is strict: a bad file
// is refused with one sentence and changes nothing. Applying writes through the stores.
import { count } from '$lib/format';
import { readPlan, type Plan } from '$lib/plan/plan';
import type { Routine } from '$lib/routines/types';
import { LIMITS } from '$lib/routines/schema';
import { checkFormCheck, type FormCheckRecord } from './form-checks.svelte';
import { keepCopy } from './persisted.svelte';
import { checkFavorite, isDate, isRecord, type Check, type Favorite } from './records';
import { checkSession, type Session } from './session-record';
import { readSettings, type Settings } from './settings-record';
import { checkRoutine } from './my-routines.svelte';
import { userStores, type UserStores } from './user-stores';

/** The version of the backup file format this app writes and reads. */
const BACKUP_VERSION = 1;

/** The largest backup file accepted, in bytes. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

const MAX_DEPTH = 16;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The contents of a valid backup file. */
export interface BackupData {
	/** When the file was exported (ISO time), or null when the file does not say. */
	exportedAt: string | null;
	favorites: Favorite[];
	routines: Routine[];
	history: Session[];
	settings: Settings;
	/**
	 * The saved form checks, and the plan (null: none). Undefined when the file does not say: it was
	 * exported before they were part of it, and they stay as they are.
	 */
	formChecks: FormCheckRecord[] | undefined;
	plan: Plan | null | undefined;
}

/** The result of reading a backup file: its data, or one sentence saying what is wrong. */
export type BackupResult = { ok: true; data: BackupData } | { ok: false; error: string };

/** All the user's data as the text of a backup file. */
export function exportData(stores: UserStores = userStores, now: number = Date.now()): string {
	const file = {
		app: 'patella',
		version: BACKUP_VERSION,
		exportedAt: new Date(now).toISOString(),
		favorites: stores.favorites.value,
		routines: stores.routines.value,
		history: stores.history.value,
		settings: stores.settings.value,
		formChecks: stores.formChecks.value,
		plan: stores.plan.value
	};
	return JSON.stringify(file, null, '\t');
}

function fail(error: string): BackupResult {
	return { ok: false, error };
}

/** Finds a forbidden key (or too deep nesting) anywhere in parsed JSON, without recursion. */
function findDanger(root: unknown): string | null {
	const stack: [unknown, number][] = [[root, 0]];
	while (stack.length > 0) {
		const [value, depth] = stack.pop()!;
		if (typeof value !== 'object' || value === null) continue;
		if (depth > MAX_DEPTH) return 'The file is nested too deeply to be a Patella backup.';
		for (const key of Object.keys(value)) {
			if (FORBIDDEN_KEYS.has(key)) {
				return `The file contains the forbidden key "${key}", so it was not imported.`;
			}
			stack.push([(value as Record<string, unknown>)[key], depth + 1]);
		}
	}
	return null;
}

function byteLength(text: string): number {
	return new TextEncoder().encode(text).length;
}

/** A name cut short for an error message. */
function short(name: unknown): string {
	if (typeof name !== 'string') return '';
	const trimmed = name.trim();
	return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}

function readItems<T extends { id: string }>(
	raw: unknown,
	list: string,
	describe: (item: unknown, index: number) => string,
	check: (item: unknown) => Check<T>
): Check<T[]> {
	if (!Array.isArray(raw)) return { ok: false, error: `The file's ${list} must be a list.` };
	const items: T[] = [];
	const seen = new Set<string>();
	for (const [i, item] of raw.entries()) {
		const result = check(item);
		if (!result.ok) return { ok: false, error: `${describe(item, i)}: ${result.error}.` };
		// A repeated id keeps its first entry, as the stores do.
		if (seen.has(result.value.id)) continue;
		seen.add(result.value.id);
		items.push(result.value);
	}
	return { ok: true, value: items };
}

/**
 * Reads a backup file strictly: not JSON, another app, a newer version, a wrong shape, more than
 * 5 MB or a `__proto__`/`constructor`/`prototype` key gives one sentence. Unknown keys are dropped.
 */
export function parseBackup(text: unknown): BackupResult {
	if (typeof text !== 'string' || text.trim() === '') return fail('The file is empty.');
	if (text.length > MAX_BACKUP_BYTES || byteLength(text) > MAX_BACKUP_BYTES) {
		return fail('The file is larger than 5 MB, too large to be a Patella backup.');
	}
	let file: unknown;
	try {
		file = JSON.parse(text);
	} catch {
		return fail('The file is not a Patella backup: it is not valid JSON (it may be cut short).');
	}
	if (!isRecord(file)) return fail('The file is not a Patella backup: it holds no backup object.');
	const danger = findDanger(file);
	if (danger) return fail(danger);
	if (file.app !== 'patella')
		return fail('The file is not a Patella backup: it comes from another app.');
	const { version } = file;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return fail('The file has no valid backup version number.');
	}
	if (version > BACKUP_VERSION) {
		return fail(
			'The file comes from a newer version of Patella: reload the app to update it, then try again.'
		);
	}
	let exportedAt: string | null = null;
	if (file.exportedAt !== undefined) {
		const at = file.exportedAt;
		if (typeof at !== 'string' || at.length > 64 || !isDate(Date.parse(at))) {
			return fail('The file has an invalid export date.');
		}
		exportedAt = at;
	}

	const favorites = readItems(
		file.favorites,
		'bookmarks',
		(_, i) => `Bookmark ${i + 1} is not valid`,
		checkFavorite
	);
	if (!favorites.ok) return fail(favorites.error);
	const routines = readItems(
		file.routines,
		'routines',
		(item, i) => {
			const name = isRecord(item) ? short(item.name) : '';
			return name ? `Routine ${i + 1} ("${name}") is not valid` : `Routine ${i + 1} is not valid`;
		},
		checkRoutine
	);
	if (!routines.ok) return fail(routines.error);
	const history = readItems(
		file.history,
		'session history',
		(_, i) => `Session ${i + 1} is not valid`,
		checkSession
	);
	if (!history.ok) return fail(history.error);

	let settingsError: string | null = null;
	const settings = readSettings(file.settings, (message) => (settingsError ??= message));
	if (!settings) return fail("The file's settings must be an object.");
	if (settingsError) return fail(`The file's settings are not valid: ${settingsError}.`);

	let formChecks: FormCheckRecord[] | undefined;
	if (file.formChecks !== undefined) {
		const read = readItems(
			file.formChecks,
			'form checks',
			(_, i) => `Form check ${i + 1} is not valid`,
			checkFormCheck
		);
		if (!read.ok) return fail(read.error);
		formChecks = read.value;
	}
	let plan: Plan | null | undefined;
	if (file.plan !== undefined) {
		plan = file.plan === null ? null : readPlan(file.plan);
		if (plan === undefined) return fail("The file's plan is not valid.");
	}

	return {
		ok: true,
		data: {
			exportedAt,
			favorites: favorites.value,
			routines: routines.value,
			history: history.value,
			settings,
			formChecks,
			plan
		}
	};
}

/** One sentence for the import confirmation: "This file holds 3 routines, 12 sessions, ...". */
export function describeBackup(data: BackupData): string {
	const parts = [
		count(data.routines.length, 'routine', 'routines'),
		count(data.history.length, 'session', 'sessions'),
		count(data.favorites.length, 'bookmark', 'bookmarks'),
		...(data.formChecks?.length
			? [count(data.formChecks.length, 'form check', 'form checks')]
			: []),
		...(data.plan ? ['a plan'] : []),
		'your settings'
	];
	const date = data.exportedAt
		? `, exported on ${new Date(data.exportedAt).toLocaleDateString('en-GB', {
				day: 'numeric',
				month: 'long',
				year: 'numeric',
				timeZone: 'UTC'
			})}`
		: '';
	return `This file holds ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}${date}.`;
}

/** What an import changed: how many items were added or updated, and whether a copy was kept. */
export interface ApplyOutcome {
	favorites: number;
	routines: number;
	history: number;
	formChecks: number;
	/** Whether the file's plan became the plan. */
	plan: boolean;
	/** For `replace`: whether the data it replaced was kept under a backup key first. */
	copyKept: boolean;
	/** Whether every change was stored (false: storage refused some; the user was told). */
	saved: boolean;
}

/** Merges by id: items only in `incoming` are added; for a shared id, `newer` decides. */
function mergeById<T extends { id: string }>(
	current: T[],
	incoming: T[],
	newer: (a: T, b: T) => boolean
): { list: T[]; changed: number } {
	const index = new Map(current.map((item, i) => [item.id, i]));
	const list = [...current];
	let changed = 0;
	for (const item of incoming) {
		const at = index.get(item.id);
		if (at === undefined) {
			index.set(item.id, list.length);
			list.push(item);
			changed++;
		} else if (newer(item, list[at]!)) {
			list[at] = item;
			changed++;
		}
	}
	return { list, changed };
}

/**
 * Routines carry no time, so "newer" cannot decide: an imported routine that differs from the one
 * with its id is added as a copy with a fresh id and "(imported)" in its name; nothing is lost.
 */
function mergeRoutines(
	current: Routine[],
	incoming: Routine[]
): { list: Routine[]; changed: number } {
	const list = [...current];
	const ids = new Set(current.map((r) => r.id));
	let changed = 0;
	for (const routine of incoming) {
		const existing = list.find((r) => r.id === routine.id);
		if (existing && JSON.stringify(existing) === JSON.stringify(routine)) continue;
		let copy = routine;
		if (existing) {
			const base = routine.id.slice(0, 58);
			let n = 2;
			while (ids.has(`${base}-${n}`)) n++;
			const suffix = ' (imported)';
			copy = {
				...routine,
				id: `${base}-${n}`,
				name: routine.name.slice(0, LIMITS.name - suffix.length) + suffix
			};
		}
		ids.add(copy.id);
		list.push(copy);
		changed++;
	}
	return { list, changed };
}

/**
 * Writes a parsed backup through the stores. `merge` keeps everything here and adds the file's
 * items (by id, the newer wins; settings stay as they are, and so does a plan, which the file's
 * plan only fills when there is none); `replace` first keeps a copy of the current data under a
 * backup key, then makes the file's data the user's data. What the file does not say (form checks
 * and the plan, in a file from before they were exported) stays as it is either way.
 */
export function applyBackup(
	data: BackupData,
	mode: 'merge' | 'replace',
	stores: UserStores = userStores,
	options: { storage?: Storage | null; now?: () => number } = {}
): ApplyOutcome {
	if (mode === 'replace') {
		const now = options.now ?? Date.now;
		const copyKept = keepCopy('before-import', exportData(stores, now()), { ...options, now });
		const { formChecks, plan } = data;
		const saved = [
			stores.favorites.update(() => data.favorites),
			stores.routines.update(() => data.routines),
			stores.history.update(() => data.history),
			stores.settings.update(() => data.settings),
			formChecks === undefined || stores.formChecks.update(() => formChecks),
			plan === undefined || stores.plan.update(() => plan)
		].every(Boolean);
		return {
			favorites: data.favorites.length,
			routines: data.routines.length,
			history: data.history.length,
			formChecks: formChecks?.length ?? 0,
			plan: !!plan,
			copyKept,
			saved
		};
	}
	// Each merge is applied to what is stored at that moment, so another tab's change stays.
	const changed = { favorites: 0, routines: 0, history: 0, formChecks: 0, plan: false };
	const saved = [
		stores.favorites.update((current) => {
			const result = mergeById(current, data.favorites, (a, b) => a.at > b.at);
			changed.favorites = result.changed;
			return result.changed > 0 ? result.list : current;
		}),
		stores.routines.update((current) => {
			const result = mergeRoutines(current, data.routines);
			changed.routines = result.changed;
			return result.changed > 0 ? result.list : current;
		}),
		stores.history.update((current) => {
			const result = mergeById(current, data.history, (a, b) => a.startedAt > b.startedAt);
			changed.history = result.changed;
			return result.changed > 0 ? result.list : current;
		}),
		stores.formChecks.update((current) => {
			// A form check never changes once saved: one already here stays as it is.
			const result = mergeById(current, data.formChecks ?? [], () => false);
			changed.formChecks = result.changed;
			return result.changed > 0 ? result.list.sort((a, b) => a.at - b.at) : current;
		}),
		stores.plan.update((current) => {
			changed.plan = !current && !!data.plan;
			return current ?? data.plan ?? null;
		})
	].every(Boolean);
	return { ...changed, copyKept: false, saved };
}
