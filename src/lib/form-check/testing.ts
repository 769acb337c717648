// Synthetic stance legs for the form-check tests: a leg of known FPPA and depth, placed anywhere.
import type { LegFrame } from './landmarks';
import type { Point } from './fppa';

/** Where and how big a synthetic runner stands in the image. */
export interface Stage {
	/** The ankle, in pixels. */
	ankle: Point;
	/** Standing hip-over-ankle height, pixels. */
	height: number;
	/** +1: the other hip is to the image's right of the stance hip; -1: to its left (mirrored). */
	medial: 1 | -1;
}

/** A stance leg whose FPPA is exactly `angle` degrees at `depth` (share of standing height lost). */
export function syntheticLeg(stage: Stage, depth: number, angle: number): LegFrame {
	const h = stage.height * (1 - depth);
	const hip = { x: stage.ankle.x, y: stage.ankle.y - h };
	// Knee off the hip-ankle line by m: the thigh and shank each turn by angle / 2.
	const m = (h / 2) * Math.tan((angle * Math.PI) / 360);
	const knee = { x: stage.ankle.x + stage.medial * m, y: stage.ankle.y - h / 2 };
	const otherHip = { x: hip.x + stage.medial * stage.height * 0.3, y: hip.y };
	return { hip, knee, ankle: { ...stage.ankle }, otherHip, fppa: angle };
}

/** A series of single-leg squats, one per entry of `angles`, at 30 frames a second. */
export function squatSeries(
	stage: Stage,
	angles: readonly number[],
	options: { depth?: number; framesPerRep?: number; standFrames?: number } = {}
): { t: number; frame: LegFrame }[] {
	const { depth = 0.25, framesPerRep = 45, standFrames = 15 } = options;
	const series: { t: number; frame: LegFrame }[] = [];
	let i = 0;
	const add = (d: number, angle: number) =>
		series.push({ t: (i++ * 1000) / 30, frame: syntheticLeg(stage, d, angle) });
	for (let s = 0; s < standFrames; s++) add(0, 0);
	for (const angle of angles) {
		for (let f = 0; f <= framesPerRep; f++) {
			const phase = Math.sin((Math.PI * f) / framesPerRep);
			// The knee turns in with depth, peaking at the bottom, as it does in a real squat.
			add(depth * phase, angle * phase);
		}
		for (let s = 0; s < standFrames; s++) add(0, 0);
	}
	return series;
}
