// Every screen, every size: no page scrolls sideways on a phone upright, a phone on its side or a
// laptop, whatever it shows.
import type { Page } from '@playwright/test';
import { expect, open, seedStore, test } from './fixtures';
import { fallbackPages, seedTinyRoutine, shareLink, topLevelPages } from './platform';

const viewports = [
	{ width: 360, height: 780 },
	{ width: 780, height: 360 },
	{ width: 1280, height: 800 }
];

/** How far the page reaches past the viewport's right edge, in CSS pixels (0 when it does not). */
async function overflow(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const viewport of viewports) {
	test.describe(`${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport });

		test('no page scrolls sideways', async ({ page }) => {
			test.setTimeout(120_000);
			await seedTinyRoutine(page);
			for (const path of [...topLevelPages, ...fallbackPages, '/no-such-page']) {
				await open(page, path);
				expect(await overflow(page), path).toBe(0);
			}
			await open(page, await shareLink(page));
			expect(await overflow(page), 'shared').toBe(0);
			// A warm-up chosen, with its steppers and arrows.
			await open(page, '/stretches');
			await page.getByRole('button', { name: /^fit$/i }).click();
			await expect(page.getByTestId('picker-total')).not.toHaveText('0:00');
			expect(await overflow(page), 'a chosen warm-up').toBe(0);
		});

		test('every tab of the main navigation is on screen', async ({ page }) => {
			await open(page, '/settings');
			const tabs = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
			expect(await tabs.count()).toBeGreaterThanOrEqual(5);
			for (const tab of await tabs.all()) await expect(tab).toBeInViewport({ ratio: 1 });
		});
	});
}

/** Three sessions, the last one last night: / asks the morning question and shows the week. */
const history = ['2026-03-03', '2026-03-01', '2026-02-27'].map((day, i) => ({
	id: `s-${i}`,
	routineId: 'knee-foundation',
	routineName: "Runner's knee: foundation",
	startedAt: new Date(`${day}T18:00:00`).getTime(),
	durationMs: 600_000,
	completed: true,
	pain: 2 * i,
	effort: null,
	note: ''
}));

// At 200 % text (WCAG 1.4.10, reflow), on a phone upright and on its side and on a laptop, with a
// history and a routine of the user's own: no page scrolls sideways, and the main navigation is
// whole (the player's own check is in rehab-player).
for (const viewport of viewports) {
	test(`at 200 % text (${viewport.width}x${viewport.height}), nothing scrolls sideways and every tab is on screen`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		await page.setViewportSize(viewport);
		await page.clock.install({ time: new Date('2026-03-04T07:00:00') });
		await seedTinyRoutine(page);
		await seedStore(page, 'patella:history:v1', history);
		/** Sets 200 % text on the page as it is, then checks it reflows. */
		async function reflows(what: string): Promise<void> {
			await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
			expect(await overflow(page), what).toBe(0);
			const tabs = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
			for (const tab of await tabs.all()) await expect(tab, what).toBeInViewport({ ratio: 1 });
		}
		await open(page, '/');
		await expect(page.getByRole('heading', { name: /this morning/i })).toBeVisible();
		await open(page, '/learn');
		const lessons = await page
			.getByRole('main')
			.getByRole('listitem')
			.getByRole('link')
			.evaluateAll((links) =>
				links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)
			);
		expect(lessons.length).toBeGreaterThan(0);
		for (const path of [
			...topLevelPages,
			...fallbackPages,
			'/learn',
			...lessons,
			'/no-such-page'
		]) {
			await open(page, path);
			await reflows(path);
		}
		await open(page, await shareLink(page));
		await reflows('shared');
		// A warm-up chosen, with its steppers and arrows.
		await open(page, '/stretches');
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		await page.getByRole('button', { name: /^fit$/i }).click();
		await expect(page.getByTestId('picker-total')).not.toHaveText('0:00');
		await page.evaluate(() => window.scrollTo(0, 0));
		await reflows('a chosen warm-up');
	});
}
