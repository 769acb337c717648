// Spoken announcements: the Web Speech API where the browser has a voice, nothing where it has
// none (the sounds and captions carry on alone). The texts and the "does it fit before the next
// countdown" rule are pure functions of plain data, so the player decides what to say and when.
import { count } from '$lib/format';
import type { CueId } from './cues';

/** The speaking rate assumed when estimating an utterance's length (words per second). */
const WORDS_PER_SECOND = 2.5;

/** Silence kept between the end of an utterance and the next countdown or go cue, in ms. */
const SPEECH_MARGIN_MS = 400;

/** The cues speech must never overlap: the countdown ticks and the go. */
const SPEECH_BLOCKING_CUES: readonly CueId[] = ['countdown', 'go'];

/** An utterance's estimated length in ms: its words at `WORDS_PER_SECOND`. */
export function speechMs(text: string): number {
	const words = text.split(/\s+/).filter((word) => word.length > 0).length;
	return Math.round((words / WORDS_PER_SECOND) * 1000);
}

/** A cue of the schedule, as the fit rule needs it (the player's `Cue` fits). */
export interface ScheduledCue {
	id: CueId;
	at: number;
}

/** Countdown ticks are a second apart: within this long after a tick, a countdown is running. */
const TICK_MS = 1000;

/**
 * What to say at `at`: the first of `variants` (longest first, e.g. "Next: Clamshell, left side",
 * then "Next: Clamshell") that ends `marginMs` before the next countdown or go cue after `at`,
 * or null when none fits or a countdown is under way (less than a second after a tick). `at`
 * and the cues' `at` share one timebase (the timeline, or performance.now()).
 */
export function fitUtterance(
	variants: readonly string[],
	at: number,
	schedule: readonly ScheduledCue[],
	marginMs = SPEECH_MARGIN_MS
): string | null {
	let next = Infinity;
	for (const cue of schedule) {
		if (cue.id === 'countdown' && cue.at <= at && at - cue.at < TICK_MS) return null;
		if (cue.at > at && cue.at < next && SPEECH_BLOCKING_CUES.includes(cue.id)) next = cue.at;
	}
	for (const text of variants) {
		if (text.length > 0 && at + speechMs(text) + marginMs <= next) return text;
	}
	return null;
}

/** What an announcement needs to know about an exercise: plain data, not the player. */
export interface ExerciseInfo {
	/** The exercise's name as shown ("Clamshell"). */
	label: string;
	side?: 'left' | 'right' | null;
	/** For rep-based sets. */
	reps?: number | null;
	/** For holds and timed work, when there are no reps. */
	seconds?: number | null;
}

/** A length the way it is said: "45 seconds", "1 minute", "2 minutes 30 seconds". */
export function spokenSeconds(seconds: number): string {
	const total = Math.max(0, Math.round(seconds));
	if (total < 60) return count(total, 'second', 'seconds');
	const minutes = Math.floor(total / 60);
	const rest = total % 60;
	const whole = count(minutes, 'minute', 'minutes');
	return rest === 0 ? whole : `${whole} ${count(rest, 'second', 'seconds')}`;
}

/** The dose as said: "12 reps" or "45 seconds", or "" without either. */
function dose(info: ExerciseInfo): string {
	if (info.reps) return count(info.reps, 'rep', 'reps');
	if (info.seconds) return spokenSeconds(info.seconds);
	return '';
}

/** The exercise and its side: "Clamshell, left side" or "Wall sit". */
function named(info: ExerciseInfo): string {
	return info.side ? `${info.label}, ${info.side} side` : info.label;
}

/**
 * At a new exercise, longest first: "Clamshell, left side, 12 reps", "Clamshell, left side",
 * "Clamshell" (or "Wall sit, 45 seconds", "Wall sit").
 */
export function exerciseAnnouncements(info: ExerciseInfo): string[] {
	const amount = dose(info);
	const variants = [amount ? `${named(info)}, ${amount}` : named(info), named(info), info.label];
	return [...new Set(variants)];
}

/** Before an exercise, longest first: "Next: Clamshell, left side", "Next: Clamshell". */
export function nextAnnouncements(info: ExerciseInfo): string[] {
	return [...new Set([`Next: ${named(info)}`, `Next: ${info.label}`])];
}

