#!/usr/bin/env node
// Takes screenshots of the built app at phone and desktop widths, in light and dark, for the
// README and for design review. Serve the build first (npm run preview), then:
//   node scripts/screenshots.js [--out docs/screenshots] [--full] /path name [/path name ...]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser.js';

const args = process.argv.slice(2);
const flag = (name) => {
	const i = args.indexOf(name);
	if (i < 0) return undefined;
	const [, value] = args.splice(i, 2);
	return value;
};
const out = flag('--out') ?? 'docs/screenshots';
const full = args.includes('--full');
const pairs = args.filter((a) => a !== '--full');
const base = process.env.BASE_URL ?? 'http://localhost:4173';
const shots = [];
for (let i = 0; i < pairs.length; i += 2) shots.push({ path: pairs[i], name: pairs[i + 1] });
if (shots.length === 0) shots.push({ path: '/', name: 'home' });

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const scheme of ['light', 'dark']) {
	for (const [label, viewport] of [
		['phone', { width: 360, height: 780 }],
		['desktop', { width: 1280, height: 860 }]
	]) {
		const context = await browser.newContext({
			viewport,
			colorScheme: scheme,
			deviceScaleFactor: label === 'phone' ? 2 : 1,
			reducedMotion: 'reduce'
		});
		const page = await context.newPage();
		for (const { path, name } of shots) {
			await page.goto(base + path);
			await page.waitForSelector('body[data-hydrated="true"]');
			const file = `${out}/${name}-${label}-${scheme}.png`;
			await page.screenshot({ path: file, fullPage: full });
			console.log(file);
		}
		await context.close();
	}
}
await browser.close();
