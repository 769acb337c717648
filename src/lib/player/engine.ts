// The player engine: where a run is, derived from a timeline, a run record and a time `now`.
// Pure functions over plain data. No timers are counted: a late or missing tick, a throttled tab
// or a locked screen cannot shift the schedule, because every answer is computed from `now`.
import { PREPARE_SECONDS } from '$lib/routines/timeline';
import type { Segment, Timeline } from '$lib/routines/types';
import { restLength } from './rest-limit';

/**
 * A run, as plain data that can be saved and restored exactly. The timeline position is
 * `offset` while paused, and `offset + (now - since)` while running. `adjust` holds the
 * milliseconds added to (or taken from) rests by the +/-10 s buttons, by segment index, and the
 * real length of each self-paced set once Done. `selfPaced` lists the segments (rep-based sets)
 * that wait for Done rather than end by time.
 */
export interface RunRecord {
	offset: number;
	since: number | null;
	adjust: Record<number, number>;
	selfPaced?: readonly number[];
}

/** Where a run stands: not started, playing, paused, or over. */
export type PlayerStatus = 'idle' | 'running' | 'paused' | 'finished';

/** Everything the screen shows, derived at one instant. */
export interface PlayerState {
	/** The current segment's index (the last one once finished). */
	index: number;
	segment: Segment;
	/** Milliseconds of the current segment done and left. */
	segmentElapsed: number;
	segmentRemaining: number;
	/** The segment's (possibly adjusted) length. */
	segmentDuration: number;
	/** Position in the routine and what is left of it, in ms. */
	elapsed: number;
	remaining: number;
	total: number;
	/** 0 to 1. */
	progress: number;
	running: boolean;
	finished: boolean;
	/** For paced reps: the current rep (1-based), else null (and null in a self-paced set). */
	rep: number | null;
	/** A self-paced set under way: it waits for Done, and its time counts up. */
	open: boolean;
}

/**
 * How long a self-paced set waits for Done: an hour, so that a phone forgotten on the floor does
 * not hold a session open for ever.
 */
export const OPEN_MS = 3_600_000;

/**
 * A fresh run starting at `now`; `selfPaced` lists the sets that wait for Done, `adjust` any
 * lengths set from the start (the transitions' settings, see `transitionAdjust`).
 */
export function startRun(
	now: number,
	selfPaced: readonly number[] = [],
	adjust: Record<number, number> = {}
): RunRecord {
	return selfPaced.length > 0
		? { offset: 0, since: now, adjust, selfPaced }
		: { offset: 0, since: now, adjust };
}

/** The runner's lengths for the transitions, in seconds. */
export interface Transitions {
	getReady: number;
	switchSides: number;
}

/**
 * The adjustments that give every "Get ready" and "Switch sides" the runner's lengths. A get-ready
 * the timeline made longer (before a change of position) keeps its extra time on top.
 */
export function transitionAdjust(
	timeline: Timeline,
	{ getReady, switchSides }: Transitions
): Record<number, number> {
	const adjust: Record<number, number> = {};
	timeline.segments.forEach((segment, i) => {
		const extra = Math.max(0, segment.durationMs / 1000 - PREPARE_SECONDS);
		const seconds =
			segment.kind === 'prepare'
				? getReady + extra
				: segment.kind === 'switch'
					? switchSides
					: null;
		if (seconds !== null && seconds * 1000 !== segment.durationMs) {
			adjust[i] = seconds * 1000 - segment.durationMs;
		}
	});
	return adjust;
}

/** The rep-based sets of a timeline: the segments self-paced reps turns into "wait for Done". */
export function repSets(timeline: Timeline): number[] {
	return timeline.segments.flatMap((s, i) => (s.kind === 'work' && s.reps !== null ? [i] : []));
}

/**
 * The sets that wait for Done: every rep-based set with the Self-paced reps setting on, else only
 * those of the items the routine marks self-paced.
 */
export function selfPacedSets(timeline: Timeline, everyRepSet: boolean): number[] {
	if (everyRepSet) return repSets(timeline);
	return timeline.segments.flatMap((s, i) => (s.kind === 'work' && s.selfPaced ? [i] : []));
}

/** Whether segment `index` is a self-paced set not yet done (its length still open). */
function isOpen(run: RunRecord, index: number): boolean {
	return !!run.selfPaced?.includes(index) && run.adjust[index] === undefined;
}

/** The segments' lengths with rest adjustments applied; an open self-paced set lasts `OPEN_MS`. */
export function durations(timeline: Timeline, run: RunRecord): number[] {
	return timeline.segments.map((s, i) =>
		isOpen(run, i) ? OPEN_MS : s.durationMs + (run.adjust[i] ?? 0)
	);
}

/** Where each segment starts, and the total, for these lengths. */
export function starts(lengths: number[]): { starts: number[]; total: number } {
	const result: number[] = [];
	let t = 0;
	for (const length of lengths) {
		result.push(t);
		t += length;
	}
	return { starts: result, total: t };
}

/** The raw timeline position of a run at `now`, clamped to [0, total]. */
export function position(run: RunRecord, now: number, total: number): number {
	const raw = run.since === null ? run.offset : run.offset + Math.max(0, now - run.since);
	return Math.min(Math.max(raw, 0), total);
}

