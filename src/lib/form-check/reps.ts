// Counting single-leg squat reps from a stream of stance-leg frames, and reading each rep's FPPA at its
// deepest point (the clinical convention: the angle at peak knee flexion). Pure: time comes in as an
// argument, frames come in one by one, so the live camera and a test series use the same code.
import type { LegFrame } from './landmarks';

/** One counted rep. */
export interface Rep {
	/** 1-based. */
	number: number;
	/** FPPA at the deepest point, degrees, positive = knee caving in. */
	fppa: number;
	/** How deep it went: the share of the standing hip-over-ankle height lost, 0..1. */
	depth: number;
	/** The time of the deepest frame, in the caller's clock (ms). */
	deepestAt: number;
}

/** A rep starts when the hip has dropped this share of its standing height over the ankle... */
export const START_DEPTH = 0.08;
/** ...and ends when it is back within this share. The gap keeps jitter from counting twice. */
export const END_DEPTH = 0.04;
/** Frames at least this share of the deepest one's depth are the bottom of the rep; the median of
 *  their angles is the rep's angle. One frame alone is too noisy (a few degrees frame to frame). */
const BOTTOM_SHARE = 0.85;
/** A rep with a hole longer than this (the leg out of view) is not counted: its deepest point is unknown. */
const MAX_GAP_MS = 1500;
/** Fewer frames than this is a twitch, not a rep. */
const MIN_FRAMES = 3;
/** Heights are smoothed by the median of this many frames: a detector glitch is one or two frames. */
const SMOOTHING = 5;
/** While standing, the reference height follows a lower stance this fast (per frame). */
const STANDING_DRIFT = 0.01;

interface Sample {
	t: number;
	depth: number;
	fppa: number;
}

/** The middle value (mean of the two middle ones for an even count); NaN for none. */
function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	const high = sorted[middle] ?? NaN;
	return sorted.length % 2 ? high : ((sorted[middle - 1] ?? high) + high) / 2;
}

/** Counts reps from stance-leg frames fed in time order. */
export class RepCounter {
	#standing = 0;
	#lastAt = -Infinity;
	#samples: Sample[] | null = null;
	#broken = false;
	#count = 0;
	#heights: number[] = [];

	/** Reps counted so far. */
	get count(): number {
		return this.#count;
	}

	/** Whether a rep is under way (the hip is down). */
	get inRep(): boolean {
		return this.#samples !== null;
	}

	/** Feeds the frame seen at time `t` (ms); returns the rep it completes, if any. */
	push(t: number, frame: LegFrame): Rep | null {
		const raw = frame.ankle.y - frame.hip.y;
		const gap = t - this.#lastAt;
		this.#lastAt = t;
		if (!(raw > 0)) return null;
		this.#heights = [...this.#heights.slice(1 - SMOOTHING), raw];
		const height = median(this.#heights);
		if (this.#samples && gap > MAX_GAP_MS) this.#broken = true;
		if (!this.#samples) {
			// Standing: the tallest recent stance is the reference, drifting down slowly if the
			// runner steps back or the phone moves.
			this.#standing =
				height >= this.#standing
					? height
					: this.#standing + STANDING_DRIFT * (height - this.#standing);
		}
		const depth = 1 - height / this.#standing;
		if (!this.#samples) {
			if (depth >= START_DEPTH) {
				this.#samples = [{ t, depth, fppa: frame.fppa }];
				this.#broken = false;
			}
			return null;
		}
		if (depth > END_DEPTH) {
			this.#samples.push({ t, depth, fppa: frame.fppa });
			return null;
		}
		const samples = this.#samples;
		this.#samples = null;
		this.#standing = Math.max(height, this.#standing);
		if (this.#broken || samples.length < MIN_FRAMES) return null;
		const deepest = samples.reduce((a, b) => (b.depth > a.depth ? b : a));
		const band = samples.filter((s) => s.depth >= deepest.depth * BOTTOM_SHARE);
		this.#count += 1;
		return {
			number: this.#count,
			fppa: median(band.map((s) => s.fppa)),
			depth: deepest.depth,
			deepestAt: deepest.t
		};
	}
}

/** The reps in a whole series of frames (`undefined` where the leg was not seen). */
export function countReps(series: readonly { t: number; frame: LegFrame | undefined }[]): Rep[] {
	const counter = new RepCounter();
	const reps: Rep[] = [];
	for (const { t, frame } of series) {
		if (!frame) continue;
		const rep = counter.push(t, frame);
		if (rep) reps.push(rep);
	}
	return reps;
}
