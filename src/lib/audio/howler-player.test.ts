import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clockMap, type AudioContextLike, type BufferSourceLike } from './audio-clock';
import type { CueLatency } from './cues';
import {
	HowlerCuePlayer,
	type HowlerCuePlayerOptions,
	type HowlerModule,
	type HowlInit,
	type HowlLike
} from './howler-player';
import { SPRITE, SPRITE_SOURCES } from './sprite';

/** A buffer source that remembers how it was started and stopped. */
class FakeSource implements BufferSourceLike {
	buffer: AudioBuffer | null = null;
	destination: AudioNode | null = null;
	started: [number, number, number] | null = null;
	stopped = false;
	connect(destination: AudioNode) {
		this.destination = destination;
	}
	disconnect() {
		this.destination = null;
	}
	start(when: number, offset: number, duration: number) {
		this.started = [when, offset, duration];
	}
	stop() {
		this.stopped = true;
	}
}

/** An audio context whose clock, state and resume behaviour the test controls. */
class FakeContext implements AudioContextLike {
	state = 'suspended';
	currentTime = 0;
	/** What resume() does: start running, never settle (Chrome without a gesture), or reject. */
	onResume: 'run' | 'hang' | 'reject' = 'run';
	outputTimestamp: { contextTime: number; performanceTime: number } | null = null;
	sources: FakeSource[] = [];
	#listeners: (() => void)[] = [];
	resume = vi.fn(() => {
		if (this.onResume === 'hang') return new Promise<void>(() => {});
		if (this.onResume === 'reject') return Promise.reject(new Error('not allowed'));
		this.setState('running');
		return Promise.resolve();
	});
	decodeAudioData = vi.fn(async (_data: ArrayBuffer) => ({ duration: 4.88 }) as AudioBuffer);
	getOutputTimestamp() {
		return this.outputTimestamp ?? {};
	}
	createBufferSource() {
		const source = new FakeSource();
		this.sources.push(source);
		return source;
	}
	addEventListener(_type: 'statechange', listener: () => void) {
		this.#listeners.push(listener);
	}
	setState(state: string) {
		this.state = state;
		for (const listener of this.#listeners) listener();
	}
}

type LoadOutcome = 'load' | 'loaderror' | 'pending';

/** A fake howler module: Howls that load (or fail) per source, and a Howler global. */
function fakeHowler(outcome: (src: string) => LoadOutcome = () => 'load') {
	const ctx = new FakeContext();
	const masterGain = { name: 'masterGain' } as unknown as AudioNode;
	const Howler = {
		ctx: null as FakeContext | null,
		masterGain: null as AudioNode | null,
		autoSuspend: true,
		usingWebAudio: true,
		volume: vi.fn(),
		mute: vi.fn()
	};
	const howls: FakeHowl[] = [];
	class FakeHowl implements HowlLike {
		init: HowlInit;
		_src: string;
		_webAudio = true;
		#state: 'unloaded' | 'loading' | 'loaded' = 'loading';
		#handlers = new Map<string, ((id: number) => void)[]>();
		play = vi.fn((_sprite?: string) => 1);
		unload = vi.fn();
		constructor(init: HowlInit) {
			// Like howler: the first Howl creates the audio context.
			Howler.ctx ??= ctx;
			Howler.masterGain ??= masterGain;
			this.init = init;
			this._src = init.src[0]!;
			howls.push(this);
			const result = outcome(this._src);
			if (result !== 'pending') queueMicrotask(() => this.emit(result));
		}
		state() {
			return this.#state;
		}
		on(event: string, callback: (id: number) => void) {
			this.#handlers.set(event, [...(this.#handlers.get(event) ?? []), callback]);
			return this;
		}
		emit(event: string) {
			if (event === 'load') this.#state = 'loaded';
			for (const handler of this.#handlers.get(event) ?? []) handler(0);
		}
	}
	const module: HowlerModule = { Howl: FakeHowl, Howler };
	return { module, ctx, Howler, howls, masterGain };
}

let now = 1000;
/** The timing the player reported through `onLatency`, in order. */
let samples: CueLatency[] = [];

function makePlayer(
	fake: ReturnType<typeof fakeHowler>,
	options: Partial<HowlerCuePlayerOptions> = {}
) {
	const loadHowler = vi.fn(async () => fake.module);
	const fetchAudio = vi.fn(async (_url: string) => new ArrayBuffer(8));
	const player = new HowlerCuePlayer({
		loadHowler,
		fetchAudio,
		now: () => now,
		audioSession: null,
		onLatency: (sample) => samples.push(sample),
		...options
	});
	return { player, loadHowler, fetchAudio };
}

/** Unlocks and lets the scheduling copy of the sprite decode. */
async function unlocked(fake = fakeHowler(), options: Partial<HowlerCuePlayerOptions> = {}) {
	const made = makePlayer(fake, options);
	expect(await made.player.unlock()).toBe(true);
	await vi.waitFor(() => expect(fake.ctx.decodeAudioData).toHaveBeenCalled());
	await Promise.resolve();
	return { ...made, fake };
}

beforeEach(() => {
	now = 1000;
	samples = [];
	vi.stubGlobal('window', {});
});

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('unlock', () => {
	it('creates the Howl once, only on unlock, with the sprite and both formats', async () => {
		const fake = fakeHowler();
		const { player, loadHowler } = makePlayer(fake);
		await player.preload();
		expect(fake.howls).toHaveLength(0);
		expect(fake.Howler.ctx).toBeNull();
		expect(player.status).toBe('idle');

		expect(await player.unlock()).toBe(true);
		expect(await player.unlock()).toBe(true);
		expect(fake.howls).toHaveLength(1);
		expect(loadHowler).toHaveBeenCalledTimes(1);
		expect(fake.howls[0]!.init).toEqual({
			src: SPRITE_SOURCES,
			sprite: SPRITE,
			preload: true,
			html5: false
		});
		expect(fake.ctx.resume).toHaveBeenCalled();
		expect(player.status).toBe('ready');
	});

	it('resumes the context inside the gesture when howler was preloaded', async () => {
		const fake = fakeHowler();
		const { player } = makePlayer(fake);
		await player.preload();
		const result = player.unlock();
		// Synchronously, before any await: still inside the click handler.
		expect(fake.ctx.resume).toHaveBeenCalledTimes(1);
		expect(await result).toBe(true);
	});

	it('reports loading, then ready, to status listeners', async () => {
		const fake = fakeHowler();
		const { player } = makePlayer(fake);
		const seen: string[] = [];
		const off = player.onStatus((status) => seen.push(status));
		await player.unlock();
		off();
		player.muted = true;
		expect(seen).toEqual(['loading', 'ready']);
	});

	it('says blocked when the context will not resume, and ready once it runs', async () => {
		vi.useFakeTimers();
		const fake = fakeHowler();
		fake.ctx.onResume = 'hang';
		const { player } = makePlayer(fake, { resumeTimeoutMs: 1000 });
		const result = player.unlock();
		await vi.advanceTimersByTimeAsync(1000);
		expect(await result).toBe(false);
		expect(player.status).toBe('blocked');
		expect(() => player.play('go')).not.toThrow();
		expect(() => player.play('countdown', now + 100)).not.toThrow();
		// A later tap (howler's own unlock, or our "Enable sound") gets the context running.
		fake.ctx.setState('running');
		expect(player.status).toBe('ready');
	});

	it('says blocked when resume() rejects', async () => {
		const fake = fakeHowler();
		fake.ctx.onResume = 'reject';
		const { player } = makePlayer(fake);
		expect(await player.unlock()).toBe(false);
		expect(player.status).toBe('blocked');
	});

	it('falls back to the MP3 when the WebM fails to decode', async () => {
		const fake = fakeHowler((src) => (src.endsWith('.webm') ? 'loaderror' : 'load'));
		const { player, fetchAudio } = makePlayer(fake);
		expect(await player.unlock()).toBe(true);
		expect(fake.howls.map((h) => h.init.src)).toEqual([SPRITE_SOURCES, ['/audio/cues.mp3']]);
		expect(fake.howls[0]!.unload).toHaveBeenCalled();
		expect(fetchAudio).toHaveBeenCalledWith('/audio/cues.mp3');
		expect(player.status).toBe('ready');
	});

	it('says error when no format loads, and play() then does nothing', async () => {
		const fake = fakeHowler(() => 'loaderror');
		const { player } = makePlayer(fake);
		expect(await player.unlock()).toBe(false);
		expect(player.status).toBe('error');
		expect(() => player.play('go')).not.toThrow();
		for (const howl of fake.howls) expect(howl.play).not.toHaveBeenCalled();
	});

	it('says error when howler itself cannot be loaded', async () => {
		const fake = fakeHowler();
		const { player } = makePlayer(fake, {
			loadHowler: () => Promise.reject(new Error('chunk failed'))
		});
		await expect(player.preload()).resolves.toBeUndefined();
		expect(await player.unlock()).toBe(false);
		expect(player.status).toBe('error');
	});

	it('says error when the sprite takes too long, and ready when it arrives after all', async () => {
		vi.useFakeTimers();
		const fake = fakeHowler(() => 'pending');
		const { player } = makePlayer(fake, { loadTimeoutMs: 5000 });
		const result = player.unlock();
		await vi.advanceTimersByTimeAsync(5000);
		expect(await result).toBe(false);
		expect(player.status).toBe('error');
		fake.howls[0]!.emit('load');
		expect(player.status).toBe('ready');
	});

	it('is refused on the server', async () => {
		vi.unstubAllGlobals();
		const fake = fakeHowler();
		const { player, loadHowler } = makePlayer(fake);
		expect(await player.unlock()).toBe(false);
		expect(loadHowler).not.toHaveBeenCalled();
	});
});

describe('play', () => {
	it('does nothing before unlock', () => {
		const fake = fakeHowler();
		const { player } = makePlayer(fake);
		expect(() => player.play('go')).not.toThrow();
		expect(samples).toEqual([]);
	});

	it('holds cues given while the sprite loads, and plays the fresh ones once ready', async () => {
		const fake = fakeHowler(() => 'pending');
		const { player } = makePlayer(fake);
		await player.preload();
		const unlocking = player.unlock();
		player.play('countdown', now - 600);
		player.play('go');
		player.play('rest', now + 300);
		expect(fake.howls[0]!.play).not.toHaveBeenCalled();
		now += 100;
		fake.howls[0]!.emit('load');
		expect(await unlocking).toBe(true);
		// The stale countdown is dropped; the go is 100 ms late; the rest is still ahead.
		expect(fake.howls[0]!.play.mock.calls).toEqual([['go']]);
		expect(samples.map((l) => [l.id, l.lateMs])).toEqual([['go', 100]]);
		player.cancelScheduled();
	});

	it('drops cues held during loading when they are cancelled or loading fails', async () => {
		const fake = fakeHowler(() => 'pending');
		const { player } = makePlayer(fake);
		await player.preload();
		const unlocking = player.unlock();
		player.play('go');
		player.cancelScheduled();
		fake.howls[0]!.emit('load');
		await unlocking;
		expect(fake.howls[0]!.play).not.toHaveBeenCalled();

		const failing = fakeHowler(() => 'pending');
		const other = makePlayer(failing).player;
		await other.preload();
		const result = other.unlock();
		other.play('go');
		failing.howls[0]!.emit('loaderror');
		// The MP3 is tried next; it fails too.
		failing.howls[1]!.emit('loaderror');
		expect(await result).toBe(false);
		failing.howls[1]!.emit('load');
		expect(failing.howls[1]!.play).not.toHaveBeenCalled();
	});

	it('plays a cue due now through the howler sprite', async () => {
		const { player, fake } = await unlocked();
		player.play('go');
		player.play('rest', now - 50);
		expect(fake.howls[0]!.play.mock.calls).toEqual([['go'], ['rest']]);
		expect(fake.ctx.sources).toHaveLength(0);
		expect(samples.map((l) => [l.id, l.scheduled, l.lateMs])).toEqual([
			['go', false, 0],
			['rest', false, 50]
		]);
	});

	it('schedules a future cue on the audio clock, into the master gain', async () => {
		const { player, fake } = await unlocked();
		fake.ctx.currentTime = 10;
		player.play('countdown', now + 100);
		expect(fake.howls[0]!.play).not.toHaveBeenCalled();
		const [source] = fake.ctx.sources;
		expect(source!.destination).toBe(fake.masterGain);
		const [when, offset, duration] = source!.started!;
		expect(when).toBeCloseTo(10.1, 9);
		expect(offset).toBe(SPRITE.countdown[0] / 1000);
		expect(duration).toBe(SPRITE.countdown[1] / 1000);
		expect(samples[0]).toMatchObject({
			id: 'countdown',
			scheduled: true,
			clock: 'current'
		});
		expect(samples[0]!.lateMs).toBeCloseTo(0, 6);
	});

	it('maps time through getOutputTimestamp, so the sound reaches the speaker on time', async () => {
		const { player, fake } = await unlocked();
		fake.ctx.currentTime = 10.05;
		// The speaker is playing context time 10.0 at performance time 998.
		fake.ctx.outputTimestamp = { contextTime: 10, performanceTime: 998 };
		player.play('go', now + 120);
		expect(fake.ctx.sources[0]!.started![0]).toBeCloseTo(10 + (1120 - 998) / 1000, 9);
		expect(samples[0]!.clock).toBe('output');
		expect(samples[0]!.lateMs).toBeCloseTo(0, 6);
	});

	it('starts at once, and says how late, when the look-ahead was shorter than the output delay', async () => {
		const { player, fake } = await unlocked();
		fake.ctx.currentTime = 10.05;
		fake.ctx.outputTimestamp = { contextTime: 10, performanceTime: 1000 };
		player.play('go', now + 20);
		expect(fake.ctx.sources[0]!.started![0]).toBe(10.05);
		expect(samples[0]!.lateMs).toBeCloseTo(30, 6);
	});

	it('ignores an output timestamp on another timebase (a faked performance.now)', () => {
		const ctx = new FakeContext();
		ctx.currentTime = 3;
		ctx.outputTimestamp = { contextTime: 2.9, performanceTime: 500_000 };
		const map = clockMap(ctx, 1000);
		expect(map.kind).toBe('current');
		expect(map.toContext(1250)).toBeCloseTo(3.25, 9);
		expect(map.toPerformance(3.25)).toBeCloseTo(1250, 6);
	});

	it('falls back to a timer and howler when the scheduling copy is missing', async () => {
		vi.useFakeTimers();
		const fake = fakeHowler();
		fake.ctx.decodeAudioData.mockRejectedValue(new Error('cannot decode'));
		const { player } = makePlayer(fake);
		expect(await player.unlock()).toBe(true);
		await vi.advanceTimersByTimeAsync(0);
		player.play('halfway', now + 100);
		expect(fake.howls[0]!.play).not.toHaveBeenCalled();
		now += 100;
		await vi.advanceTimersByTimeAsync(100);
		expect(fake.howls[0]!.play).toHaveBeenCalledWith('halfway');
		expect(fake.ctx.sources).toHaveLength(0);
	});

	it('plays the same without an onLatency listener, and reports nothing', async () => {
		const { player, fake } = await unlocked(fakeHowler(), { onLatency: undefined });
		player.play('rep');
		player.play('complete', now + 50);
		expect(fake.howls[0]!.play.mock.calls).toEqual([['rep']]);
		expect(fake.ctx.sources).toHaveLength(1);
		expect(samples).toEqual([]);
	});

	it('resumes a suspended or interrupted context before a cue', async () => {
		const { player, fake } = await unlocked();
		for (const state of ['suspended', 'interrupted']) {
			fake.ctx.resume.mockClear();
			fake.ctx.state = state;
			player.play('countdown');
			expect(fake.ctx.resume).toHaveBeenCalledTimes(1);
		}
	});
});

describe('cancelScheduled', () => {
	it('stops cues not yet started and keeps those already sounding', async () => {
		const { player, fake } = await unlocked();
		fake.ctx.state = 'running';
		fake.ctx.currentTime = 20;
		player.play('countdown', now + 10);
		player.play('go', now + 140);
		fake.ctx.currentTime = 20.05;
		player.cancelScheduled();
		const [started, future] = fake.ctx.sources;
		expect(started!.stopped).toBe(false);
		expect(future!.stopped).toBe(true);
		expect(future!.destination).toBeNull();
	});

	it('clears timer-scheduled cues too', async () => {
		vi.useFakeTimers();
		const fake = fakeHowler();
		fake.ctx.decodeAudioData.mockRejectedValue(new Error('cannot decode'));
		const { player } = makePlayer(fake);
		await player.unlock();
		player.play('go', now + 100);
		player.cancelScheduled();
		await vi.advanceTimersByTimeAsync(200);
		expect(fake.howls[0]!.play).not.toHaveBeenCalled();
	});
});

describe('volume and mute', () => {
	it('remembers settings made before unlock and applies them to Howler on unlock', async () => {
		const fake = fakeHowler();
		const { player } = makePlayer(fake);
		await player.preload();
		player.volume = 0.4;
		player.muted = true;
		// No AudioContext outside a gesture: Howler is not touched yet.
		expect(fake.Howler.volume).not.toHaveBeenCalled();
		await player.unlock();
		expect(fake.Howler.volume).toHaveBeenLastCalledWith(0.4);
		expect(fake.Howler.mute).toHaveBeenLastCalledWith(true);
	});

	it('applies changes at once, clamped to 0..1', async () => {
		const { player, fake } = await unlocked();
		player.volume = 1.7;
		expect(fake.Howler.volume).toHaveBeenLastCalledWith(1);
		player.volume = Number.NaN;
		expect(player.volume).toBe(1);
		player.volume = 0.25;
		expect(fake.Howler.volume).toHaveBeenLastCalledWith(0.25);
		player.muted = true;
		expect(fake.Howler.mute).toHaveBeenLastCalledWith(true);
		player.muted = false;
		expect(fake.Howler.mute).toHaveBeenLastCalledWith(false);
		expect(player.volume).toBe(0.25);
	});
});

describe('setActive', () => {
	it('turns auto-suspend off while a routine plays and restores it after', async () => {
		const { player, fake } = await unlocked();
		player.setActive(true);
		expect(fake.Howler.autoSuspend).toBe(false);
		player.setActive(true);
		player.setActive(false);
		expect(fake.Howler.autoSuspend).toBe(true);
	});

	it('applies to a player unlocked later', async () => {
		const fake = fakeHowler();
		const { player } = makePlayer(fake);
		player.setActive(true);
		await player.unlock();
		expect(fake.Howler.autoSuspend).toBe(false);
	});

	it('resumes a suspended or interrupted context', async () => {
		const { player, fake } = await unlocked();
		for (const state of ['suspended', 'interrupted']) {
			fake.ctx.resume.mockClear();
			fake.ctx.state = state;
			player.setActive(true);
			expect(fake.ctx.resume).toHaveBeenCalledTimes(1);
			player.setActive(false);
		}
	});

	it('sets the audio session to mix with other audio and restores it', async () => {
		const session = { type: 'auto' };
		const { player } = await unlocked(fakeHowler(), { audioSession: session });
		expect(session.type).toBe('ambient');
		player.setActive(true);
		expect(session.type).toBe('ambient');
		player.setActive(false);
		expect(session.type).toBe('auto');
		const other = { type: 'auto' };
		const ducking = makePlayer(fakeHowler(), {
			audioSession: other,
			audioSessionType: 'transient'
		}).player;
		ducking.setActive(true);
		expect(other.type).toBe('transient');
	});
});
