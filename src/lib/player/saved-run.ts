// A saved run: what the player keeps so a reload, a closed tab or a crash loses nothing, and how
// it is read back (validated like any stored data). Pure: no Svelte, no DOM.
import type { Session } from '$lib/history/session';
import { checkSession } from '$lib/storage/records';
import type { Span } from './record';

/** A run saved for a reload, a closed tab or a crash: paused at `position` when restored. */
export interface SavedRun {
	routineId: string;
	/** Wall-clock time (ms since epoch) the run began, and when this was saved. */
	startedAt: number;
	savedAt: number;
	position: number;
	adjust: Record<number, number>;
	/** The stretches of the timeline played so far (absent in runs saved before they were kept). */
	played?: Span[];
	/** The history record this run makes if it is never finished: ended early, here. */
	session?: Session;
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
	if (r.position < 0 || r.position >= totalMs) return undefined;
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
	if (r.played !== undefined) {
		const played = parseSpans(r.played);
		if (!played) return undefined;
		run.played = played;
	}
	if (r.session !== undefined) {
		const session = checkSession(r.session);
		if (!session.ok || session.value.routineId !== routineId) return undefined;
		run.session = session.value;
	}
	return run;
}

/** The most spans a saved run keeps, and the longest position one may reach (a day). */
const MAX_SPANS = 1000;
const MAX_POSITION = 24 * 3_600_000;

/** Spans read back from storage, or undefined when they are not in order and in range. */
function parseSpans(raw: unknown): Span[] | undefined {
	if (!Array.isArray(raw) || raw.length > MAX_SPANS) return undefined;
	const spans: Span[] = [];
	let last = 0;
	for (const span of raw) {
		if (!Array.isArray(span) || span.length !== 2) return undefined;
		const [from, to] = span as unknown[];
		if (!isNumber(from) || !isNumber(to) || from < last || to <= from || to > MAX_POSITION) {
			return undefined;
		}
		spans.push([from, to]);
		last = to;
	}
	return spans;
}

/** Any unfinished run read back without its routine's timeline (on `/`): `totalMs` unknown. */
export function parseAnySavedRun(raw: unknown, routineId: string): SavedRun | undefined {
	return parseSavedRun(raw, routineId, MAX_POSITION);
}

/** Whether a saved run is old enough to ask before resuming. */
export function isStale(saved: SavedRun, now: number): boolean {
	return now - saved.savedAt > STALE_HOURS * 3_600_000;
}
