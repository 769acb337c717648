// The player session: everything that happens while one routine plays on this page. It drives the
// `Player` (the timer and its cues) and owns the rest of the run: sound and speech, what the voice
// says, the buzz at each new segment, the saved run and its resume offer, the wake lock, the lock
// screen, and the history record made when the run ends. The outside world comes in through the
// constructor (real defaults, fakes in tests), so a page only lays it out and forwards events.
import { createCuePlayer, createSpeaker, type CuePlayer, type CueStatus } from '$lib/audio';
import { announcement, startAnnouncement } from '$lib/audio/announce';
import type { Speaker } from '$lib/audio/speech';
import type { Routine, Timeline } from '$lib/routines/types';
import type { Persisted } from '$lib/storage/persisted.svelte';
import type { HurtAction, HurtChoice } from '$lib/history/session';
import type { Session } from '$lib/storage/session-record';
import { DEFAULT_SETTINGS, type Settings } from '$lib/storage/settings-record';
import { history, recordSession, settings } from '$lib/storage/stores.svelte';
import { TabRuns } from '$lib/storage/tab-runs';
import { browserDevice, type Device } from './browser';
import type { PlayExercise } from './play-exercise';
import { hurtOffer, swapExercise, withSwaps, type HurtOffer } from './hurt';
import { Player } from './player.svelte';
import * as engine from './engine';
import { honestRecord } from './record';
import { sessionRecord, type RunSummary } from './run-summary';
import { REST_LIMIT_TEXT } from './rest-limit';
import { isStale, parseSavedRun, type RunStore, type SavedRun } from './saved-run';

/** Two clocks: a monotonic one for the timer, the wall clock for records. */
export interface Clock {
	now(): number;
	wall(): number;
}

/** The session's outside world. Every part has a real default in the browser. */
export interface SessionWorld {
	clock: Clock;
	cues: CuePlayer;
	speaker: Pick<Speaker, 'say' | 'cancel' | 'enabled' | 'volume'>;
	/** The saved run of this routine. */
	runs: RunStore;
	/** The session history the record goes to. */
	history: Persisted<Session[]>;
	device: Device;
	/** The runner's settings, read reactively. */
	settings: () => Settings;
}

/** How the run ended and the history record made of it. */
export interface SessionResult {
	summary: RunSummary;
	record: Session;
}

/** What a session plays: the play data's routine, timeline and exercises. */
export interface SessionData {
	routine: Routine;
	timeline: Timeline;
	exercises: PlayExercise[];
}

/**
 * The browser's saved runs of one routine, one per tab (`patella:run:<id>:v1`), validated on read:
 * a reload resumes this tab's own place, a tab opened later the latest one.
 */
export function storedRun(routineId: string, timeline: Timeline): RunStore {
	const runs = new TabRuns<SavedRun>({
		routineId,
		parse: (raw) => parseSavedRun(raw, routineId, timeline)
	});
	return {
		load: () => runs.load(),
		save: (run) => void runs.save(run),
		clear: () => void runs.clear()
	};
}

/** Look-ahead for sounds on the audio clock: a late main thread cannot delay them. */
const LOOKAHEAD_MS = 150;
/** A hidden tab's timers wake once a second, so sounds go further ahead. */
const HIDDEN_LOOKAHEAD_MS = 1500;
/** How long after mount the sound code loads, while the runner reads the screen. */
const PRELOAD_AFTER_MS = 500;

/** One routine played on one page: the `Player` and everything around it. */
export class PlayerSession {
	readonly routine: Routine;
	/** The routine's exercises by id, as the screen shows them (their easier variants too). */
	readonly exercises: ReadonlyMap<string, PlayExercise>;
	readonly player: Player;