/** At a rest, longest first: "Rest, 30 seconds", "Rest". */
export function restAnnouncements(seconds: number): string[] {
	return [`Rest, ${spokenSeconds(seconds)}`, 'Rest'];
}

/** At a switch segment. */
export const SWITCH_ANNOUNCEMENT = 'Switch sides';

/** Halfway through a long work segment. */
export const HALFWAY_ANNOUNCEMENT = 'Halfway';

/** When the routine ends. */
export const COMPLETE_ANNOUNCEMENT = 'Routine complete';

/** The parts of a `SpeechSynthesisUtterance` the speaker sets. */
export interface UtteranceLike {
	text: string;
	lang: string;
	rate: number;
	volume: number;
	voice: SpeechSynthesisVoice | null;
}

/** The parts of `window.speechSynthesis` the speaker uses. */
export interface SpeechSynthesisLike {
	speak(utterance: UtteranceLike): void;
	cancel(): void;
	getVoices(): SpeechSynthesisVoice[];
}

/** Options of a speaker; the defaults are the browser's. */
export interface SpeakerOptions {
	/** The synthesizer (default `window.speechSynthesis`; null = none). */
	synth?: SpeechSynthesisLike | null;
	/** Makes an utterance (default `new SpeechSynthesisUtterance(text)`). */
	createUtterance?: (text: string) => UtteranceLike;
	/** The language of the announcements (default `en`): a voice for it is preferred. */
	lang?: string;
	/** Speaking rate (default 1.05: brisk, still clear). */
	rate?: number;
}

/** Speaks short announcements where a voice exists; does nothing where none does. */
export class Speaker {
	/** Off = `say` does nothing (the Voice setting). */
	enabled = true;
	/** Speech volume, 0 to 1 (follow the cue volume; 0 when muted). */
	volume = 1;
	#synth: SpeechSynthesisLike | null;
	#createUtterance: ((text: string) => UtteranceLike) | null;
	#lang: string;
	#rate: number;

	/** A speaker over `options.synth` (the browser's by default). */
	constructor(options: SpeakerOptions = {}) {
		const browser = typeof window !== 'undefined' && 'speechSynthesis' in window;
		this.#synth =
			options.synth === undefined
				? browser
					? (window.speechSynthesis as unknown as SpeechSynthesisLike)
					: null
				: options.synth;
		this.#createUtterance =
			options.createUtterance ??
			(typeof SpeechSynthesisUtterance === 'undefined'
				? null
				: (text) => new SpeechSynthesisUtterance(text));
		this.#lang = options.lang ?? 'en';
		this.#rate = options.rate ?? 1.05;
	}

	/** True where speech synthesis exists and has at least one voice (voices may load late). */
	get available(): boolean {
		return this.#voices().length > 0 && this.#createUtterance !== null;
	}

	#voices(): SpeechSynthesisVoice[] {
		try {
			return this.#synth?.getVoices() ?? [];
		} catch {
			return [];
		}
	}

	/** A voice for the language: a local one first (works offline), the default next. */
	#voice(): SpeechSynthesisVoice | null {
		const voices = this.#voices().filter((v) =>
			v.lang.toLowerCase().startsWith(this.#lang.toLowerCase())
		);
		const rank = (v: SpeechSynthesisVoice) => (v.localService ? 0 : 2) + (v.default ? 0 : 1);
		return voices.sort((a, b) => rank(a) - rank(b))[0] ?? null;
	}

	/**
	 * Says `text`. With `interrupt`, whatever is being said stops first; without, it is queued
	 * after it. Does nothing when disabled, silent (volume 0) or unavailable; never throws.
	 */
	say(text: string, opts: { interrupt?: boolean } = {}): void {
		const synth = this.#synth;
		if (!this.enabled || this.volume <= 0 || !synth || !this.available || !text) return;
		try {
			if (opts.interrupt) synth.cancel();
			const utterance = this.#createUtterance!(text);
			utterance.lang = this.#lang;
			utterance.rate = this.#rate;
			utterance.volume = Math.min(1, Math.max(0, this.volume));
			utterance.voice = this.#voice();
			synth.speak(utterance);
		} catch {
			// Speech is a nicety: the sounds and captions carry the cue.
		}
	}

	/** Stops what is being said and drops what is queued (pause, skip, the end). */
	cancel(): void {
		try {
			this.#synth?.cancel();
		} catch {
			// Nothing to stop.
		}
	}
}
