import { expect, open, test, violations } from './fixtures';
import { fallbackPages, seedTinyRoutine, shareLink, tinyRoutine, topLevelPages } from './platform';

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme, reducedMotion: 'reduce' });

		for (const path of topLevelPages) {
			test(`${path} has no WCAG 2.2 AA violation`, async ({ page }) => {
				await open(page, path);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				expect(await violations(page)).toEqual([]);
			});
		}

		test('the fallback pages and a shared link have no WCAG 2.2 AA violation', async ({ page }) => {
			// Five pages and five axe passes: more than one page's time on a busy 2-core machine.
			test.slow();
			await seedTinyRoutine(page);
			for (const path of fallbackPages) {
				await open(page, path);
				await expect(page.getByText(tinyRoutine.name).first()).toBeVisible();
				expect(await violations(page), path).toEqual([]);
			}
			await open(page, await shareLink(page));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(tinyRoutine.name);
			expect(await violations(page), 'shared').toEqual([]);
		});

		test('the player has no violation while running and when complete', async ({ page }) => {
			test.slow();
			await seedTinyRoutine(page);
			await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
			await open(page, `/play/${tinyRoutine.id}`);
			await page.getByRole('button', { name: /^start$/i }).click();
			await page.clock.runFor(12_000);
			await expect(page.getByRole('button', { name: /^pause$/i })).toBeVisible();
			expect(await violations(page)).toEqual([]);
			await page.getByRole('button', { name: /^pause$/i }).click();
			await expect(page.getByRole('button', { name: /^resume$/i })).toBeVisible();
			expect(await violations(page)).toEqual([]);
			await page.getByRole('button', { name: /^resume$/i }).click();
			await page.clock.runFor(60_000);
			await expect(page.getByRole('heading', { name: /routine complete/i })).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
	});
}

test('a routine can be completed with the keyboard alone', async ({ page }) => {
	await seedTinyRoutine(page);
	await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
	await open(page, `/play/${tinyRoutine.id}`);
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));

	const start = page.getByRole('button', { name: /^start$/i });
	// Tab until Start has focus, as a keyboard user would.
	for (let i = 0; i < 30 && !(await start.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(start).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: /^pause$/i })).toBeFocused();

	const current = page.getByTestId('current-label');
	const seen: string[] = [];
	for (let i = 0; i < 10; i++) {
		if (await page.getByRole('heading', { name: /routine complete/i }).isVisible()) break;
		seen.push((await current.textContent()) ?? '');
		await page.keyboard.press('ArrowRight');
	}
	await expect(page.getByRole('heading', { name: /routine complete/i })).toBeVisible();
	expect(seen.length).toBeGreaterThan(2);
});