	/** An unfinished run old enough to ask about before resuming it. */
	offer = $state.raw<SavedRun | null>(null);
	/** Where sound stands (blocked: offer "Enable sound"). */
	soundStatus = $state<CueStatus>('idle');
	/** The screen's mute toggle, on top of the Sound setting. */
	muted = $state(false);
	/** Said when the runner asks for a rest longer than the limit; cleared at the next segment. */
	restNote = $state('');
	/** How the run ended, once it has. */
	result = $state.raw<SessionResult | null>(null);
	/** Each "This hurts" of this run and what was chosen. */
	hurt = $state.raw<HurtChoice[]>([]);

	#world: SessionWorld;
	/** The timeline as the routine has it, before any swap. */
	#base: Timeline;
	/** The start time of a stale run resumed from the offer: its record is replaced at the end. */
	#resumedFrom: number | null = null;
	/** True once connected in the browser: stored settings apply from then on (not in prerender). */
	#live = $state(false);

	constructor(data: SessionData, world: Partial<SessionWorld> = {}) {
		this.routine = data.routine;
		this.#base = data.timeline;
		const shown = [
			...data.exercises,
			...data.exercises.flatMap((e) => (e.easier ? [e.easier] : []))
		];
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- made once, never changed
		this.exercises = new Map(shown.reverse().map((e) => [e.id, e]));
		this.#world = {
			clock: world.clock ?? { now: () => performance.now(), wall: () => Date.now() },
			cues: world.cues ?? createCuePlayer(),
			speaker: world.speaker ?? createSpeaker(),
			runs: world.runs ?? storedRun(data.routine.id, data.timeline),
			history: world.history ?? history,
			device: world.device ?? browserDevice,
			settings: world.settings ?? (() => settings.value)
		};
		const { clock, cues, device } = this.#world;
		const runs = this.#world.runs;
		this.player = new Player(data.timeline, {
			routineId: data.routine.id,
			clock: clock.now,
			wallClock: clock.wall,
			// The saved run carries the record it makes if it is never finished, so `/` can keep it.
			store: {
				save: (run) =>
					runs.save({
						...run,
						session: this.#leftRecord(run),
						...(this.hurt.length > 0 ? { hurt: this.hurt } : {})
					}),
				clear: runs.clear
			},
			countdown: () => this.settings.countdown,
			selfPaced: () => engine.selfPacedSets(data.timeline, this.settings.selfPaced),
			transitions: () => ({
				getReady: this.settings.getReady,
				switchSides: this.settings.switchSides
			}),
			lookahead: () => (device.hidden() ? HIDDEN_LOOKAHEAD_MS : LOOKAHEAD_MS),
			onCueAhead: (cue, at) => cues.play(cue.id, at),
			onCancelAhead: () => cues.cancelScheduled(),
			onCue: (cue, scheduledAt) => {
				device.cue(cue, scheduledAt);
				const p = this.player;
				const words = announcement(cue, this.timeline.segments, p.lengths, p.schedule);
				if (words) this.#world.speaker.say(words, { interrupt: cue.id !== 'halfway' });
			},
			onSegment: (index, previous) => this.#segmentChanged(index, previous),
			onFinish: (summary) => this.#finish(summary)
		});
	}

	/** What plays: the routine's timeline, with any easier variant swapped in. */
	get timeline(): Timeline {
		return this.player.timeline;
	}

	/** What "This hurts" offers now: the exercise, its easier variant if one fits, skip, end. */
	get hurtOffer(): HurtOffer | null {
		return hurtOffer(this.timeline, this.player.state?.index ?? 0, this.exercises);
	}

	/**
	 * "This hurts", answered: the easier variant for the rest of the session, skip the rest of this
	 * exercise, or end. The choice goes into the session's record and feeds the advice.
	 */
	chooseHurt(action: HurtAction): void {
		const offer = this.hurtOffer;
		if (!offer || this.player.status === 'idle' || this.player.status === 'finished') return;
		const { exercise, easier } = offer;
		const choice: HurtChoice = {
			action,
			exerciseId: exercise.id,
			name: exercise.name,
			segment: offer.segment
		};
		if (action === 'swap') {
			if (!easier) return;
			Object.assign(choice, { easierId: easier.id, easierName: easier.name });
		}
		this.hurt = [...this.hurt, choice];
		if (action === 'swap') {
			this.player.swap(swapExercise(this.timeline, offer.segment, exercise.id, easier!));
			this.#world.speaker.say(`${easier!.name} instead, for the rest of this session`, {
				interrupt: true
			});
		} else if (action === 'skip') this.player.jumpTo(offer.skipTo);
		else this.player.end();
	}

	/** The runner's settings: the defaults until connected, then the stored ones. */
	get settings(): Settings {
		return this.#live ? this.#world.settings() : DEFAULT_SETTINGS;
	}

	/** Whether cues can be heard: not muted here and Sound on in the settings. */
	get soundOn(): boolean {
		return !this.muted && this.settings.sound;
	}

	/**
	 * Connects to the browser (call on mount): restores or offers the saved run, loads the sound
	 * code when idle, follows the settings, keeps the screen awake while playing, and wires the lock
	 * screen. Returns the cleanup for when the page goes; the saved run stays.
	 */
	connect(): () => void {
		const { cues, speaker, device, runs } = this.#world;
		this.#live = true;
		const stopStatus = cues.onStatus((status) => (this.soundStatus = status));
		const idle = setTimeout(() => void cues.preload(), PRELOAD_AFTER_MS);
		const found = runs.load();
		if (found?.hurt) this.#takeHurt(found.hurt);
		if (found) {
			if (isStale(found, this.#world.clock.wall())) {
				// Left too long ago: recorded as ended early where it stopped, and still offered.
				this.#keepLeft(found);
				this.offer = found;
			} else this.player.restore(found);
		}
		// Time comes from timestamps: recompute at once whenever the page comes back.
		const stopReturn = device.onReturn(() => this.player.refresh());
		const stopControls = device.mediaControls({
			play: () => this.resume(),
			pause: () => this.pause(),
			next: () => this.skip(),
			previous: () => this.back()
		});
		const stopEffects = $effect.root(() => {
			// Settings and the mute toggle apply at once.
			$effect(() => {
				const prefs = this.settings;
				cues.volume = prefs.volume;
				cues.muted = !this.soundOn;
				speaker.enabled = prefs.voice && !this.muted;
				speaker.volume = prefs.volume;
			});
			// The screen stays awake while the routine plays.
			$effect(() => {
				if (this.player.status === 'running') return device.keepAwake();
			});
			$effect(() => device.status(this.player.status));
			$effect(() => {
				const index = this.player.state?.index ?? 0;
				device.nowPlaying(this.timeline.segments[index]!.label, this.routine.name);
			});
		});
		return () => {
			stopEffects();
			stopControls();
			stopReturn();
			clearTimeout(idle);
			stopStatus();
			this.player.destroy();
			speaker.cancel();
			cues.setActive(false);
			this.#live = false;
		};
	}

	/** The big button and Space: Start, Pause or Resume. Call from the user's gesture. */
	toggle(): void {
		this.#unlockSound();
		const starting = this.player.status === 'idle';
		this.player.toggle();
		if (starting) {
			const words = startAnnouncement(this.timeline.segments, this.player.schedule);
			if (words) this.#world.speaker.say(words, { interrupt: true });
		}
		this.#changed();
	}

	/** Pauses a running run. */
	pause(): void {
		this.player.pause();
		this.#changed();
	}

	/** Resumes a paused run. */
	resume(): void {
		this.player.resume();
		this.#changed();
	}

	/** To the start of the next segment. */
	skip(): void {
		this.player.skip();
	}

	/** Back to the start of this segment (or the previous one). */
	back(): void {
		this.player.back();
	}

	/** Done, in a self-paced set: the next segment starts. */
	done(): void {
		this.player.done();
	}

	/** Lengthens (or shortens) the current rest or side switch, saying so at the limit. */
	adjustRest(deltaMs: number): void {
		this.restNote = this.player.adjustRest(deltaMs) ? REST_LIMIT_TEXT : '';
	}

	/** Ends the run now (End): recorded as ended early. */
	end(): void {
		this.player.end();
	}

	/** The screen's mute toggle. */
	toggleMute(): void {
		this.muted = !this.muted;
	}

	/** "Enable sound" after the browser blocked it: call from that click. */
	enableSound(): void {
		void this.#world.cues.unlock();
	}

	/** Resumes the offered unfinished run, paused where it was. */
	resumeOffered(): void {
		this.#unlockSound();
		if (this.offer) {
			this.#takeHurt(this.offer.hurt ?? []);
			this.#resumedFrom = this.offer.startedAt;
			this.player.restore(this.offer);
		}
		this.offer = null;
	}

	/** Drops the offered unfinished run (its record, ended early, stays in the history). */
	startOver(): void {
		this.offer = null;
		this.#takeHurt([]);
		this.#world.runs.clear();
	}

	/** Plays the routine again from the completion view. */
	repeat(): void {
		this.result = null;
		this.#takeHurt([]);
		this.#unlockSound();
		this.player.start();
		this.#changed();
	}

	/** Takes a saved run's "This hurts" choices: its swaps play again. */
	#takeHurt(choices: HurtChoice[]): void {
		this.hurt = choices;
		this.player.swap(withSwaps(this.#base, choices));
	}

	/** The record with this run's "This hurts" choices, if any. */
	#withHurt(record: Session): Session {
		return this.hurt.length > 0 ? { ...record, hurt: this.hurt } : record;
	}

	/** Unlocks sound inside the user's gesture; the timer goes on whether it works or not. */
	#unlockSound(): void {
		const { cues } = this.#world;
		if (cues.status !== 'ready' && cues.status !== 'loading') void cues.unlock();
	}

	/** While a routine is under way the audio stays awake; a pause silences the voice. */
	#changed(): void {
		const status = this.player.status;
		if (status === 'running') this.#world.cues.setActive(true);
		if (status === 'paused') this.#world.speaker.cancel();
	}

	/** A short buzz at each new segment while the routine plays: longer for work. */
	#segmentChanged(index: number, previous: number): void {
		this.restNote = '';
		if (previous < 0 || this.player.status !== 'running') return;
		this.#world.device.buzz(this.timeline.segments[index]!.kind === 'work' ? [60, 60, 60] : 40);
	}

	/** The record a saved run makes if it is left unfinished: ended early at its last place. */
	#leftRecord(run: SavedRun): Session {
		const { adjust, selfPaced } = run;
		const lengths = engine.durations(this.timeline, { offset: 0, since: null, adjust, selfPaced });
		const played = run.played ?? [[0, run.position] as const];
		const record = honestRecord(this.timeline, lengths, played);
		const summary = { completed: false, elapsed: run.position, startedAt: run.startedAt, record };
		return this.#withHurt(sessionRecord(this.routine, summary, 'left'));
	}

	/** Records a run left unfinished, unless the history already holds it (with a check-in, say). */
	#keepLeft(run: SavedRun): void {
		const record = run.session ?? this.#leftRecord(run);
		if (!this.#world.history.value.some((s) => s.id === record.id)) {
			recordSession(record, this.#world.history);
		}
	}

	/** The run ended: the record goes to the history at once, so leaving loses nothing. */
	#finish(summary: RunSummary): void {
		// A resumed run that was recorded when it went stale replaces that record.
		const nonce =
			summary.startedAt === this.#resumedFrom ? 'left' : Math.random().toString(36).slice(2, 8);
		const record = this.#withHurt(sessionRecord(this.routine, summary, nonce));
		recordSession(record, this.#world.history);
		this.result = { summary, record };
		this.#world.cues.setActive(false);
	}
}
