// The player engine: where a run is, derived from a timeline, a run record and a time `now`.
// Pure functions over plain data. No timers are counted: a late or missing tick, a throttled tab
// or a locked screen cannot shift the schedule, because every answer is computed from `now`.
import type { Segment, Timeline } from '$lib/routines/types';
import { restLength } from './rest-limit';

/**
 * A run, as plain data that can be saved and restored exactly. The timeline position is
 * `offset` while paused, and `offset + (now - since)` while running. `adjust` holds the
 * milliseconds added to (or taken from) rests by the +/-10 s buttons, by segment index.
 */
export interface RunRecord {
	offset: number;
	since: number | null;
	adjust: Record<number, number>;
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
	/** For paced reps: the current rep (1-based), else null. */
	rep: number | null;
}

/** A fresh run starting at `now`. */
export function startRun(now: number): RunRecord {
	return { offset: 0, since: now, adjust: {} };
}

/** The segments' lengths with rest adjustments applied. */
export function durations(timeline: Timeline, run: RunRecord): number[] {
	return timeline.segments.map((s, i) => s.durationMs + (run.adjust[i] ?? 0));
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
export function indexAt(startTimes: number[], pos: number): number {
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
	const rep =
		segment.kind === 'work' && segment.reps !== null && segment.tempoMs
			? Math.min(segment.reps, Math.floor(segmentElapsed / segment.tempoMs) + 1)
			: null;
	return {
		index,
		segment,
		segmentElapsed,
		segmentRemaining: segmentDuration - segmentElapsed,
		segmentDuration,
		elapsed,
		remaining: total - elapsed,
		total,
		progress: total > 0 ? elapsed / total : 1,
		running: run.since !== null && !finished,
		finished,
		rep
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

/** Skips to the start of the next segment (or the end, from the last). */
export function skip(timeline: Timeline, run: RunRecord, now: number): RunRecord {
	const s = stateAt(timeline, run, now);
	if (s.finished) return run;
	return seek(run, s.elapsed + s.segmentRemaining, now);
}

/** Seconds into a segment after which Back restarts it rather than going to the previous one. */
export const BACK_THRESHOLD = 3000;

/**
 * Goes back: to the start of the current segment when more than 3 s of it have passed, else to the
 * start of the previous one (the contract's rule). From the finished state it reopens the last one.
 */
export function back(timeline: Timeline, run: RunRecord, now: number): RunRecord {
	const s = stateAt(timeline, run, now);
	const start = s.elapsed - s.segmentElapsed;
	if (s.finished) return seek(run, start, now);
	if (s.segmentElapsed > BACK_THRESHOLD || s.index === 0) return seek(run, start, now);
	const { starts: startTimes } = starts(durations(timeline, run));
	return seek(run, startTimes[s.index - 1]!, now);
}

/**
 * Lengthens or shortens the current rest by `deltaMs` (the +/-10 s buttons). A rest never drops
 * below 1 s nor below what has already passed of it, nor grows past the one rest limit
 * (./rest-limit.ts); other segments are left alone.
 */
export function adjustRest(
	timeline: Timeline,
	run: RunRecord,
	now: number,
	deltaMs: number
): RunRecord {
	const s = stateAt(timeline, run, now);
	if (s.finished || s.segment.kind !== 'rest') return run;
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
