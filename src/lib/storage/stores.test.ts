import { describe, expect, it } from 'vitest';
import { notices } from './notices.svelte';
import { favorites, setFavorite } from './favorites.svelte';
import { settings } from './stores.svelte';

// This file runs in Node, as a prerender does: no browser, no storage.
describe('stores during server-side rendering', () => {
	it('live in memory, hold their fallback and report nothing', () => {
		expect(favorites.available).toBe(false);
		expect(favorites.value).toEqual([]);
		expect(settings.value.volume).toBe(0.8);
		setFavorite('knee-build', true, favorites, Date.UTC(2026, 0, 1));
		expect(favorites.value).toEqual([{ id: 'knee-build', at: Date.UTC(2026, 0, 1) }]);
		expect(notices.list).toEqual([]);
	});
});
