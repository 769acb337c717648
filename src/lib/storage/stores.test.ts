import { describe, expect, it } from 'vitest';
import { notices } from './notices.svelte';
import { favorites, settings, toggleFavorite } from './stores.svelte';

// This file runs in Node, as a prerender does: no browser, no storage.
describe('stores during server-side rendering', () => {
	it('give a fresh in-memory value per call and write no module state', () => {
		const first = favorites();
		expect(first).not.toBe(favorites());
		expect(first.available).toBe(false);
		toggleFavorite('knee-build', first, 1);
		expect(first.value).toEqual([{ id: 'knee-build', at: 1 }]);
		expect(favorites().value).toEqual([]);
		expect(settings().value.volume).toBe(0.8);
		expect(notices.list).toEqual([]);
	});
});
