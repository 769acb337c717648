// The phone's help while a routine plays: a screen that stays awake, lock-screen and headset
// controls, and a buzz at each new segment. Each is optional: where a device lacks it, nothing happens.

/**
 * Keeps the screen awake while `wanted` says so, taking the lock again whenever the page becomes
 * visible (browsers drop it when the page hides). Returns a cleanup.
 */
export function keepAwake(): () => void {
	const nav = typeof navigator === 'undefined' ? undefined : navigator;
	if (!nav || !('wakeLock' in nav)) return () => {};
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

/** A short buzz, where the device can. */
export function buzz(pattern: number | number[] = 40): void {
	try {
		navigator.vibrate?.(pattern);
	} catch {
		// Some browsers throw without a user gesture; a missed buzz is harmless.
	}
}

/** What the lock screen and headset buttons do. */
export interface MediaControls {
	play: () => void;
	pause: () => void;
	next: () => void;
	previous: () => void;
}

/**
 * Shows the routine on the lock screen and wires the headset's play, pause, next and previous
 * buttons. Returns a cleanup that removes the handlers.
 */
export function mediaSession(
	title: string,
	artist: string,
	controls: MediaControls
): (() => void) | undefined {
	if (typeof navigator === 'undefined' || !('mediaSession' in navigator)) return undefined;
	const session = navigator.mediaSession;
	try {
		session.metadata = new MediaMetadata({ title, artist, album: 'Patella' });
	} catch {
		// MediaMetadata is missing on some platforms; the handlers still work.
	}
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

/** Tells the lock screen whether the routine plays. */
export function mediaPlaying(playing: boolean | null): void {
	if (typeof navigator === 'undefined' || !('mediaSession' in navigator)) return;
	navigator.mediaSession.playbackState = playing === null ? 'none' : playing ? 'playing' : 'paused';
}
