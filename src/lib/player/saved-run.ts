// A saved run: what the player keeps so a reload, a closed tab or a crash loses nothing, and how
// it is read back (validated like any stored data). Pure: no Svelte, no DOM.
import { OPEN_MS } from './engine';

/** A run saved for a reload, a closed tab or a crash: paused at `position` when restored. */
export interface SavedRun {
	routineId: string;
	/** Wall-clock time (ms since epoch) the run began, and when this was saved. */
	startedAt: number;
	savedAt: number;
	position: number;
	adjust: Record<number, number>;
	/** The self-paced sets of this run (absent when there are none). */
	selfPaced?: number[];
}

/** Where the player keeps its run: a stored value in the browser, a fake in tests. */
export interface RunStore {
	/** The saved run of this routine, or null. */
	load(): SavedRun | null;
	save(run: SavedRun): void;
	clear(): void;
}

/** Hours after which a saved run is offered rather than resumed straight away. */
export const STALE_HOURS = 4;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The saved run in `raw`, or undefined when it is not one (or belongs to another routine). */
export function parseSavedRun(
	raw: unknown,
	routineId: string,
	totalMs: number
): SavedRun | undefined {
	if (typeof raw !== 'object' || raw === null) return undefined;
	const r = raw as Record<string, unknown>;
	if (r.routineId !== routineId) return undefined;
	if (!isNumber(r.startedAt) || !isNumber(r.savedAt) || !isNumber(r.position)) return undefined;
	const selfPaced = parseSelfPaced(r.selfPaced);
	if (selfPaced === undefined) return undefined;
	// Self-paced sets may take longer than their paced length: up to an hour each.
	const longest = totalMs + (selfPaced.length > 0 ? OPEN_MS * selfPaced.length : 0);
	if (r.position < 0 || r.position >= longest) return undefined;
	if (typeof r.adjust !== 'object' || r.adjust === null || Array.isArray(r.adjust))
		return undefined;
	const adjust: Record<number, number> = {};
	for (const [key, value] of Object.entries(r.adjust)) {
		const index = Number(key);
		if (!Number.isInteger(index) || index < 0 || !isNumber(value) || Math.abs(value) > 3_600_000) {
			return undefined;
		}
		adjust[index] = value;
	}
	const run: SavedRun = {
		routineId,
		startedAt: r.startedAt,
		savedAt: r.savedAt,
		position: r.position,
		adjust
	};
	if (selfPaced.length > 0) run.selfPaced = selfPaced;
	return run;
}

/** The self-paced sets' indices (none when absent), or undefined when they are not a list of them. */
function parseSelfPaced(raw: unknown): number[] | undefined {
	if (raw === undefined) return [];
	if (!Array.isArray(raw) || raw.length > 500) return undefined;
	return raw.every((i) => Number.isInteger(i) && i >= 0 && i < 10_000)
		? (raw as number[])
		: undefined;
}

/** Whether a saved run is old enough to ask before resuming. */
export function isStale(saved: SavedRun, now: number): boolean {
	return now - saved.savedAt > STALE_HOURS * 3_600_000;
}
