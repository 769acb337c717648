import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUE_IDS } from './cues';
import { SPRITE, SPRITE_LENGTH, SPRITE_SOURCES } from './sprite';

const file = (source: string) => new URL(`../../../static${source}`, import.meta.url);

/** A WebM file's length in ms, from its Segment Info Duration (a float, in TimecodeScale ns). */
function webmDurationMs(bytes: Buffer): number {
	const scaleAt = bytes.indexOf(Buffer.from([0x2a, 0xd7, 0xb1]));
	const size = bytes[scaleAt + 3]! & 0x0f;
	const scale = bytes.readUIntBE(scaleAt + 4, size);
	const durationAt = bytes.indexOf(Buffer.from([0x44, 0x89]));
	const length = bytes[durationAt + 2]! & 0x0f;
	const value =
		length === 8 ? bytes.readDoubleBE(durationAt + 3) : bytes.readFloatBE(durationAt + 3);
	return (value * scale) / 1e6;
}

/** An MP3's decoded length in ms, from its Xing/Info frame count and its encoder delay/padding. */
function mp3DurationMs(bytes: Buffer, sampleRate: number): number {
	let tag = bytes.indexOf('Info');
	if (tag < 0) tag = bytes.indexOf('Xing');
	const flags = bytes.readUInt32BE(tag + 4);
	expect(flags & 1).toBe(1);
	const frames = bytes.readUInt32BE(tag + 8);
	// Frames, bytes, TOC, quality (each present per flags), then the encoder's extension.
	const encoder = tag + 8 + 4 * (flags & 1) + 4 * ((flags >> 1) & 1) + 100 * ((flags >> 2) & 1);
	const extension = encoder + 4 * ((flags >> 3) & 1);
	const delayPadding = bytes.readUIntBE(extension + 21, 3);
	const delay = delayPadding >> 12;
	const padding = delayPadding & 0xfff;
	return ((frames * 1152 - delay - padding) / sampleRate) * 1000;
}

describe('the cue sprite', () => {
	it('has every cue, 80-600 ms long (complete up to 1.3 s), in order, apart', () => {
		expect(Object.keys(SPRITE).sort()).toEqual([...CUE_IDS].sort());
		let end = 0;
		for (const id of CUE_IDS) {
			const [offset, duration] = SPRITE[id];
			expect(duration).toBeGreaterThanOrEqual(80);
			expect(duration).toBeLessThanOrEqual(id === 'complete' ? 1300 : 600);
			// A gap before each cue, so codec smearing cannot leak between cues.
			expect(offset - end).toBeGreaterThanOrEqual(100);
			end = offset + duration;
		}
		expect(SPRITE_LENGTH).toBeGreaterThan(end);
	});

	it('is two files, Opus in WebM first, together under 100 KB', () => {
		expect(SPRITE_SOURCES).toEqual(['/audio/cues.webm', '/audio/cues.mp3']);
		const total = SPRITE_SOURCES.reduce((sum, source) => sum + statSync(file(source)).size, 0);
		expect(total).toBeGreaterThan(10_000);
		expect(total).toBeLessThan(100_000);
	});

	it('files really are as long as the sprite map says', () => {
		const webm = readFileSync(file('/audio/cues.webm'));
		expect(webm.subarray(0, 4)).toEqual(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]));
		expect(webm.includes('A_OPUS')).toBe(true);
		// Opus adds its pre-skip to the container's duration: a few ms at most.
		expect(webmDurationMs(webm)).toBeGreaterThanOrEqual(SPRITE_LENGTH);
		expect(webmDurationMs(webm)).toBeLessThan(SPRITE_LENGTH + 20);

		const mp3 = readFileSync(file('/audio/cues.mp3'));
		expect(Math.abs(mp3DurationMs(mp3, 44_100) - SPRITE_LENGTH)).toBeLessThan(2);
	});
});
