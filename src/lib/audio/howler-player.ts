// The howler implementation of `CuePlayer`: one Howl with the cue sprite, created on the first
// `unlock()` (a user gesture), never at import time. Cues due now play through howler's sprite;
// cues due a little later are placed ahead on the audio clock (howler cannot start at a time T),
// on a copy of the sprite decoded once through `Howler.ctx` and played into `Howler.masterGain`,
// so howler's volume and mute still apply to them.
import { clampVolume, type CueId, type CueLatency, type CuePlayer, type CueStatus } from './cues';
import {
	clockMap,
	resumeContext,
	type AudioContextLike,
	type BufferSourceLike,
	type ClockMap
} from './audio-clock';
import { SPRITE, SPRITE_SOURCES } from './sprite';

/** The parts of a howler `Howl` this player uses (howler 2.2.4). */
export interface HowlLike {
	play(sprite?: string): number | undefined;
	unload(): void;
	state(): 'unloaded' | 'loading' | 'loaded';
	on(event: string, callback: (soundId: number, error?: unknown) => void): unknown;
	/** howler's private record of the source it picked (a URL once chosen). */
	_src?: string | string[];
	/** howler's private flag: false once it fell back to HTML5 audio. */
	_webAudio?: boolean;
}

/** What this player passes to `new Howl(...)`. */
export interface HowlInit {
	src: string[];
	sprite: Record<string, [number, number]>;
	preload: boolean;
	html5: boolean;
}

/** The parts of the global `Howler` this player uses. */
interface HowlerGlobalLike {
	ctx: AudioContextLike | null;
	masterGain: AudioNode | null;
	autoSuspend: boolean;
	usingWebAudio: boolean;
	volume(volume: number): unknown;
	mute(muted: boolean): unknown;
}

/** The howler module, as importing howler gives it (or a fake in tests). */
export interface HowlerModule {
	Howl: new (init: HowlInit) => HowlLike;
	Howler: HowlerGlobalLike;
}

/** Safari's `navigator.audioSession` (16.4+): how the page's audio mixes with other apps'. */
interface AudioSessionLike {
	type: string;
}

/** Options of the howler cue player; only `loadHowler` is required. */
export interface HowlerCuePlayerOptions {
	/** Loads the howler module; called on `preload()` or the first `unlock()`. */
	loadHowler: () => Promise<HowlerModule>;
	/** The sprite files, best first (default: `/audio/cues.webm`, `/audio/cues.mp3`). */
	sources?: string[];
	/** The sprite map (default: the generated `SPRITE`). */
	sprite?: Record<CueId, [number, number]>;
	/** The clock cue times are given in (default `performance.now()`). */
	now?: () => number;
	/** Fetches a sprite file for the scheduling copy (default: `fetch`; the HTTP cache serves it). */
	fetchAudio?: (url: string) => Promise<ArrayBuffer>;
	/** The audio session to set while sound is in use (default `navigator.audioSession`, if any). */
	audioSession?: AudioSessionLike | null;
	/** The session type: `ambient` mixes with the runner's music; `transient` ducks it. */
	audioSessionType?: 'ambient' | 'transient';
	/** Cues due within this many ms (or past) play at once; later ones are scheduled. Default 2. */
	immediateWithinMs?: number;
	/** How long `unlock()` waits for the audio context to resume before saying `blocked`. */
	resumeTimeoutMs?: number;
	/** How long `unlock()` waits for the sprite to load before saying `error`. */
	loadTimeoutMs?: number;
	/**
	 * Called with each cue's timing as it is played or scheduled (for tests; the benchmark measures
	 * the sounds from outside). Without it, no timing is worked out.
	 */
	onLatency?: (sample: CueLatency) => void;
}

/** Cues given while the sprite loads are played once it is ready, unless older than this (ms). */
const WAITING_STALE_MS = 500;

/** A cue placed ahead on the audio clock: its source, and when it starts and ends (s). */
interface Pending {
	source: BufferSourceLike;
	when: number;
	end: number;
}

function defaultAudioSession(): AudioSessionLike | null {
	if (typeof navigator === 'undefined') return null;
	return (navigator as { audioSession?: AudioSessionLike }).audioSession ?? null;
}

async function defaultFetchAudio(url: string): Promise<ArrayBuffer> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return response.arrayBuffer();
}