/** The index of the segment playing at `pos` (the last one at or past the end). */
function indexAt(startTimes: number[], pos: number): number {
	let lo = 0;
	let hi = startTimes.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (startTimes[mid]! <= pos) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** The player's whole state at `now`. */
export function stateAt(timeline: Timeline, run: RunRecord, now: number): PlayerState {
	const lengths = durations(timeline, run);
	const { starts: startTimes, total } = starts(lengths);
	const elapsed = position(run, now, total);
	const finished = elapsed >= total;
	const index = indexAt(startTimes, elapsed);
	const segment = timeline.segments[index]!;
	const segmentDuration = lengths[index]!;
	const segmentElapsed = Math.min(elapsed - startTimes[index]!, segmentDuration);
	const open = !finished && isOpen(run, index);
	const rep =
		!open && segment.kind === 'work' && segment.reps !== null && segment.tempoMs
			? Math.min(segment.reps, Math.floor(segmentElapsed / segment.tempoMs) + 1)
			: null;
	// Time left and progress count an open set at its paced length (or what it has taken so far):
	// an estimate, where the hour it may wait would say nothing.
	let expected = total;
	for (const i of run.selfPaced ?? []) {
		const paced = timeline.segments[i]?.durationMs;
		if (paced === undefined || !isOpen(run, i)) continue;
		expected += (i === index ? Math.max(paced, segmentElapsed) : paced) - OPEN_MS;
	}
	return {
		index,
		segment,
		segmentElapsed,
		segmentRemaining: segmentDuration - segmentElapsed,
		segmentDuration,
		elapsed,
		remaining: finished ? 0 : Math.max(0, expected - elapsed),
		total,
		progress: finished ? 1 : expected > 0 ? Math.min(1, elapsed / expected) : 1,
		running: run.since !== null && !finished,
		finished,
		rep,
		open
	};
}

/** Pauses: the position freezes where it is. */
export function pause(timeline: Timeline, run: RunRecord, now: number): RunRecord {
	if (run.since === null) return run;
	const { total } = starts(durations(timeline, run));
	return { ...run, offset: position(run, now, total), since: null };
}

/** Resumes a paused run from where it stopped. */
export function resume(run: RunRecord, now: number): RunRecord {
	return run.since === null ? { ...run, since: now } : run;
}

/** Moves to a timeline position, keeping the run paused or running as it was. */
function seek(run: RunRecord, pos: number, now: number): RunRecord {
	return { ...run, offset: pos, since: run.since === null ? null : now };
}

/** Skips to the start of the next segment (or the end, from the last); in a self-paced set, Done. */
export function skip(timeline: Timeline, run: RunRecord, now: number): RunRecord {
	const s = stateAt(timeline, run, now);
	if (s.finished) return run;
	if (s.open) return done(timeline, run, now);
	return seek(run, s.elapsed + s.segmentRemaining, now);
}

/**
 * Done, in a self-paced set: the set's length becomes the time it took (at least 1 s) and the
 * next segment starts now. Anywhere else it changes nothing.
 */
export function done(timeline: Timeline, run: RunRecord, now: number): RunRecord {
	const s = stateAt(timeline, run, now);
	if (!s.open) return run;
	const length = Math.max(1000, Math.round(s.segmentElapsed));
	const start = s.elapsed - s.segmentElapsed;
	const closed = { ...run, adjust: { ...run.adjust, [s.index]: length - s.segment.durationMs } };
	return seek(closed, start + length, now);
}

/**
 * Jumps to the start of segment `index` (past the end: the run is over), as Skip does, for "This
 * hurts" skipping the rest of an exercise. An open self-paced set it leaves counts as not done.
 */
export function jumpTo(timeline: Timeline, run: RunRecord, index: number, now: number): RunRecord {
	const { starts: startTimes, total } = starts(durations(timeline, run));
	return seek(run, startTimes[index] ?? total, now);
}

/** Opens a self-paced set again (Back into it): it waits for Done once more. */
function reopen(run: RunRecord, index: number): RunRecord {
	if (!run.selfPaced?.includes(index) || run.adjust[index] === undefined) return run;
	const adjust = { ...run.adjust };
	delete adjust[index];
	return { ...run, adjust };
}

/** Seconds into a segment after which Back restarts it rather than going to the previous one. */
const BACK_THRESHOLD = 3000;

/**
 * Goes back: to the start of the current segment when more than 3 s of it have passed, else to the
 * start of the previous one (the contract's rule). From the finished state it reopens the last one.
 */
export function back(timeline: Timeline, run: RunRecord, now: number): RunRecord {
	const s = stateAt(timeline, run, now);
	const start = s.elapsed - s.segmentElapsed;
	if (s.finished || s.segmentElapsed > BACK_THRESHOLD || s.index === 0) {
		return seek(reopen(run, s.index), start, now);
	}
	const { starts: startTimes } = starts(durations(timeline, run));
	return seek(reopen(run, s.index - 1), startTimes[s.index - 1]!, now);
}

/**
 * Lengthens or shortens the current rest or side switch by `deltaMs` (the +/-10 s buttons). It
 * never drops below 1 s nor below what has already passed of it, nor grows past the one rest
 * limit (./rest-limit.ts); other segments are left alone.
 */
export function adjustRest(
	timeline: Timeline,
	run: RunRecord,
	now: number,
	deltaMs: number
): RunRecord {
	const s = stateAt(timeline, run, now);
	if (s.finished || (s.segment.kind !== 'rest' && s.segment.kind !== 'switch')) return run;
	const base = s.segment.durationMs;
	const wanted = s.segmentDuration + deltaMs;
	const { length } = restLength(base, wanted, s.segmentElapsed);
	// Keep the position: paused runs store it; running runs re-anchor so nothing jumps.
	const anchored = seek(run, s.elapsed, now);
	return { ...anchored, adjust: { ...run.adjust, [s.index]: length - base } };
}

/** Ends the run now: the position goes to the end. */
export function finish(timeline: Timeline, run: RunRecord): RunRecord {
	const { total } = starts(durations(timeline, run));
	return { ...run, offset: total, since: null };
}
