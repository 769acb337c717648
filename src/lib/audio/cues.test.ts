import { describe, expect, it } from 'vitest';
import { clampVolume, createSilentCuePlayer, CUE_IDS } from './cues';
import { CUE_IDS as INDEX_IDS } from './index';

describe('the silent cue player', () => {
	it('unlocks at once and reports ready', async () => {
		const player = createSilentCuePlayer();
		const seen: string[] = [];
		player.onStatus((status) => seen.push(status));
		expect(player.status).toBe('idle');
		await expect(player.unlock()).resolves.toBe(true);
		await player.unlock();
		expect(player.status).toBe('ready');
		expect(seen).toEqual(['ready']);
	});

	it('records what it was asked to play, cancels and activity', async () => {
		const player = createSilentCuePlayer();
		await player.preload();
		player.play('go');
		player.play('countdown', 1234);
		player.cancelScheduled();
		player.setActive(true);
		expect(player.played).toEqual([
			{ id: 'go', atMs: undefined },
			{ id: 'countdown', atMs: 1234 }
		]);
		expect(player.cancelled).toBe(1);
		expect(player.active).toBe(true);
	});

	it('keeps volume in 0..1 and remembers mute', () => {
		const player = createSilentCuePlayer();
		player.volume = 0.3;
		expect(player.volume).toBe(0.3);
		player.volume = Number.POSITIVE_INFINITY;
		expect(player.volume).toBe(0.3);
		player.volume = -2;
		expect(player.volume).toBe(0);
		player.muted = true;
		expect(player.muted).toBe(true);
	});

	it('stops calling a listener once unsubscribed', async () => {
		const player = createSilentCuePlayer();
		const seen: string[] = [];
		const off = player.onStatus((status) => seen.push(status));
		off();
		await player.unlock();
		expect(seen).toEqual([]);
	});
});

describe('cue ids', () => {
	it('list every sound of the sprite once', () => {
		expect(new Set(CUE_IDS)).toEqual(
			new Set(['countdown', 'go', 'rest', 'switch', 'halfway', 'rep', 'complete'])
		);
		expect(CUE_IDS).toHaveLength(7);
		expect(INDEX_IDS).toBe(CUE_IDS);
	});

	it('clampVolume keeps the fallback for non-numbers', () => {
		expect(clampVolume(Number.NaN, 0.7)).toBe(0.7);
		expect(clampVolume(0.5, 0.7)).toBe(0.5);
		expect(clampVolume(3, 0.7)).toBe(1);
	});
});