/** The howler `CuePlayer`. Create it with `createCuePlayer()` from `$lib/audio`. */
export class HowlerCuePlayer implements CuePlayer {
	#options: HowlerCuePlayerOptions;
	#sources: string[];
	#sprite: Record<CueId, [number, number]>;
	#now: () => number;
	#module: HowlerModule | null = null;
	#loading: Promise<HowlerModule> | null = null;
	#unlocking: Promise<boolean> | null = null;
	#howl: HowlLike | null = null;
	#sourceIndex = 0;
	#buffer: AudioBuffer | null = null;
	#loadWaiters: ((loaded: boolean) => void)[] = [];
	#watchedContext: AudioContextLike | null = null;
	#status: CueStatus = 'idle';
	#listeners = new Set<(status: CueStatus) => void>();
	#volume = 1;
	#muted = false;
	#active = false;
	#savedAutoSuspend: boolean | null = null;
	#savedSessionType: string | null = null;
	#pending: Pending[] = [];
	#timers = new Set<ReturnType<typeof setTimeout>>();
	#waiting: { id: CueId; at: number }[] = [];

	/** A player that loads nothing until `preload()` or `unlock()`. */
	constructor(options: HowlerCuePlayerOptions) {
		this.#options = options;
		this.#sources = options.sources ?? SPRITE_SOURCES;
		this.#sprite = options.sprite ?? SPRITE;
		this.#now = options.now ?? (() => performance.now());
	}

	/** Where sound stands. */
	get status(): CueStatus {
		return this.#status;
	}

	/** 0 to 1, applied at once (through `Howler.volume`). */
	get volume(): number {
		return this.#volume;
	}

	set volume(value: number) {
		this.#volume = clampVolume(value, this.#volume);
		// Only once the Howl exists: Howler.volume() would create an AudioContext outside a gesture.
		if (this.#howl) this.#module?.Howler.volume(this.#volume);
	}

	/** Applied at once (through `Howler.mute`). */
	get muted(): boolean {
		return this.#muted;
	}

	set muted(value: boolean) {
		this.#muted = value;
		if (this.#howl) this.#module?.Howler.mute(value);
	}

	/** Subscribes to status changes; returns the unsubscribe. */
	onStatus(listener: (status: CueStatus) => void): () => void {
		this.#listeners.add(listener);
		return () => {
			this.#listeners.delete(listener);
		};
	}

	/**
	 * Loads the howler module only (no audio context, no Howl), so that a later `unlock()` reaches
	 * `AudioContext.resume()` without waiting, inside the gesture. Call it once the page is idle.
	 * Never rejects: a failed load is retried and reported by `unlock()`.
	 */
	async preload(): Promise<void> {
		try {
			await this.#loadModule();
		} catch {
			// unlock() tries again and says `error`.
		}
	}

	#loadModule(): Promise<HowlerModule> {
		if (this.#module) return Promise.resolve(this.#module);
		this.#loading ??= this.#options.loadHowler().then(
			(module) => (this.#module = module),
			(error: unknown) => {
				this.#loading = null;
				throw error;
			}
		);
		return this.#loading;
	}

	/** Creates the Howl (once), resumes the audio context and waits for the sprite. */
	unlock(): Promise<boolean> {
		if (typeof window === 'undefined') return Promise.resolve(false);
		this.#unlocking ??= this.#unlock().finally(() => {
			this.#unlocking = null;
		});
		return this.#unlocking;
	}

