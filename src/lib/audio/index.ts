// Everything that makes a sound or speaks. The player is handed a `CuePlayer` and a `Speaker`
// from here; howler itself is imported only inside `preload()` / `unlock()`, so it stays out of
// the first page's JavaScript and never runs during prerender.
import { createSilentCuePlayer, type CuePlayer } from './cues';
import { HowlerCuePlayer, type HowlerCuePlayerOptions, type HowlerModule } from './howler-player';
import { Speaker, type SpeakerOptions } from './speech';

export * from './cues';
export * from './speech';
export { HowlerCuePlayer } from './howler-player';
export type { HowlerModule } from './howler-player';

/**
 * Loads howler lazily: its core build, as the spatial-audio plugin in the package's main file is
 * not used (1.7 KiB less gzipped). It is a UMD bundle, so its exports may sit on `default`.
 */
export async function loadHowler(): Promise<HowlerModule> {
	const module: Record<string, unknown> = await import('howler/dist/howler.core.min.js');
	const exports = 'Howl' in module && module.Howl ? module : module.default;
	// The typed surface we use is a subset of howler's (its `ctx` is a real AudioContext).
	return exports as unknown as HowlerModule;
}

/** Options of `createCuePlayer`: the howler player's, with the loader optional. */
export type CuePlayerOptions = Partial<HowlerCuePlayerOptions>;

/**
 * The cue player for this environment: the howler one in the browser (nothing loads until
 * `preload()` or `unlock()`), the silent one on the server and during prerender.
 */
export function createCuePlayer(options: CuePlayerOptions = {}): CuePlayer {
	if (typeof window === 'undefined') return createSilentCuePlayer();
	return new HowlerCuePlayer({ ...options, loadHowler: options.loadHowler ?? loadHowler });
}

/** A speaker over the browser's speech synthesis (unavailable, and silent, on the server). */
export function createSpeaker(options: SpeakerOptions = {}): Speaker {
	return new Speaker(options);
}
