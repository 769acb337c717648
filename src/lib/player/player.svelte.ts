// The one rune class that drives the engine in the browser: it holds the run record, owns the
// one timer loop, gives each cue once at its moment, and saves the run as it changes.
import type { Timeline } from '$lib/routines/types';
import { CueCursor, cueSchedule, isAnnounced, type Cue } from './cues';
import * as engine from './engine';
import type { PlayerStatus, RunRecord } from './engine';
import { closeSpan, honestRecord, type HonestRecord, type Span } from './record';
import { restLength } from './rest-limit';
import type { RunSummary } from './run-summary';
import type { RunStore, SavedRun } from './saved-run';

export type { PlayerStatus };

/** What the player needs from the outside world. */
export interface PlayerOptions {
	routineId: string;
	/** A monotonic clock in ms (performance.now by default). */
	clock?: () => number;
	/** Wall-clock time in ms (Date.now by default), only for the saved record. */
	wallClock?: () => number;
	/** Given every cue at the moment it is due: the caption, the event, the sound. */
	onCue?: (cue: Cue, scheduledAt: number) => void;
	/** Given every cue up to `lookahead()` ms early, to start the sound on the audio clock. */
	onCueAhead?: (cue: Cue, at: number) => void;
	/** Called when scheduled-ahead sounds must be dropped (pause, skip, back, end). */
	onCancelAhead?: () => void;
	/** How early to hand cues to `onCueAhead`, in ms (longer when the tab is hidden). */
	lookahead?: () => number;
	/** Called when the run moves to another segment (index), and at its first. */
	onSegment?: (index: number, previous: number) => void;
	/** Called once when the routine completes (or is ended early). */
	onFinish?: (summary: RunSummary) => void;
	/** Where the run is saved as it changes (only `save` and `clear` are used here). */
	store?: Pick<RunStore, 'save' | 'clear'>;
	/** The countdown's length in seconds (3 by default), read whenever the schedule is made. */
	countdown?: () => number;
	/** The segments that wait for Done (self-paced sets), read at every Start. */
	selfPaced?: () => readonly number[];
	/** The lengths of "Get ready" and "Switch sides", read at every Start. */
	transitions?: () => engine.Transitions | null;
}

/** The player: `$derived` state for the screen, methods that hand events to the engine. */
export class Player {
	/** What plays; "This hurts" may swap an easier variant in (same segments, same times). */
	#timeline = $state.raw<Timeline | null>(null);
	#options: PlayerOptions;
	#clock: () => number;
	#wall: () => number;
	#run = $state.raw<RunRecord | null>(null);
	#now = $state.raw(0);
	#startedAt = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#cursor = new CueCursor(0);
	#aheadCursor = new CueCursor(0);
	#lastSaved = -Infinity;
	#endedEarly = false;
	/** Where End was pressed: the time the summary reports, not the end of the timeline. */
	#endedAt: number | null = null;
	/** The segment last seen by the loop, for `onSegment`. */
	#index = -1;
	/** Whether `onFinish` was called for this run: a later refresh must not report it again. */
	#reported = false;
	/** The stretches of the timeline played so far, closed at every jump, pause and end. */
	#spans: Span[] = [];

	/** The latest cue given, for the caption. */
	lastCue = $state.raw<Cue | null>(null);

	/** The latest cue a screen reader hears (see `isAnnounced`), for the live region. */
	lastAnnounced = $state.raw<Cue | null>(null);

	/** The screen's state, or null before Start. */
	readonly state = $derived.by(() =>
		this.#run ? engine.stateAt(this.timeline, this.#run, this.#now) : null
	);

	readonly status: PlayerStatus = $derived(
		!this.state
			? 'idle'
			: this.state.finished
				? 'finished'
				: this.state.running
					? 'running'
					: 'paused'
	);

