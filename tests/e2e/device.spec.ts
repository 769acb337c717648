import { advanceUntil, expect, open, test } from './fixtures';

/** Stubs the phone's APIs so the test can see what the player asks of them. */
test.beforeEach(async ({ page }) => {
	await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
	await page.addInitScript(() => {
		const log: string[] = [];
		const handlers: Record<string, (() => void) | null> = {};
		(window as unknown as { device: unknown }).device = { log, handlers };
		Object.defineProperty(navigator, 'wakeLock', {
			value: {
				request: async () => {
					log.push('wake-lock');
					return { released: false, release: async () => void log.push('release') };
				}
			}
		});
		Object.defineProperty(navigator, 'vibrate', {
			value: (pattern: unknown) => (log.push(`vibrate ${JSON.stringify(pattern)}`), true)
		});
		navigator.mediaSession.setActionHandler = (action, handler) => {
			handlers[action] = handler as (() => void) | null;
		};
	});
});

type Device = { log: string[]; handlers: Record<string, (() => void) | null> };
const device = (page: import('@playwright/test').Page) =>
	page.evaluate(() => (window as unknown as { device: Device }).device.log);

test('while a routine plays the screen stays awake, and the phone buzzes at each change', async ({
	page
}) => {
	await open(page, '/play/prerun-short');
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	expect(await device(page)).not.toContain('wake-lock');
	await page.getByRole('button', { name: /^start$/i }).click();
	await expect.poll(() => device(page)).toContain('wake-lock');
	await page.clock.runFor(10_000);
	await expect
		.poll(async () => (await device(page)).some((l) => l.startsWith('vibrate')))
		.toBe(true);
	await page.getByRole('button', { name: /^pause$/i }).click();
	await expect.poll(() => device(page)).toContain('release');
});

test('lock-screen and headset buttons pause, resume, skip and go back', async ({ page }) => {
	await open(page, '/play/prerun-short');
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	await page.getByRole('button', { name: /^start$/i }).click();
	const press = (action: string) =>
		page.evaluate((a) => (window as unknown as { device: Device }).device.handlers[a]?.(), action);
	await press('pause');
	await expect(page.getByRole('button', { name: /^resume$/i })).toBeVisible();
	await press('play');
	await expect(page.getByRole('button', { name: /^pause$/i })).toBeVisible();
	const current = page.getByTestId('current-label');
	const first = await current.textContent();
	await press('nexttrack');
	await expect(current).not.toHaveText(first!);
	await press('previoustrack');
	await expect(current).toHaveText(first!);
});

test('blocked audio shows "Enable sound" and the timer goes on regardless', async ({ page }) => {
	await page.addInitScript(() => {
		// A browser that never lets the audio context start.
		Object.defineProperty(AudioContext.prototype, 'state', { get: () => 'suspended' });
		AudioContext.prototype.resume = () => new Promise(() => {});
	});
	await open(page, '/play/prerun-short');
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	await page.getByRole('button', { name: /^start$/i }).click();
	await advanceUntil(page, () =>
		expect(page.getByRole('button', { name: 'Enable sound' })).toBeVisible({ timeout: 250 })
	);
	// The timer goes on regardless, and the cues are captioned.
	const timer = page.getByRole('timer', { name: 'Time remaining' });
	const before = await timer.textContent();
	await page.clock.runFor(2000);
	await expect(timer).not.toHaveText(before!);
	await page.clock.runFor(10_000);
	await expect(page.getByRole('status', { name: 'Cue' })).not.toBeEmpty();
});
