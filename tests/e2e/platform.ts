// Shared by the platform specs (offline, security, accessibility): the pages to visit, a tiny
// routine of the user's own, and the wait for the service worker.
import type { Page } from '@playwright/test';
import { expect, open, seedStore } from './fixtures';

/** A routine of the user's own, short enough to play to the end in a test (about 40 s). */
export const tinyRoutine = {
	id: 'my-tiny',
	name: 'My tiny routine',
	kind: 'strength',
	goal: 'Two short wall sits.',
	level: 'easy',
	focus: ['knee'],
	items: [{ exercise: 'wall-sit', sets: 2, seconds: 10, rest: 5 }],
	restBetween: 0,
	sources: []
};

/** Stores `tinyRoutine` among the user's routines before the first page loads. */
export async function seedTinyRoutine(page: Page): Promise<void> {
	await seedStore(page, 'patella:routines:v1', [tinyRoutine]);
}

/** Every kind of page: the tabs, a routine, an exercise, a player. */
export const topLevelPages = [
	'/',
	'/plan',
	'/stretches',
	'/favorites',
	'/history',
	'/settings',
	'/builder',
	'/routines/knee-foundation',
	'/exercises/wall-sit',
	'/play/knee-foundation'
];

/** Waits until the service worker has installed everything and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null))
		.toBe('activated');
}

/** Pages only the fallback page (200.html) can render: the user's own routine, to view, play, edit. */
export const fallbackPages = [
	`/routines/${tinyRoutine.id}`,
	`/play/${tinyRoutine.id}`,
	`/builder/${tinyRoutine.id}`
];

/** The share link of `tinyRoutine` (seeded), as its page's Share button gives it. */
export async function shareLink(page: Page): Promise<string> {
	// Share copies the link too; without the permission the copy would fail.
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, `/routines/${tinyRoutine.id}`);
	await page.getByRole('button', { name: /^share$/i }).click();
	const field = page.getByRole('textbox', { name: 'Share link' });
	await expect(field).toHaveValue(/\/shared#[rz]=/);
	return field.inputValue();
}
