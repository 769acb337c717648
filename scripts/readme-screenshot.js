#!/usr/bin/env node
// Takes the README's screenshots of a served build (npm run preview): the routines page and the
// player mid-exercise, on a 360 px phone, side by side in docs/.
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser.js';

const base = process.env.BASE_URL ?? 'http://localhost:4173';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const context = await browser.newContext({
	viewport: { width: 360, height: 740 },
	deviceScaleFactor: 2,
	reducedMotion: 'reduce'
});
const page = await context.newPage();
await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
await page.goto(`${base}/`);
await page.waitForSelector('body[data-hydrated="true"]');
await page.screenshot({ path: 'docs/screenshot-routines.png' });
await page.goto(`${base}/play/knee-foundation`);
await page.waitForSelector('body[data-hydrated="true"]');
await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
await page.getByRole('button', { name: /^start$/i }).click();
await page.clock.runFor(13_000);
await page.screenshot({ path: 'docs/screenshot-player.png' });
await browser.close();
console.log('docs/screenshot-routines.png docs/screenshot-player.png');