	async #unlock(): Promise<boolean> {
		if (this.#status !== 'ready') this.#setStatus('loading');
		let module: HowlerModule;
		try {
			// No await when preloaded: resume() below then still runs inside the user's gesture.
			module = this.#module ?? (await this.#loadModule());
		} catch {
			this.#setStatus('error');
			return false;
		}
		const { Howler } = module;
		this.#applySession(true);
		if (!this.#howl || this.#status === 'error') this.#createHowl(module, 0);
		Howler.volume(this.#volume);
		Howler.mute(this.#muted);
		this.#applyActive();
		const ctx = this.#context();
		if (ctx) this.#watch(ctx);
		const [running, loaded] = await Promise.all([
			ctx ? resumeContext(ctx, this.#options.resumeTimeoutMs ?? 1500) : Promise.resolve(true),
			this.#whenLoaded()
		]);
		if (!loaded) {
			this.#setStatus('error');
			return false;
		}
		if (!running) {
			this.#setStatus('blocked');
			return false;
		}
		this.#setStatus('ready');
		return true;
	}

	#createHowl(module: HowlerModule, index: number): void {
		this.#howl?.unload();
		this.#buffer = null;
		this.#sourceIndex = index;
		const howl = new module.Howl({
			src: this.#sources.slice(index),
			sprite: this.#sprite,
			preload: true,
			html5: false
		});
		this.#howl = howl;
		howl.on('load', () => {
			if (howl !== this.#howl) return;
			this.#settleLoad(true);
			this.#decode(howl);
			this.#refresh();
		});
		howl.on('loaderror', () => {
			if (howl !== this.#howl) return;
			// Safari may claim WebM Opus and then fail to decode it (howler issue 1476): next format.
			const next = this.#nextSource(howl);
			if (next !== null) {
				this.#createHowl(module, next);
				return;
			}
			this.#settleLoad(false);
			this.#setStatus('error');
		});
		howl.on('playerror', () => {
			if (howl === this.#howl) this.#setStatus('blocked');
		});
		howl.on('unlock', () => {
			if (howl === this.#howl) this.#refresh();
		});
	}

	#nextSource(howl: HowlLike): number | null {
		const picked = typeof howl._src === 'string' ? this.#sources.indexOf(howl._src) : -1;
		const next = (picked >= this.#sourceIndex ? picked : this.#sourceIndex) + 1;
		return next < this.#sources.length ? next : null;
	}

	#whenLoaded(): Promise<boolean> {
		if (this.#howl?.state() === 'loaded') return Promise.resolve(true);
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.#loadWaiters = this.#loadWaiters.filter((waiter) => waiter !== settle);
				resolve(false);
			}, this.#options.loadTimeoutMs ?? 15_000);
			const settle = (loaded: boolean) => {
				clearTimeout(timer);
				resolve(loaded);
			};
			this.#loadWaiters.push(settle);
		});
	}

	#settleLoad(loaded: boolean): void {
		const waiters = this.#loadWaiters;
		this.#loadWaiters = [];
		for (const waiter of waiters) waiter(loaded);
	}

	/** Decodes the picked sprite file once more, for cues placed ahead on the audio clock. */
	#decode(howl: HowlLike): void {
		const ctx = this.#context();
		const url = howl._src;
		if (!ctx || howl._webAudio === false || typeof url !== 'string') return;
		const fetchAudio = this.#options.fetchAudio ?? defaultFetchAudio;
		fetchAudio(url)
			.then((data) => ctx.decodeAudioData(data))
			.then(
				(buffer) => {
					if (howl === this.#howl) this.#buffer = buffer;
				},
				() => {
					// Without the copy, scheduled cues fall back to a timer and howler.
				}
			);
	}

	/** The audio context, when howler uses Web Audio. */
	#context(): AudioContextLike | null {
		const howler = this.#module?.Howler;
		return howler?.usingWebAudio && howler.ctx ? howler.ctx : null;
	}

	/** Follows the context: a blocked player becomes ready once the context runs (a later tap). */
	#watch(ctx: AudioContextLike): void {
		if (this.#watchedContext === ctx) return;
		this.#watchedContext = ctx;
		ctx.addEventListener?.('statechange', () => this.#refresh());
	}

	#refresh(): void {
		if (this.#status !== 'blocked' && this.#status !== 'error') return;
		if (this.#howl?.state() !== 'loaded') return;
		const ctx = this.#context();
		if (!ctx || ctx.state === 'running') this.#setStatus('ready');
	}

	#setStatus(status: CueStatus): void {
		if (status === this.#status) return;
		this.#status = status;
		if (status !== 'loading') this.#flush(status === 'ready');
		for (const listener of [...this.#listeners]) listener(status);
	}

	/** Plays (or drops) the cues given while loading: those still fresh, once sound is ready. */
	#flush(play: boolean): void {
		const waiting = this.#waiting;
		this.#waiting = [];
		if (!play) return;
		const now = this.#now();
		for (const cue of waiting) {
			if (now - cue.at <= WAITING_STALE_MS) this.play(cue.id, cue.at);
		}
	}

	/** Resumes a suspended or interrupted (iOS) context; cues scheduled meanwhile start after. */
	#wake(): void {
		const ctx = this.#context();
		if (ctx && (ctx.state === 'suspended' || ctx.state === 'interrupted')) {
			ctx.resume().catch(() => {});
		}
	}

	/** Plays a cue now, or schedules it on the audio clock for `atMs`; never throws. */
	play(id: CueId, atMs?: number): void {
		if (!(id in this.#sprite)) return;
		const now = this.#now();
		const at = atMs ?? now;
		const howl = this.#howl;
		if (!howl || howl.state() !== 'loaded') {
			// Start pressed a moment ago: the first cues wait for the sprite rather than vanish.
			if (this.#status === 'loading') this.#waiting.push({ id, at });
			return;
		}
		this.#wake();
		const delay = at - now;
		if (delay <= (this.#options.immediateWithinMs ?? 2)) {
			this.#playNow(howl, id, at);
			return;
		}
		const ctx = this.#context();
		const gain = this.#module?.Howler.masterGain;
		if (ctx && ctx.state === 'running' && this.#buffer && gain) {
			this.#schedule(ctx, gain, this.#buffer, id, at, now);
			return;
		}
		// No decoded copy (yet), or HTML5 audio: a timer, as good as the main thread allows.
		const timer = setTimeout(() => {
			this.#timers.delete(timer);
			if (howl === this.#howl) this.#playNow(howl, id, at);
		}, delay);
		this.#timers.add(timer);
	}

	#playNow(howl: HowlLike, id: CueId, at: number): void {
		try {
			howl.play(id);
		} catch {
			return;
		}
		if (!this.#options.onLatency) return;
		const now = this.#now();
		const ctx = this.#context();
		if (ctx && ctx.state === 'running') {
			const map = clockMap(ctx, now);
			this.#record({ id, at, start: map.toPerformance(ctx.currentTime), scheduled: false }, map);
		} else {
			this.#record({ id, at, start: now, scheduled: false }, null);
		}
	}

	#schedule(
		ctx: AudioContextLike,
		gain: AudioNode,
		buffer: AudioBuffer,
		id: CueId,
		at: number,
		now: number
	): void {
		this.#prune(ctx);
		const [offset, duration] = this.#sprite[id];
		const map = clockMap(ctx, now);
		const when = Math.max(map.toContext(at), ctx.currentTime);
		try {
			const source = ctx.createBufferSource();
			source.buffer = buffer;
			source.connect(gain);
			source.start(when, offset / 1000, duration / 1000);
			this.#record({ id, at, start: map.toPerformance(when), scheduled: true }, map);
			this.#pending.push({ source, when, end: when + duration / 1000 });
		} catch {
			// A context closed under us: the cue is lost, the routine goes on.
		}
	}

	#record(
		cue: { id: CueId; at: number; start: number; scheduled: boolean },
		map: ClockMap | null
	): void {
		const onLatency = this.#options.onLatency;
		if (!onLatency) return;
		onLatency({
			id: cue.id,
			atMs: cue.at,
			startMs: cue.start,
			lateMs: cue.start - cue.at,
			scheduled: cue.scheduled,
			clock: map ? map.kind : 'none'
		});
	}

	/** Forgets scheduled sounds that have finished. */
	#prune(ctx: AudioContextLike): void {
		this.#pending = this.#pending.filter((p) => p.end > ctx.currentTime);
	}

	/** Stops every cue scheduled but not started yet; sounds already playing finish. */
	cancelScheduled(): void {
		this.#waiting = [];
		for (const timer of this.#timers) clearTimeout(timer);
		this.#timers.clear();
		const ctx = this.#context();
		if (!ctx) return;
		const keep: Pending[] = [];
		for (const pending of this.#pending) {
			if (pending.when > ctx.currentTime) {
				try {
					pending.source.stop();
					pending.source.disconnect();
				} catch {
					// Already stopped.
				}
			} else if (pending.end > ctx.currentTime) {
				keep.push(pending);
			}
		}
		this.#pending = keep;
	}

	/** While active: no auto-suspend (a suspended context costs the next cue), context resumed. */
	setActive(active: boolean): void {
		this.#active = active;
		this.#applyActive();
		this.#applySession(active);
	}

	#applyActive(): void {
		const howler = this.#module?.Howler;
		if (!howler) return;
		if (this.#active) {
			this.#savedAutoSuspend ??= howler.autoSuspend;
			howler.autoSuspend = false;
			this.#wake();
		} else if (this.#savedAutoSuspend !== null) {
			howler.autoSuspend = this.#savedAutoSuspend;
			this.#savedAutoSuspend = null;
		}
	}

	/**
	 * Safari's audio session: `ambient` (or `transient`) while sound is in use so cues mix with
	 * (or duck) the runner's music instead of stopping it; set from `unlock()` on (before the
	 * context resumes) and restored by `setActive(false)`.
	 */
	#applySession(inUse: boolean): void {
		const session =
			this.#options.audioSession === undefined ? defaultAudioSession() : this.#options.audioSession;
		if (!session) return;
		try {
			if (inUse) {
				this.#savedSessionType ??= session.type;
				session.type = this.#options.audioSessionType ?? 'ambient';
			} else if (this.#savedSessionType !== null) {
				session.type = this.#savedSessionType;
				this.#savedSessionType = null;
			}
		} catch {
			// An unknown type: the platform's default stays.
		}
	}
}
