import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSilentCuePlayer, type SilentCuePlayer } from '$lib/audio';
import { prepare, rest, timelineOf, work } from '$lib/routines/testing';
import type { Routine } from '$lib/routines/types';
import { Notices } from '$lib/storage/notices.svelte';
import { DEFAULT_SETTINGS, type Settings } from '$lib/storage/settings-record';
import { createHistory } from '$lib/storage/stores.svelte';
import { MemoryStorage } from '$lib/storage/testing';
import type { Device, MediaControls } from './browser';
import type { Cue } from './cues';
import type { PlayerStatus } from './engine';
import { MAX_REST_MS } from './rest-limit';
import { parseSavedRun, type SavedRun } from './saved-run';
import type { PlayExercise } from './play-exercise';
import { PlayerSession } from './session.svelte';

/** How the screen shows an exercise, with an easier variant if given. */
function shown(id: string, name: string, easier?: PlayExercise): PlayExercise {
	const poses = { rest: [], moves: [] } as unknown as PlayExercise['poses'];
	return {
		id,
		name,
		cue: '',
		movement: '',
		steps: [],
		mistakes: [],
		poses,
		...(easier ? { easier } : {})
	};
}
const miniSquat = shown('mini-squat', 'Mini squat');
const withEasier = [shown('squat', 'Squat', miniSquat), shown('wall-sit', 'Wall sit')];

// Get ready 10 s; squats, 10 paced reps of 3 s; a 20 s rest; a 45 s wall sit. 105 s in all.
const timeline = timelineOf([
	prepare(10),
	work({ label: 'Squat', durationMs: 30_000, reps: 10, tempoMs: 3000 }),
	rest(20),
	work({ label: 'Wall sit', durationMs: 45_000, item: 1 })
]);
const routine = {
	id: 'test-routine',
	name: 'Test routine',
	items: [{ exercise: 'squat' }, { exercise: 'wall-sit' }]
} as unknown as Routine;
const T0 = Date.parse('2026-03-02T07:00:00Z');

/** A phone that writes down what it was asked. */
function fakeDevice() {
	const log = {
		cues: [] as Cue[],
		buzzes: [] as (number | number[])[],
		awake: 0,
		statuses: [] as PlayerStatus[],
		titles: [] as string[],
		controls: null as MediaControls | null,
		onReturn: null as (() => void) | null,
		hidden: false
	};
	const device: Device = {
		cue: (cue) => void log.cues.push(cue),
		hidden: () => log.hidden,
		keepAwake: () => {
			log.awake++;
			return () => void log.awake--;
		},
		buzz: (pattern) => void log.buzzes.push(pattern),
		mediaControls: (controls) => {
			log.controls = controls;
			return () => (log.controls = null);
		},
		nowPlaying: (title) => void log.titles.push(title),
		status: (status) => void log.statuses.push(status),
		onReturn: (listener) => {
			log.onReturn = listener;
			return () => (log.onReturn = null);
		}
	};
	return { device, log };
}

/** A session over fakes: a fake clock, the silent cue player, memory storage. */
function setup(
	options: {
		saved?: SavedRun | null;
		settings?: Partial<Settings>;
		exercises?: PlayExercise[];
	} = {}
) {
	const { device, log } = fakeDevice();
	const cues: SilentCuePlayer = createSilentCuePlayer();
	const said: string[] = [];
	const speaker = {
		enabled: true,
		volume: 1,
		cancelled: 0,
		say: (text: string) => void said.push(text),
		cancel: () => void speaker.cancelled++
	};
	let saved: SavedRun | null = options.saved ?? null;
	const runs = {
		load: () => saved,
		save: (run: SavedRun) => void (saved = run),
		clear: () => void (saved = null)
	};
	const history = createHistory({
		storage: new MemoryStorage().asStorage,
		notices: new Notices(),
		events: null
	});
	const prefs = $state<Settings>({ ...DEFAULT_SETTINGS, ...options.settings });
	const session = new PlayerSession(
		{ routine, timeline, exercises: options.exercises ?? [] },
		{
			clock: { now: () => Date.now() - T0, wall: () => Date.now() },
			cues,
			speaker,
			runs,
			history,
			device,
			settings: () => prefs
		}
	);
	const disconnect = session.connect();
	flushSync();
	const played = () => log.cues.map((c) => `${c.id}:${c.text}`);
	return {
		session,
		player: session.player,
		log,
		cues,
		speaker,
		said,
		runs,
		saved: () => saved,
		history,
		prefs,
		disconnect,
		played
	};
}

