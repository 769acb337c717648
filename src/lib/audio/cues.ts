// The one audio interface the player talks to, and a silent implementation of it.
// No howler here: the howler implementation lives in `howler-player.ts` and is loaded lazily.

/** The sounds of the sprite (the same names as the player's cue schedule). */
export type CueId = 'countdown' | 'go' | 'rest' | 'switch' | 'halfway' | 'rep' | 'complete';

/** Every cue id, in sprite order. */
export const CUE_IDS: readonly CueId[] = [
	'countdown',
	'go',
	'rest',
	'switch',
	'halfway',
	'rep',
	'complete'
];

/**
 * Where sound stands: `idle` before `unlock()`, `loading` while howler and the sprite load,
 * `ready` when cues can be heard, `blocked` when the browser refused to start audio (offer
 * "Enable sound" and call `unlock()` again from that click), `error` when the sprite failed.
 */
export type CueStatus = 'idle' | 'loading' | 'ready' | 'blocked' | 'error';

/**
 * One played cue's timing (the howler player's `onLatency`): when it was due (`atMs`, a `performance.now()`
 * time) and when it starts on the audio clock, converted back to `performance.now()` ms
 * (`startMs`). `lateMs` = `startMs - atMs`. `scheduled` is true when the sound was placed ahead
 * on the audio clock, false when it was started at once. `clock` says how the audio clock was
 * mapped: `output` (getOutputTimestamp: the time the sound reaches the speaker), `current`
 * (currentTime, output latency not counted) or `none` (HTML5 audio: the moment `play` ran).
 */
export interface CueLatency {
	id: CueId;
	atMs: number;
	startMs: number;
	lateMs: number;
	scheduled: boolean;
	clock: 'output' | 'current' | 'none';
}

/** The audio side of the player: plays cues on time, or fails quietly. */
export interface CuePlayer {
	/** Optional warm-up once the page is idle: loads code only, no sound, never rejects. */
	preload(): Promise<void>;
	/** Call from the user's gesture (Start): loads and unlocks sound; true when it can play. */
	unlock(): Promise<boolean>;
	/** Plays a cue at `atMs` (a `performance.now()` time, default now); future times are scheduled. */
	play(id: CueId, atMs?: number): void;
	/** Stops cues scheduled but not started yet (pause, skip, back). */
	cancelScheduled(): void;
	/** True while a routine plays: keeps the audio context awake and mixes with other audio. */
	setActive(active: boolean): void;
	/** 0 to 1, applied at once. */
	volume: number;
	/** Applied at once. */
	muted: boolean;
	/** Where sound stands. */
	readonly status: CueStatus;
	/** Calls `listener` on every status change (not with the current one); returns an unsubscribe. */
	onStatus(listener: (status: CueStatus) => void): () => void;
}

/** Clamps a volume to 0..1; anything not a finite number keeps `fallback`. */
export function clampVolume(value: number, fallback: number): number {
	if (!Number.isFinite(value)) return fallback;
	return Math.min(1, Math.max(0, value));
}

/** A cue the silent player was asked to play. */
interface SilentCue {
	id: CueId;
	atMs: number | undefined;
}

/** The silent player: the same interface, no sound, and a record of what it was asked to play. */
export interface SilentCuePlayer extends CuePlayer {
	/** Every `play` call, in order (for tests). */
	readonly played: readonly SilentCue[];
	/** How many times `cancelScheduled` was called. */
	readonly cancelled: number;
	/** The last `setActive` value. */
	readonly active: boolean;
}

/**
 * A player that makes no sound: for the server, for tests, and when Sound is off. `unlock()`
 * resolves true and the status becomes `ready` (there is nothing to block); volume and mute are
 * remembered.
 */
export function createSilentCuePlayer(): SilentCuePlayer {
	const listeners = new Set<(status: CueStatus) => void>();
	const played: SilentCue[] = [];
	let status: CueStatus = 'idle';
	let volume = 1;
	let muted = false;
	let cancelled = 0;
	let active = false;
	return {
		async preload() {},
		async unlock() {
			if (status !== 'ready') {
				status = 'ready';
				for (const listener of [...listeners]) listener(status);
			}
			return true;
		},
		play(id, atMs) {
			played.push({ id, atMs });
		},
		cancelScheduled() {
			cancelled++;
		},
		setActive(value) {
			active = value;
		},
		get volume() {
			return volume;
		},
		set volume(value: number) {
			volume = clampVolume(value, volume);
		},
		get muted() {
			return muted;
		},
		set muted(value: boolean) {
			muted = value;
		},
		get status() {
			return status;
		},
		onStatus(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		played,
		get cancelled() {
			return cancelled;
		},
		get active() {
			return active;
		}
	};
}
