import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { seedTinyRoutine, tinyRoutine, waitForServiceWorker } from './platform';

// Each test gets its own little static host of build/, where a new deployment can be simulated:
// from `deploy()` on it serves a changed service-worker.js, as after `npm run build` and upload.
// (Playwright cannot intercept the browser's own update check of a service worker script.)
let server: Server;
let origin: string;
let release = 1;

const types: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webm': 'audio/webm',
	'.mp3': 'audio/mpeg'
};

function find(pathname: string): string {
	const base = join('build', decodeURIComponent(pathname).replace(/\.\./g, ''));
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return join('build', '200.html');
}

test.beforeEach(async () => {
	release = 1;
	server = createServer((req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		const file = find(pathname);
		readFile(file)
			.then((body) => {
				const next = pathname === '/service-worker.js' && release > 1;
				res.writeHead(200, {
					'content-type': types[extname(file)] ?? 'application/octet-stream',
					'cache-control': 'no-cache'
				});
				res.end(next ? Buffer.concat([body, Buffer.from(`\n// release ${release}\n`)]) : body);
			})
			.catch(() => {
				res.writeHead(500);
				res.end();
			});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterEach(async () => {
	await new Promise((resolve) => server.close(resolve));
});

/** Publishes a new version and lets the page look for it, as it does when it comes to the front. */
async function deploy(page: Page): Promise<void> {
	release += 1;
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		await registration?.update();
	});
	// The new version has installed and waits (it precaches the whole build first: slow when busy).
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					return registration?.waiting?.state ?? null;
				}),
			{ timeout: 30_000 }
		)
		.toBe('installed');
}

test('a new version is offered with Reload, and takes over when asked', async ({ page }) => {
	await open(page, `${origin}/`);
	await waitForServiceWorker(page);
	await deploy(page);

	const prompt = page.getByRole('group', { name: 'Update' });
	await expect(prompt).toContainText('New version available');
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
	await prompt.getByRole('button', { name: 'Reload' }).click();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(prompt).toBeHidden();
	await expect
		.poll(() =>
			page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)
		)
		.toBeNull();
	await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
});

test('Later hides the prompt', async ({ page }) => {
	await open(page, `${origin}/settings`);
	await waitForServiceWorker(page);
	await deploy(page);
	const prompt = page.getByRole('group', { name: 'Update' });
	await prompt.getByRole('button', { name: 'Later' }).click();
	await expect(prompt).toBeHidden();
});

test('the prompt never interrupts a routine: it waits until the routine is complete', async ({
	page
}) => {
	await seedTinyRoutine(page);
	await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
	await open(page, `${origin}/play/${tinyRoutine.id}`);
	await waitForServiceWorker(page);
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.clock.runFor(5_000);

	await deploy(page);
	const prompt = page.getByRole('group', { name: 'Update' });
	await expect(prompt).toBeHidden();
	await page.getByRole('button', { name: /^pause$/i }).click();
	await expect(page.getByRole('button', { name: /^resume$/i })).toBeVisible();
	await expect(prompt).toBeHidden();
	await page.getByRole('button', { name: /^resume$/i }).click();
	await page.clock.runFor(60_000);

	await expect(page.getByRole('heading', { name: /routine complete/i })).toBeVisible();
	await expect(prompt).toContainText('New version available');
});
