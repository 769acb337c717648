// The honest record of a run: which stretches of the timeline were played (skips and End leave gaps),
// and from them, per exercise, the sets and the work time actually done. Pure functions of the
// timeline, the run and the spans played; the player keeps the spans as the run goes.
import type { ExerciseDone, Session } from '$lib/history/session';
import type { Timeline } from '$lib/routines/types';
import { OPEN_MS, position, starts, type RunRecord } from './engine';

/** A stretch of the timeline played, from and to positions in ms (`from` < `to`). */
export type Span = readonly [from: number, to: number];

/** The spans with [from, to) added, merged and sorted; an empty stretch changes nothing. */
export function addSpan(spans: readonly Span[], from: number, to: number): Span[] {
	if (!(to > from)) return [...spans];
	const all = [...spans, [from, to] as Span].sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const [a, b] of all) {
		const last = merged.at(-1);
		if (last && a <= last[1]) last[1] = Math.max(last[1], b);
		else merged.push([a, b]);
	}
	return merged;
}

/**
 * The spans with the run's current stretch added: from where it last started playing (`offset`) to
 * where it is at `now`. Call it before every jump, pause or end, and at the end of the routine.
 */
export function closeSpan(
	spans: readonly Span[],
	run: RunRecord,
	now: number,
	total: number
): Span[] {
	if (run.since === null) return [...spans];
	return addSpan(spans, run.offset, position(run, now, total));
}

/** How much of [from, to) the spans cover, in ms. */
export function covered(spans: readonly Span[], from: number, to: number): number {
	let sum = 0;
	for (const [a, b] of spans) sum += Math.max(0, Math.min(b, to) - Math.max(a, from));
	return sum;
}

/** Slack for a work segment to count as run to its end: the clock's rounding, nothing a runner feels. */
const END_SLACK_MS = 1;

/** What a run did, honestly: per exercise, sets and work time played; the time played in all. */
export interface HonestRecord {
	exercises: ExerciseDone[];
	/** Time played, in ms (the sum of the spans within the timeline). */
	playedMs: number;
	/** Every work segment ran to its end. */
	completed: boolean;
}

/**
 * The honest record of a run from its timeline, the segments' lengths in this run (rests may have been
 * adjusted) and the spans played. A set is done when each of its work segments (both sides of a
 * per-side exercise) was played to its end; work time counts only what was played. A self-paced set
 * ended with Done lasted as long as the runner took: that is its planned time, so it is done in full.
 */
export function honestRecord(
	timeline: Timeline,
	lengths: readonly number[],
	spans: readonly Span[]
): HonestRecord {
	const { starts: startTimes, total } = starts([...lengths]);
	const byItem = new Map<number, ExerciseDone & { sets_: Map<number, boolean> }>();
	let completed = true;
	timeline.segments.forEach((segment, i) => {
		if (segment.kind !== 'work') return;
		const from = startTimes[i]!;
		const length = lengths[i]!;
		const played = Math.min(length, covered(spans, from, from + length));
		const full = played >= length - END_SLACK_MS;
		if (!full) completed = false;
		const key = segment.item ?? -1 - i;
		const entry = byItem.get(key) ?? {
			exerciseId: segment.exerciseId,
			name: segment.label,
			setsDone: 0,
			sets: segment.sets ?? 1,
			workMs: 0,
			plannedMs: 0,
			sets_: new Map<number, boolean>()
		};
		entry.workMs += Math.round(played);
		// A set still waiting for Done (an hour long) is planned at its paced length.
		entry.plannedMs += length >= OPEN_MS ? segment.durationMs : length;
		const set = segment.set ?? 1;
		entry.sets_.set(set, (entry.sets_.get(set) ?? true) && full);
		byItem.set(key, entry);
	});
	const exercises = [...byItem.values()].map(({ sets_, ...e }) => ({
		...e,
		workMs: Math.min(e.workMs, e.plannedMs),
		setsDone: [...sets_.values()].filter(Boolean).length
	}));
	return { exercises, playedMs: Math.round(covered(spans, 0, total)), completed };
}

/** What a run's session record is made of besides its honest record. */
export interface RunIdentity {
	id: string;
	routineId: string;
	routineName: string;
	startedAt: number;
}

/**
 * The session record of a run (without a check-in): `endedEarly` when End stopped it, or it was left
 * and went stale, before the routine's end.
 */
export function sessionOf(run: RunIdentity, record: HonestRecord, endedEarly: boolean): Session {
	return {
		...run,
		durationMs: record.playedMs,
		completed: record.completed,
		endedEarly: !record.completed && endedEarly,
		exercises: record.exercises,
		pain: null,
		effort: null,
		note: ''
	};
}
