import { expect, open, test } from './fixtures';
import { fallbackPages, seedTinyRoutine, shareLink, tinyRoutine, topLevelPages } from './platform';

// Any Content Security Policy violation is reported as a console error, which fails the test.
test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
		});
	});
});

test('every page carries a strict policy without inline scripts or outside origins', async ({
	page
}) => {
	await open(page, '/');
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toContain("default-src 'self'");
	expect(policy).toContain("object-src 'none'");
	expect(policy).toMatch(/script-src 'self'( 'wasm-unsafe-eval')?( 'sha256-[^']+')*;/);
	expect(policy).not.toMatch(/https?:|\*|(?<!wasm-)unsafe-eval/);
	expect(policy?.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
	// The stylesheets are inline, each allowed by its hash, never by 'unsafe-inline'.
	const styleElements = policy?.match(/style-src-elem[^;]*/)?.[0] ?? '';
	expect(styleElements).toMatch(/^style-src-elem 'self'( 'sha256-[^']+')+$/);
	// The page paints with no stylesheet request to wait for: Kit only lists the files, disabled.
	const html = await (await page.request.get('/')).text();
	expect(html).toMatch(/<style[^>]*>/);
	for (const link of html.match(/<link[^>]*rel="stylesheet"[^>]*>/g) ?? []) {
		expect(link).toMatch(/\bdisabled\b/);
	}
});

for (const path of topLevelPages) {
	test(`${path} runs under the policy with no violation or console error`, async ({
		page,
		consoleErrors
	}) => {
		await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
		await open(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		if (path.startsWith('/play/')) {
			// Start loads the sounds: audio and its fetches must pass the policy too.
			await page.getByRole('button', { name: /^start$/i }).click();
			await page.clock.runFor(15_000);
			await expect(page.getByRole('button', { name: /^pause$/i })).toBeVisible();
		}
		expect(consoleErrors).toEqual([]);
	});
}

for (const path of fallbackPages) {
	test(`${path}, rendered by the fallback page, runs under the policy`, async ({
		page,
		consoleErrors
	}) => {
		await seedTinyRoutine(page);
		await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
		await open(page, path);
		await expect(page.getByText(tinyRoutine.name).first()).toBeVisible();
		if (path.startsWith('/play/')) {
			await page.getByRole('button', { name: /^start$/i }).click();
			await page.clock.runFor(60_000);
			await expect(page.getByRole('heading', { name: /routine complete/i })).toBeVisible();
		}
		expect(consoleErrors).toEqual([]);
	});
}

test('a shared link runs under the policy', async ({ page, consoleErrors }) => {
	await seedTinyRoutine(page);
	const link = await shareLink(page);
	await open(page, link);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(tinyRoutine.name);
	expect(consoleErrors).toEqual([]);
});