	/** The segments' lengths in this run, with its rest adjustments. */
	readonly lengths: number[] = $derived.by(() =>
		this.#run
			? engine.durations(this.timeline, this.#run)
			: this.timeline.segments.map((s) => s.durationMs)
	);

	/** Every cue of this run, with its rest adjustments. */
	readonly schedule: Cue[] = $derived.by(() =>
		cueSchedule(this.timeline, this.lengths, {
			countdown: this.#options.countdown?.() ?? 3,
			selfPaced: this.#run?.selfPaced
		})
	);

	/** The timeline this run plays. */
	get timeline(): Timeline {
		return this.#timeline!;
	}

	/** True when the run ended with End rather than by reaching the end. */
	get endedEarly(): boolean {
		return this.#endedEarly;
	}

	constructor(timeline: Timeline, options: PlayerOptions) {
		this.#timeline = timeline;
		this.#options = options;
		this.#clock = options.clock ?? (() => performance.now());
		this.#wall = options.wallClock ?? (() => Date.now());
	}

	/** Starts from the beginning. */
	start(): void {
		const now = this.#clock();
		this.#startedAt = this.#wall();
		this.#endedEarly = false;
		this.#endedAt = null;
		this.#reported = false;
		// A new run: nothing of the last one counts toward it.
		this.#run = null;
		this.#spans = [];
		const transitions = this.#options.transitions?.();
		const adjust = transitions ? engine.transitionAdjust(this.timeline, transitions) : {};
		this.#apply(engine.startRun(now, this.#options.selfPaced?.() ?? [], adjust), now, 0);
	}

	/** Restores a saved run, paused where it was. */
	restore(saved: SavedRun): void {
		this.#startedAt = saved.startedAt;
		// A run saved before spans were kept played everything up to where it stopped.
		this.#run = null;
		this.#spans = saved.played ? [...saved.played] : [[0, saved.position]];
		this.#reported = false;
		const now = this.#clock();
		const run: RunRecord = { offset: saved.position, since: null, adjust: saved.adjust };
		if (saved.selfPaced?.length) run.selfPaced = saved.selfPaced;
		this.#apply(run, now, saved.position);
	}

	/** Freezes the run where it is. */
	pause(): void {
		if (this.#run) this.#apply(engine.pause(this.timeline, this.#run, this.#clock()));
	}

	/** Goes on from where the run was paused. */
	resume(): void {
		if (this.#run) this.#apply(engine.resume(this.#run, this.#clock()));
	}

	/** Start, Pause or Resume: the big button and the Space key. */
	toggle(): void {
		if (this.status === 'idle') this.start();
		else if (this.status === 'running') this.pause();
		else if (this.status === 'paused') this.resume();
	}

	/** To the start of the next segment. */
	skip(): void {
		if (!this.#run) return;
		const now = this.#clock();
		const next = engine.skip(this.timeline, this.#run, now);
		this.#apply(next, now, engine.stateAt(this.timeline, next, now).elapsed);
	}

	/** To the start of this segment, or of the previous one within its first 3 s. */
	back(): void {
		if (!this.#run) return;
		const now = this.#clock();
		const next = engine.back(this.timeline, this.#run, now);
		this.#apply(next, now, engine.stateAt(this.timeline, next, now).elapsed);
	}

	/**
	 * Plays `timeline` from now on in place of the current one: the same segments and lengths with
	 * other exercises in them (an easier variant swapped in), so the run's place and cues hold.
	 */
	swap(timeline: Timeline): void {
		const old = this.timeline;
		const same =
			timeline.segments.length === old.segments.length &&
			timeline.segments.every((s, i) => s.durationMs === old.segments[i]!.durationMs);
		if (!same) throw new Error('A swapped timeline must keep every segment and its length');
		this.#timeline = timeline;
		if (this.#run) this.#save(true);
	}

	/** To the start of segment `index` (past the last: the end), keeping the run paused or running. */
	jumpTo(index: number): void {
		if (!this.#run || this.status === 'finished') return;
		const now = this.#clock();
		const next = engine.jumpTo(this.timeline, this.#run, index, now);
		this.#apply(next, now, engine.stateAt(this.timeline, next, now).elapsed);
	}

	/** Done, in a self-paced set: it ends now and the next segment starts. */
	done(): void {
		if (!this.#run) return;
		const now = this.#clock();
		const next = engine.done(this.timeline, this.#run, now);
		this.#apply(next, now, engine.stateAt(this.timeline, next, now).elapsed);
	}

	/**
	 * Adds (or with a negative value, takes) time to the current rest or side switch. Returns true
	 * when it was held at the one rest limit instead (./rest-limit.ts), for the screen to say so.
	 */
	adjustRest(deltaMs: number): boolean {
		if (!this.#run) return false;
		const now = this.#clock();
		const state = engine.stateAt(this.timeline, this.#run, now);
		this.#apply(engine.adjustRest(this.timeline, this.#run, now, deltaMs), now);
		if (state.finished || (state.segment.kind !== 'rest' && state.segment.kind !== 'switch'))
			return false;
		const wanted = state.segmentDuration + deltaMs;
		return restLength(state.segment.durationMs, wanted, state.segmentElapsed).limited;
	}

	/** Ends the run now (End): the completion view follows. */
	end(): void {
		if (!this.#run || this.status === 'finished') return;
		this.#endedEarly = true;
		const now = this.#clock();
		this.#endedAt = engine.stateAt(this.timeline, this.#run, now).elapsed;
		this.#apply(engine.finish(this.timeline, this.#run), now, null);
	}

	/** Recomputes at once: after the page was hidden, on pageshow, and on every tick. */
	refresh(): void {
		this.#tick();
	}

	/** Stops the loop (the page is leaving); the saved run stays. */
	destroy(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#save(true);
		this.#options.onCancelAhead?.();
	}

	/**
	 * Takes a new run record. `seekTo` is the position cues continue from after a jump (cues at
	 * exactly that position are still given; `null` gives none, as on End).
	 */
	#apply(run: RunRecord, now = this.#clock(), seekTo?: number | null): void {
		const wasRunning = this.#run?.since != null;
		if (this.#run) this.#spans = this.#played(this.#run, now);
		this.#run = run;
		this.#now = now;
		const pos = engine.stateAt(this.timeline, run, now).elapsed;
		if (seekTo !== undefined || !wasRunning || run.since === null) {
			this.#options.onCancelAhead?.();
			const at = seekTo === null ? pos + 0.5 : (seekTo ?? pos);
			this.#cursor.seek(at, this.schedule);
			this.#aheadCursor.seek(at, this.schedule);
		}
		this.#save(true);
		this.#tick();
	}

	/** One turn of the loop: repaint, give due cues, save, and sleep until something changes. */
	#tick(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		const run = this.#run;
		if (!run) return;
		const now = this.#clock();
		this.#now = now;
		const state = engine.stateAt(this.timeline, run, now);
		const schedule = this.schedule;
		if (state.index !== this.#index) {
			const previous = this.#index;
			this.#index = state.index;
			this.#options.onSegment?.(state.index, previous);
		}

		if (run.since !== null) {
			const ahead = this.#options.lookahead?.() ?? 0;
			if (this.#options.onCueAhead && ahead > 0) {
				for (const cue of this.#aheadCursor.advance(
					schedule,
					Math.min(state.elapsed + ahead, state.total)
				)) {
					this.#options.onCueAhead(cue, now + (cue.at - state.elapsed));
				}
			}
			for (const cue of this.#cursor.advance(schedule, state.elapsed)) {
				this.lastCue = cue;
				if (isAnnounced(cue)) this.lastAnnounced = cue;
				this.#options.onCue?.(cue, now - (state.elapsed - cue.at));
			}
		}

		if (state.finished) {
			if (this.#reported) return;
			this.#reported = true;
			this.#options.store?.clear();
			this.#spans = this.#played(run, now);
			this.#options.onFinish?.({
				completed: !this.#endedEarly,
				elapsed: this.#endedAt ?? state.elapsed,
				startedAt: this.#startedAt,
				record: this.honest()
			});
			return;
		}
		this.#save(false);
		if (!state.running) return;

		// Sleep until the countdown shows a new second, or the next cue, whichever comes first.
		let wait = state.segmentRemaining % 1000 || 1000;
		const next = this.#cursor.next(schedule);
		if (next) wait = Math.min(wait, next.at - state.elapsed);
		const ahead = this.#options.lookahead?.() ?? 0;
		const nextAhead = this.#aheadCursor.next(schedule);
		if (nextAhead && ahead > 0)
			wait = Math.min(wait, Math.max(1, nextAhead.at - ahead - state.elapsed));
		this.#timer = setTimeout(() => this.#tick(), Math.max(1, Math.ceil(wait)));
	}

	/** Saves the run on every change, and about once a second while it plays. */
	#save(force: boolean): void {
		const run = this.#run;
		const store = this.#options.store;
		if (!run || !store) return;
		const now = this.#clock();
		if (!force && now - this.#lastSaved < 1000) return;
		const state = engine.stateAt(this.timeline, run, now);
		if (state.finished) return;
		this.#lastSaved = now;
		store.save({
			routineId: this.#options.routineId,
			startedAt: this.#startedAt,
			savedAt: this.#wall(),
			position: state.elapsed,
			adjust: run.adjust,
			played: this.#played(run, now),
			...(run.selfPaced?.length ? { selfPaced: [...run.selfPaced] } : {})
		});
	}

	/** The spans played, with the run's current stretch up to `now`. */
	#played(run: RunRecord, now: number): Span[] {
		return closeSpan(
			this.#spans,
			run,
			now,
			engine.starts(engine.durations(this.timeline, run)).total
		);
	}

	/** What this run has honestly done so far: per exercise, sets and work time played. */
	honest(): HonestRecord {
		const run = this.#run;
		const spans = run ? this.#played(run, this.#clock()) : this.#spans;
		return honestRecord(this.timeline, this.lengths, spans);
	}
}
