import AxeBuilder from '@axe-core/playwright';
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

/** The WCAG 2.2 AA rule sets axe checks against. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Axe's WCAG 2.2 AA violations on the page as it is now (or in `include` only), as readable lines.
 * Axe waits on timers: on a paused fake clock, resume it first.
 */
export async function violations(page: Page, include?: string): Promise<string[]> {
	const axe = new AxeBuilder({ page }).withTags(WCAG_TAGS);
	const results = await (include ? axe.include(include) : axe).analyze();
	return results.violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? v.help}`)
	);
}

/**
 * Stores `data` as the app stores it (`{ v: 1, data }` under `key`) before the first page loads;
 * once only, so a reload finds what the app wrote since.
 */
export async function seedStore(page: Page, key: string, data: unknown): Promise<void> {
	await page.addInitScript(
		([k, value]) => {
			if (!localStorage.getItem(k)) localStorage.setItem(k, JSON.stringify({ v: 1, data: value }));
		},
		[key, data] as const
	);
}
