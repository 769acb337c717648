// Everything the player asks of the browser and the phone, in one place: the `patella:cue` event,
// a screen that stays awake, lock-screen and headset controls, a buzz at each new segment, the
// playing flag the update prompt reads, and the page coming back into view. Each is optional:
// where a device lacks it, nothing happens. The session is handed a `Device`; tests hand a fake.
import type { Cue } from './cues';
import type { PlayerStatus } from './engine';

/** What the lock screen and headset buttons do. */
export interface MediaControls {
	play: () => void;
	pause: () => void;
	next: () => void;
	previous: () => void;
}

/** The contract's `patella:cue` event detail, plus when the cue was due (for benchmarks). */
interface CueEventDetail {
	id: Cue['id'];
	text: string;
	segment: number;
	at: number;
	scheduledAt: number;
}

/** The browser and the phone, as the player session uses them. */
export interface Device {
	/** Announces a cue on `window` as the contract's `patella:cue` event. */
	cue(cue: Cue, scheduledAt: number): void;
	/** Whether the page is hidden (sounds are then handed to the audio clock further ahead). */
	hidden(): boolean;
	/** Keeps the screen awake until the returned cleanup is called. */
	keepAwake(): () => void;
	/** A short buzz, where the device can. */
	buzz(pattern: number | number[]): void;
	/** Wires the lock-screen and headset buttons; returns a cleanup that unwires them. */
	mediaControls(controls: MediaControls): () => void;
	/** What the lock screen shows: the segment and the routine. */
	nowPlaying(title: string, routine: string): void;
	/** Tells the lock screen and the rest of the app (the update prompt) where the run stands. */
	status(status: PlayerStatus): void;
	/** Calls `listener` whenever the page comes back into view; returns a cleanup. */
	onReturn(listener: () => void): () => void;
}

const hasNavigator = () => typeof navigator !== 'undefined';
const hasMediaSession = () => hasNavigator() && 'mediaSession' in navigator;

/** Dispatches `patella:cue` now, with `at` = performance.now(). */
function dispatchCue(cue: Cue, scheduledAt: number): void {
	const detail: CueEventDetail = {
		id: cue.id,
		text: cue.text,
		segment: cue.segment,
		at: performance.now(),
		scheduledAt
	};
	window.dispatchEvent(new CustomEvent('patella:cue', { detail }));
}

/**
 * Keeps the screen awake, taking the lock again whenever the page becomes visible (browsers drop
 * it when the page hides). Returns a cleanup.
 */
function keepAwake(): () => void {
	if (!hasNavigator() || !('wakeLock' in navigator)) return () => {};
	const nav = navigator;
	let sentinel: WakeLockSentinel | undefined;
	let stopped = false;
	const request = async () => {
		if (stopped || document.visibilityState !== 'visible' || (sentinel && !sentinel.released))
			return;
		try {
			sentinel = await nav.wakeLock.request('screen');
		} catch {
			// Refused (battery saver, no permission): the routine goes on regardless.
		}
	};
	const onVisible = () => void request();
	document.addEventListener('visibilitychange', onVisible);
	void request();
	return () => {
		stopped = true;
		document.removeEventListener('visibilitychange', onVisible);
		void sentinel?.release().catch(() => {});
	};
}

function buzz(pattern: number | number[]): void {
	try {
		navigator.vibrate?.(pattern);
	} catch {
		// Some browsers throw without a user gesture; a missed buzz is harmless.
	}
}

function mediaControls(controls: MediaControls): () => void {
	if (!hasMediaSession()) return () => {};
	const session = navigator.mediaSession;
	const actions: [MediaSessionAction, () => void][] = [
		['play', controls.play],
		['pause', controls.pause],
		['nexttrack', controls.next],
		['previoustrack', controls.previous]
	];
	for (const [action, handler] of actions) {
		try {
			session.setActionHandler(action, handler);
		} catch {
			// An action this platform does not support.
		}
	}
	return () => {
		for (const [action] of actions) {
			try {
				session.setActionHandler(action, null);
			} catch {
				// Ignore, as above.
			}
		}
	};
}

function nowPlaying(title: string, routine: string): void {
	if (!hasMediaSession()) return;
	try {
		navigator.mediaSession.metadata = new MediaMetadata({
			title,
			artist: routine,
			album: 'Patella'
		});
	} catch {
		// MediaMetadata is missing on some platforms; the handlers still work.
	}
}

function status(status: PlayerStatus): void {
	const under = status === 'running' || status === 'paused';
	if (under) document.body.dataset.playing = 'true';
	else delete document.body.dataset.playing;
	if (hasMediaSession()) {
		navigator.mediaSession.playbackState =
			status === 'running' ? 'playing' : status === 'paused' ? 'paused' : 'none';
	}
}

function onReturn(listener: () => void): () => void {
	document.addEventListener('visibilitychange', listener);
	window.addEventListener('pageshow', listener);
	return () => {
		document.removeEventListener('visibilitychange', listener);
		window.removeEventListener('pageshow', listener);
	};
}

/** The real browser. */
export const browserDevice: Device = {
	cue: dispatchCue,
	hidden: () => document.hidden,
	keepAwake,
	buzz,
	mediaControls,
	nowPlaying,
	status,
	onReturn
};
