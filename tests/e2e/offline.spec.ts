import { expect, open, test } from './fixtures';
import { seedTinyRoutine, shareLink, tinyRoutine, waitForServiceWorker } from './platform';

test('after one visit every page, the player and a saved routine work with no network', async ({
	page,
	context,
	consoleErrors
}) => {
	await seedTinyRoutine(page);
	const link = await shareLink(page);
	await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
	await open(page, '/');
	await waitForServiceWorker(page);

	await context.setOffline(true);

	// The service worker answers: no network is reached.
	const home = await page.goto('/');
	expect(home?.fromServiceWorker()).toBe(true);
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
	await open(page, '/stretches');
	await expect(page.getByRole('heading', { level: 1, name: 'Pre-run warm-up' })).toBeVisible();

	// A client-side navigation to / fetches the cards (/routine-cards.json): the cache has them too,
	// and the code for the runner's own routines.
	const cards = page.waitForResponse((response) => response.url().endsWith('/routine-cards.json'));
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Routines' })
		.click();
	expect((await cards).fromServiceWorker()).toBe(true);
	await expect(page.getByRole('link', { name: "Runner's knee: foundation" })).toBeVisible();
	await expect(
		page
			.getByRole('region', { name: 'My routines' })
			.getByRole('link', { name: tinyRoutine.name, exact: true })
	).toBeVisible();
	await open(page, '/routines/knee-foundation');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Runner's knee: foundation");
	await page.getByRole('link', { name: /start/i }).click();
	await expect(page.getByRole('button', { name: /^start$/i })).toBeVisible();

	// A built-in routine, prerendered: a few segments, and the sound sprite from the cache.
	await page.clock.pauseAt(new Date('2026-03-02T07:10:00'));
	const current = page.getByTestId('current-label');
	const first = await current.textContent();
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.clock.runFor(60_000);
	await expect(current).not.toHaveText(first ?? '');
	await expect(page.getByRole('button', { name: /^pause$/i })).toBeVisible();

	// A shared link and the builder: fallback page too.
	await open(page, link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(tinyRoutine.name);
	await open(page, `/builder/${tinyRoutine.id}`);
	await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(tinyRoutine.name);

	// The user's own routine has no prerendered page: the cached fallback page renders it.
	await open(page, `/play/${tinyRoutine.id}`);
	await expect(page.getByText(tinyRoutine.name)).toBeVisible();
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.clock.runFor(120_000);
	await expect(page.getByRole('heading', { name: /routine complete/i })).toBeVisible();
	expect(consoleErrors).toEqual([]);
});
