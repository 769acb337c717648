// A saved run: what the player keeps so a reload, a closed tab or a crash loses nothing, and how
// it is read back (validated like any stored data). Pure: no Svelte, no DOM.
import type { HurtChoice, Session } from '$lib/history/session';
import { PREPARE_SECONDS } from '$lib/routines/timeline';
import type { Timeline } from '$lib/routines/types';
import { isDate } from '$lib/storage/records';
import { checkHurt, checkSession } from '$lib/storage/session-record';
import { OPEN_MS } from './engine';
import type { Span } from './record';
import { isRestAdjust } from './rest-limit';

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
	/** The stretches of the timeline played so far (absent in runs saved before they were kept). */
	played?: Span[];
	/** The history record this run makes if it is never finished: ended early, here. */
	session?: Session;
	/** Each "This hurts" and what was chosen: a reload plays the swapped variants again. */
	hurt?: HurtChoice[];
}

/** Where the player keeps its run: a stored value in the browser, a fake in tests. */
export interface RunStore {
	/** The saved run of this routine, or null. */
	load(): SavedRun | null;
	save(run: SavedRun): void;
	clear(): void;
}

/** Hours after which a saved run is offered rather than resumed straight away. */
const STALE_HOURS = 4;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The saved run in `raw`, or undefined when it is not one (or belongs to another routine). Its
 * times must be dates between 2000 and 2100, its changes only to rests and within the one rest
 * limit the player enforces, and its place inside the routine as those changes make it.
 */
export function parseSavedRun(
	raw: unknown,
	routineId: string,
	timeline: Pick<Timeline, 'segments'>
): SavedRun | undefined {
	if (typeof raw !== 'object' || raw === null) return undefined;
	const r = raw as Record<string, unknown>;
	if (r.routineId !== routineId) return undefined;
	if (!isDate(r.startedAt) || !isDate(r.savedAt) || !isNumber(r.position)) return undefined;
	const selfPaced = parseSelfPaced(r.selfPaced);
	if (selfPaced === undefined) return undefined;
	if (typeof r.adjust !== 'object' || r.adjust === null || Array.isArray(r.adjust))
		return undefined;
	const adjust: Record<number, number> = {};
	let total = timeline.segments.reduce((sum, segment) => sum + segment.durationMs, 0);
	for (const [key, value] of Object.entries(r.adjust)) {
		const segment = timeline.segments[Number(key)];
		if (!/^\d+$/.test(key) || !segment || !isNumber(value)) return undefined;
		if (!isAdjust(segment.kind, segment.durationMs, value, selfPaced.includes(Number(key))))
			return undefined;
		adjust[Number(key)] = value;
		total += value;
	}
	// A self-paced set not yet done waits up to an hour.
	for (const index of selfPaced) {
		const segment = timeline.segments[index];
		if (segment?.kind !== 'work') return undefined;
		if (adjust[index] === undefined) total += OPEN_MS - segment.durationMs;
	}
	if (r.position < 0 || r.position >= total) return undefined;
	const run: SavedRun = {
		routineId,
		startedAt: r.startedAt,
		savedAt: r.savedAt,
		position: r.position,
		adjust
	};
	if (selfPaced.length > 0) run.selfPaced = selfPaced;
	return withRecord(r, run);
}

/**
 * Whether a saved change of a segment's length is one the player makes: a rest or a side switch
 * within the rest limit, a get-ready of the settings' length, a self-paced set's time (to an hour).
 */
function isAdjust(kind: string, planned: number, value: number, selfPaced: boolean): boolean {
	const length = planned + value;
	if (kind === 'rest' || kind === 'switch') return isRestAdjust(planned, value);
	// A get-ready before a change of position keeps its extra time on top of the setting's 60 s.
	if (kind === 'prepare')
		return length >= 1000 && length <= 60_000 + Math.max(0, planned - PREPARE_SECONDS * 1000);
	return kind === 'work' && selfPaced && length >= 1000 && length <= OPEN_MS;
}

/** The self-paced sets' indices (none when absent), or undefined when they are not a list of them. */
function parseSelfPaced(raw: unknown): number[] | undefined {
	if (raw === undefined) return [];
	if (!Array.isArray(raw) || raw.length > 500) return undefined;
	return raw.every((i) => Number.isInteger(i) && i >= 0 && i < 10_000)
		? (raw as number[])
		: undefined;
}

/** The run with its spans played and its left-unfinished record, when valid (or absent). */
function withRecord(r: Record<string, unknown>, run: SavedRun): SavedRun | undefined {
	if (r.played !== undefined) {
		const played = parseSpans(r.played);
		if (!played) return undefined;
		run.played = played;
	}
	if (r.hurt !== undefined) {
		const hurt = checkHurt(r.hurt);
		if (!hurt.ok) return undefined;
		run.hurt = hurt.value;
	}
	if (r.session !== undefined) {
		const session = checkSession(r.session);
		if (!session.ok || session.value.routineId !== run.routineId) return undefined;
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

/**
 * An unfinished run read back without its routine's timeline (on `/`, to offer or keep it): its
 * dates, place and record are checked; its rest changes are checked by the player that resumes it.
 */
export function parseAnySavedRun(raw: unknown, routineId: string): SavedRun | undefined {
	if (typeof raw !== 'object' || raw === null) return undefined;
	const r = raw as Record<string, unknown>;
	if (r.routineId !== routineId) return undefined;
	if (!isDate(r.startedAt) || !isDate(r.savedAt) || !isNumber(r.position)) return undefined;
	if (r.position < 0 || r.position >= MAX_POSITION) return undefined;
	return withRecord(r, {
		routineId,
		startedAt: r.startedAt,
		savedAt: r.savedAt,
		position: r.position,
		adjust: {}
	});
}

/** Whether a saved run is old enough to ask before resuming. */
export function isStale(saved: SavedRun, now: number): boolean {
	return now - saved.savedAt > STALE_HOURS * 3_600_000;
}
