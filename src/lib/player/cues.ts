// The cue schedule: every sound (and caption) of a run, with the timeline position it is due at.
// The rule for which cue sits where (the UI contract's table) lives here.
import type { CueId } from '$lib/audio/cues';
import type { Timeline } from '$lib/routines/types';
import { starts } from './engine';

/** One cue: what sounds, its caption, its segment and when, as a timeline position in ms. */
export interface Cue {
	id: CueId;
	text: string;
	segment: number;
	at: number;
}

/**
 * Options of the schedule: the countdown's length in seconds (3 by default, or 5), and the
 * self-paced sets, which end on Done: they get their go and nothing after it (no rep ticks,
 * halfway or countdown).
 */
export interface CueOptions {
	countdown?: number;
	selfPaced?: readonly number[];
}

/** The halfway cue is given in work segments at least this long. */
const HALFWAY_MIN = 20_000;

/** What the "go" caption says: the exercise and the side, if any. */
function goText(label: string, side: 'left' | 'right' | null): string {
	return side ? `${label}, ${side} side` : label;
}

/**
 * Every cue of a timeline (with its rest adjustments as `lengths`), sorted by time: a countdown
 * before the end of every segment long enough for it, go / rest / switch at segment starts,
 * halfway in long work, a tick for each paced rep after the first, and complete at the end.
 */
export function cueSchedule(
	timeline: Timeline,
	lengths: number[],
	options: CueOptions = {}
): Cue[] {
	const count = options.countdown ?? 3;
	const { starts: startTimes, total } = starts(lengths);
	const cues: Cue[] = [];
	timeline.segments.forEach((segment, index) => {
		const start = startTimes[index]!;
		const length = lengths[index]!;
		const end = start + length;
		if (segment.kind === 'work') {
			cues.push({ id: 'go', text: goText(segment.label, segment.side), segment: index, at: start });
		} else if (segment.kind === 'rest') {
			cues.push({ id: 'rest', text: 'Rest', segment: index, at: start });
		} else if (segment.kind === 'switch') {
			cues.push({ id: 'switch', text: 'Switch sides', segment: index, at: start });
		}
		if (options.selfPaced?.includes(index)) return;
		if (segment.kind === 'work' && segment.reps !== null && segment.tempoMs) {
			for (let rep = 2; rep <= segment.reps; rep++) {
				const at = start + (rep - 1) * segment.tempoMs;
				if (at < end) cues.push({ id: 'rep', text: String(rep), segment: index, at });
			}
		}
		if (segment.kind === 'work' && length >= HALFWAY_MIN) {
			cues.push({ id: 'halfway', text: 'Halfway', segment: index, at: start + length / 2 });
		}
		// A countdown needs room: the contract's 3-2-1 in segments of 5 s or more.
		if (length >= (count + 2) * 1000) {
			for (let n = count; n >= 1; n--) {
				cues.push({ id: 'countdown', text: String(n), segment: index, at: end - n * 1000 });
			}
		}
	});
	cues.push({
		id: 'complete',
		text: 'Routine complete',
		segment: timeline.segments.length - 1,
		at: total
	});
	const order: Record<CueId, number> = {
		complete: 0,
		go: 1,
		rest: 1,
		switch: 1,
		countdown: 2,
		halfway: 3,
		rep: 4
	};
	return cues.sort((a, b) => a.at - b.at || order[a.id] - order[b.id]);
}

/**
 * Whether the `Cue` live region announces this cue to a screen reader: a new exercise or side, a
 * switch, a rest and the end do; countdown numbers, rep ticks and halfway are shown, not spoken
 * over the reader.
 */
export function isAnnounced(cue: Pick<Cue, 'id'>): boolean {
	return cue.id === 'go' || cue.id === 'switch' || cue.id === 'rest' || cue.id === 'complete';
}

/** A cue's identity within a schedule, for firing each exactly once. */
export function cueKey(cue: Cue): string {
	return `${cue.segment}:${cue.id}:${cue.at}`;
}

/** Cues older than this when the player catches up are dropped, not replayed as a burst. */
const STALE_AFTER = 1000;

/**
 * The cues due when the position moves from `from` (exclusive) to `to` (inclusive), leaving out
 * any that are more than a second stale (a hidden tab, a stalled thread) and any already fired.
 */
function dueCues(schedule: Cue[], from: number, to: number, fired: Set<string>): Cue[] {
	return schedule.filter(
		(c) => c.at > from && c.at <= to && c.at > to - STALE_AFTER && !fired.has(cueKey(c))
	);
}

/**
 * Remembers how far cues have been given, so each fires exactly once: `advance` returns what is
 * newly due; `seek` follows a skip, a back or a restore (cues at the new position are due again,
 * earlier ones are not; going back forgets the cues after the new position).
 */
export class CueCursor {
	#last: number;
	#fired = new Set<string>();

	/** A cursor at a timeline position; cues exactly at it are still due. */
	constructor(position = 0) {
		this.#last = position - 0.5;
	}

	/** Moves to a position without giving the cues in between. */
	seek(position: number, schedule: Cue[]): void {
		if (position <= this.#last) {
			for (const cue of schedule) if (cue.at >= position) this.#fired.delete(cueKey(cue));
		}
		this.#last = position - 0.5;
	}

	/** The cues due up to `position`, each given once, none more than a second stale. */
	advance(schedule: Cue[], position: number): Cue[] {
		if (position <= this.#last) return [];
		const due = dueCues(schedule, this.#last, position, this.#fired);
		for (const cue of due) this.#fired.add(cueKey(cue));
		this.#last = position;
		return due;
	}

	/** The time of the next cue after the cursor, or undefined. */
	next(schedule: Cue[]): Cue | undefined {
		return schedule.find((c) => c.at > this.#last && !this.#fired.has(cueKey(c)));
	}
}
