// The contract's `patella:cue` event: every cue, heard or not, announced on `window`.
import type { Cue } from './cues';

/** The event's detail: the contract's fields, plus when the cue was due (for benchmarks). */
export interface CueEventDetail {
	id: Cue['id'];
	text: string;
	segment: number;
	at: number;
	scheduledAt: number;
}

/** Dispatches `patella:cue` now, with `at` = performance.now(). */
export function dispatchCue(cue: Cue, scheduledAt: number): void {
	const detail: CueEventDetail = {
		id: cue.id,
		text: cue.text,
		segment: cue.segment,
		at: performance.now(),
		scheduledAt
	};
	window.dispatchEvent(new CustomEvent('patella:cue', { detail }));
}