/** Moves the fake clock on by `ms`, letting the player's timer fire on its way. */
function advance(ms: number) {
	vi.advanceTimersByTime(ms);
	flushSync();
}

beforeEach(() => {
	vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
	vi.useRealTimers();
});

describe('PlayerSession', () => {
	it('starts only on Start, says what comes first, and keeps the screen awake', () => {
		const { session, player, log, said, cues } = setup();
		advance(5000);
		expect(player.status).toBe('idle');
		expect(log.awake).toBe(0);

		session.toggle();
		flushSync();
		expect(player.status).toBe('running');
		expect(said[0]).toMatch(/^Get ready\. First: Squat/);
		expect(cues.status).toBe('ready');
		expect(cues.active).toBe(true);
		expect(log.awake).toBe(1);
		expect(log.statuses.at(-1)).toBe('running');
		expect(player.state?.segmentRemaining).toBe(10_000);
	});

	it('gives each cue once, at its moment, with its caption, and buzzes at each new segment', () => {
		const { session, player, log, played } = setup();
		session.toggle();
		advance(9999);
		expect(played()).toEqual(['countdown:3', 'countdown:2', 'countdown:1']);
		expect(log.buzzes).toEqual([]);
		advance(1);
		expect(player.state?.index).toBe(1);
		expect(played().at(-1)).toBe('go:Squat');
		expect(player.lastCue?.text).toBe('Squat');
		expect(log.buzzes).toEqual([[60, 60, 60]]);
		advance(3000);
		expect(played().at(-1)).toBe('rep:2');

		// A return to the page recomputes at once and repeats nothing.
		log.onReturn?.();
		log.onReturn?.();
		expect(played().filter((c) => c === 'go:Squat')).toHaveLength(1);
		advance(27_000);
		expect(player.state?.index).toBe(2);
		expect(played().at(-1)).toBe('rest:Rest');
		expect(log.buzzes.at(-1)).toBe(40);
	});

	it('pauses: the time holds still, the voice stops and the screen may sleep', () => {
		const { session, player, log, speaker } = setup();
		session.toggle();
		advance(4000);
		session.pause();
		flushSync();
		expect(player.status).toBe('paused');
		expect(speaker.cancelled).toBeGreaterThan(0);
		expect(log.awake).toBe(0);
		advance(60_000);
		expect(player.state?.segmentRemaining).toBe(6000);
		session.resume();
		advance(1000);
		expect(player.state?.segmentRemaining).toBe(5000);
		expect(log.awake).toBe(1);
	});

	it('skips to the next segment and goes back to the start of this one or the one before', () => {
		const { session, player } = setup();
		session.toggle();
		advance(2000);
		session.skip();
		expect(player.state).toMatchObject({ index: 1, segmentRemaining: 30_000 });
		advance(4000);
		session.back();
		expect(player.state).toMatchObject({ index: 1, segmentRemaining: 30_000 });
		advance(1000);
		session.back();
		expect(player.state).toMatchObject({ index: 0, segmentRemaining: 10_000 });
	});

	it('lengthens and shortens a rest, and saves the change', () => {
		const { session, player, saved } = setup();
		session.toggle();
		advance(40_000);
		expect(player.state?.segment.kind).toBe('rest');
		session.adjustRest(10_000);
		expect(player.state?.segmentRemaining).toBe(30_000);
		expect(saved()?.adjust).toEqual({ 2: 10_000 });
		session.adjustRest(-10_000);
		session.adjustRest(-10_000);
		expect(player.state?.segmentRemaining).toBe(10_000);
		expect(player.state?.remaining).toBe(55_000);
	});

	it('holds a rest at the one limit, says so in a sentence, and a reload reads it back', () => {
		const { session, player, saved } = setup();
		session.toggle();
		advance(40_000);
		for (let i = 0; i < 70; i++) session.adjustRest(10_000);
		expect(player.lengths[2]).toBe(MAX_REST_MS);
		expect(session.restNote).toBe('Rests go up to 10 minutes.');
		expect(parseSavedRun(saved(), routine.id, player.timeline)).toEqual(saved());
		session.adjustRest(-10_000);
		expect(session.restNote).toBe('');
	});

	it('restores a recent unfinished run paused where it was, and offers an old one', () => {
		const recent: SavedRun = {
			routineId: routine.id,
			startedAt: T0 - 60_000,
			savedAt: T0 - 30_000,
			position: 42_000,
			adjust: {}
		};
		const { player } = setup({ saved: recent });
		expect(player.status).toBe('paused');
		expect(player.state).toMatchObject({ index: 2, segmentRemaining: 18_000 });

		const old = { ...recent, savedAt: T0 - 5 * 3_600_000 };
		const offered = setup({ saved: old });
		expect(offered.player.status).toBe('idle');
		expect(offered.session.offer).toEqual(old);
		offered.session.resumeOffered();
		expect(offered.player.state).toMatchObject({ index: 2, running: false });

		const dropped = setup({ saved: old });
		dropped.session.startOver();
		expect(dropped.session.offer).toBeNull();
		expect(dropped.saved()).toBeNull();
	});

	it('saves the run as it goes, and keeps it when the page goes', () => {
		const { session, saved, disconnect, log } = setup();
		session.toggle();
		advance(12_500);
		expect(saved()).toMatchObject({ routineId: routine.id, startedAt: T0 });
		disconnect();
		expect(saved()?.position).toBe(12_500);
		expect(log.controls).toBeNull();
		expect(log.onReturn).toBeNull();
	});

	it('skipping through records the session as partly done: no set done, nothing played', () => {
		const { session, history } = setup();
		session.toggle();
		for (let i = 0; i < timeline.segments.length; i++) session.skip();
		expect(session.result?.summary.completed).toBe(true);
		expect(history.value[0]).toMatchObject({
			completed: false,
			endedEarly: false,
			durationMs: 0,
			exercises: [
				expect.objectContaining({ name: 'Squat', setsDone: 0, sets: 1, workMs: 0 }),
				expect.objectContaining({ name: 'Wall sit', setsDone: 0, sets: 1, workMs: 0 })
			]
		});
	});

	it('a run left unfinished saves the record it would make; gone stale, it is recorded once', () => {
		const { session, saved } = setup();
		session.toggle();
		advance(42_000);
		session.pause();
		expect(saved()?.session).toMatchObject({
			id: `s-${T0.toString(36)}-left`,
			completed: false,
			endedEarly: true,
			durationMs: 42_000,
			exercises: [expect.objectContaining({ name: 'Squat', setsDone: 1 }), expect.anything()]
		});
		const old = { ...saved()!, savedAt: Date.now() - 5 * 3_600_000 };
		const later = setup({ saved: old });
		expect(later.history.value).toEqual([old.session]);
		expect(later.session.offer).toEqual(old);
		// Resumed and finished, the run replaces its ended-early record.
		later.session.resumeOffered();
		later.session.resume();
		advance(63_000);
		expect(later.history.value).toHaveLength(1);
		expect(later.history.value[0]).toMatchObject({ id: old.session!.id, completed: true });
	});

	it('End records the session as ended early, with the time played', () => {
		const { session, player, history, saved, cues, played } = setup();
		session.toggle();
		advance(25_000);
		session.end();
		expect(player.status).toBe('finished');
		expect(session.result?.summary).toMatchObject({
			completed: false,
			elapsed: 25_000,
			startedAt: T0
		});
		expect(history.value).toEqual([
			expect.objectContaining({
				routineId: routine.id,
				routineName: 'Test routine',
				startedAt: T0,
				durationMs: 25_000,
				completed: false,
				endedEarly: true,
				pain: null
			})
		]);
		expect(saved()).toBeNull();
		expect(cues.active).toBe(false);
		expect(played()).not.toContain('complete:Routine complete');
	});

	it('reaching the end records one completed session, says so once, and Repeat starts again', () => {
		const { session, history, played, log, said } = setup();
		session.toggle();
		advance(105_000);
		expect(session.result?.summary.completed).toBe(true);
		expect(played().filter((c) => c.startsWith('complete'))).toHaveLength(1);
		expect(said.at(-1)).toMatch(/complete/i);
		log.onReturn?.();
		advance(5000);
		expect(history.value).toHaveLength(1);
		expect(history.value[0]).toMatchObject({ completed: true, durationMs: 105_000 });

		session.repeat();
		expect(session.result).toBeNull();
		expect(session.player.state).toMatchObject({ index: 0, running: true });
		advance(105_000);
		expect(history.value).toHaveLength(2);
	});

	it('follows the settings: the countdown length, Sound, Voice and the mute toggle', () => {
		const { session, prefs, cues, speaker, played } = setup({ settings: { countdown: 5 } });
		session.toggle();
		advance(10_000);
		expect(played().slice(0, 5)).toEqual([
			'countdown:5',
			'countdown:4',
			'countdown:3',
			'countdown:2',
			'countdown:1'
		]);
		expect(cues.muted).toBe(false);
		session.toggleMute();
		flushSync();
		expect(cues.muted).toBe(true);
		expect(speaker.enabled).toBe(false);
		expect(session.soundOn).toBe(false);
		session.toggleMute();
		prefs.voice = false;
		prefs.volume = 0.3;
		flushSync();
		expect(cues.muted).toBe(false);
		expect(cues.volume).toBe(0.3);
		expect(speaker.enabled).toBe(false);
	});

	it('hands sounds to the audio clock ahead of time, further ahead when the page is hidden', () => {
		const { session, cues, log } = setup();
		session.toggle();
		advance(6850);
		expect(cues.played.map((c) => c.id)).toEqual(['countdown']);
		expect(cues.played[0]!.atMs).toBe(7000);
		log.hidden = true;
		advance(100);
		log.onReturn?.();
		expect(cues.played.map((c) => c.id)).toEqual(['countdown', 'countdown']);
		session.skip();
		expect(cues.cancelled).toBeGreaterThan(0);
	});

	it('the lock screen and headset buttons drive the run and show the segment', () => {
		const { session, player, log } = setup();
		expect(log.titles.at(-1)).toBe('Get ready');
		session.toggle();
		log.controls!.pause();
		expect(player.status).toBe('paused');
		log.controls!.play();
		expect(player.status).toBe('running');
		log.controls!.next();
		flushSync();
		expect(log.titles.at(-1)).toBe('Squat');
		log.controls!.previous();
		expect(player.state?.index).toBe(0);
	});

	it('This hurts: the easier variant plays for the rest of the session, is recorded, and a reload keeps it', () => {
		const { session, player, history, saved, played } = setup({ exercises: withEasier });
		session.toggle();
		advance(12_000);
		expect(session.hurtOffer).toMatchObject({
			exercise: { id: 'squat' },
			easier: { id: 'mini-squat' }
		});
		session.chooseHurt('swap');
		expect(session.timeline.segments[1]).toMatchObject({
			label: 'Mini squat',
			exerciseId: 'mini-squat'
		});
		expect(player.state).toMatchObject({ index: 1, running: true });
		expect(saved()?.hurt).toEqual([
			{
				action: 'swap',
				exerciseId: 'squat',
				name: 'Squat',
				easierId: 'mini-squat',
				easierName: 'Mini squat',
				segment: 1
			}
		]);
		// A reload reads the swap back and plays it again.
		const reloaded = setup({
			exercises: withEasier,
			saved: parseSavedRun(JSON.parse(JSON.stringify(saved())), routine.id, timeline)
		});
		expect(reloaded.session.timeline.segments[1]?.label).toBe('Mini squat');
		reloaded.disconnect();
		advance(93_000);
		expect(played()).toContain('countdown:3');
		expect(history.value[0]).toMatchObject({
			completed: true,
			hurt: [expect.objectContaining({ action: 'swap' })]
		});
		expect(history.value[0]?.exercises?.[0]).toMatchObject({
			exerciseId: 'mini-squat',
			name: 'Mini squat'
		});
	});

	it('This hurts: skip goes past the exercise, end ends the session; both are recorded', () => {
		const first = setup({ exercises: withEasier });
		first.session.toggle();
		advance(5000);
		// In the get-ready, "this exercise" is the one coming.
		expect(first.session.hurtOffer?.exercise.id).toBe('squat');
		first.session.chooseHurt('skip');
		expect(first.player.state).toMatchObject({ index: 2 });
		advance(70_000);
		expect(first.history.value[0]).toMatchObject({
			completed: false,
			endedEarly: false,
			hurt: [{ action: 'skip', exerciseId: 'squat', name: 'Squat', segment: 0 }]
		});
		first.disconnect();

		const second = setup({ exercises: withEasier });
		second.session.toggle();
		advance(70_000);
		expect(second.session.hurtOffer?.easier).toBeNull();
		second.session.chooseHurt('end');
		expect(second.player.status).toBe('finished');
		expect(second.history.value.at(-1)).toMatchObject({
			endedEarly: true,
			hurt: [{ action: 'end', exerciseId: 'wall-sit', name: 'Wall sit' }]
		});
	});
});
