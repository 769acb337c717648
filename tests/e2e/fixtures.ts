import { test as base, expect, type Page } from '@playwright/test';

/** Errors the page printed or threw, collected for the test to assert on. */
export type ConsoleErrors = string[];

export const test = base.extend<{ consoleErrors: ConsoleErrors }>({
	consoleErrors: async ({ page }, use) => {
		const errors: ConsoleErrors = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await use(errors);
	}
});

/** Opens a path and waits until the app is interactive (the contract's hydration flag). */
export async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
}

export { expect };

/**
 * Moves a paused fake clock on in small steps until `check` passes: for work that finishes in real
 * time (a file loading, a module importing) but reports through timers the fake clock holds.
 */
export async function advanceUntil(
	page: Page,
	check: () => Promise<void>,
	{ step = 100, limit = 4000 } = {}
): Promise<void> {
	for (let spent = 0; ; spent += step) {
		try {
			await check();
			return;
		} catch (error) {
			if (spent >= limit) throw error;
			await page.clock.runFor(step);
		}
	}
}
