// Runs left unfinished (Back, a closed tab): the player saves each one under `patella:run:<id>:v1`.
// `/` and a routine's page look them up here to offer a fresh one again and to keep a stale one.
import { NAMESPACE, peek, storageKey } from './persisted.svelte';
import { isRecord } from './records';

const RUN_KEY = new RegExp(`^${NAMESPACE}:run:(.+):v1$`);

function localStore(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/**
 * The run in stored data: version 1 held the run itself; version 2 (./tab-runs) holds one per tab,
 * `{ <tab id>: run }`, and the latest of them is the one to offer or keep.
 */
function latestRun(data: unknown): unknown {
	if (!isRecord(data) || 'routineId' in data) return data;
	let latest: unknown = undefined;
	let at = -Infinity;
	for (const run of Object.values(data)) {
		const savedAt = isRecord(run) && typeof run.savedAt === 'number' ? run.savedAt : -Infinity;
		if (latest === undefined || savedAt > at) [latest, at] = [run, savedAt];
	}
	return latest;
}

/** The routine ids with a saved unfinished run, each with its stored data (unvalidated). */
export function unfinishedRuns(
	storage: Storage | null = localStore()
): { routineId: string; data: unknown }[] {
	if (!storage) return [];
	const found: { routineId: string; data: unknown }[] = [];
	try {
		for (let i = 0; i < storage.length; i++) {
			const id = RUN_KEY.exec(storage.key(i) ?? '')?.[1];
			if (!id) continue;
			const seen = peek(`run:${id}`, storage);
			if (seen.stored) found.push({ routineId: id, data: latestRun(seen.data) });
		}
	} catch {
		// Storage that cannot be read holds nothing to offer.
	}
	return found;
}

/** Forgets the saved unfinished run of a routine (once its record is in the history). */
export function dropUnfinishedRun(routineId: string, storage: Storage | null = localStore()): void {
	try {
		storage?.removeItem(storageKey(`run:${routineId}`));
	} catch {
		// Nothing more to do: the player drops it itself when the run is started again.
	}
}
