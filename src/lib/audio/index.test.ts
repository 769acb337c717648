import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCuePlayer, createSpeaker, HowlerCuePlayer, loadHowler } from './index';

afterEach(() => vi.unstubAllGlobals());

describe('createCuePlayer', () => {
	it('gives the silent player on the server, without loading howler', async () => {
		const load = vi.fn();
		const player = createCuePlayer({ loadHowler: load });
		expect(player).not.toBeInstanceOf(HowlerCuePlayer);
		await expect(player.unlock()).resolves.toBe(true);
		expect(load).not.toHaveBeenCalled();
	});

	it('gives the howler player in the browser, which loads nothing until asked', async () => {
		vi.stubGlobal('window', {});
		const load = vi.fn(() => Promise.reject(new Error('offline')));
		const player = createCuePlayer({ loadHowler: load });
		expect(player).toBeInstanceOf(HowlerCuePlayer);
		expect(player.status).toBe('idle');
		expect(load).not.toHaveBeenCalled();
		await expect(player.unlock()).resolves.toBe(false);
		expect(load).toHaveBeenCalledTimes(1);
		expect(player.status).toBe('error');
	});
});

describe('loadHowler', () => {
	it('finds Howl and Howler in the real module, whichever way it is bundled', async () => {
		const howler = await loadHowler();
		expect(typeof howler.Howl).toBe('function');
		expect(typeof howler.Howler.volume).toBe('function');
		// Importing howler creates no audio context.
		expect(howler.Howler.ctx).toBeNull();
	});
});

describe('createSpeaker', () => {
	it('is unavailable on the server', () => {
		expect(createSpeaker().available).toBe(false);
	});
});
