#!/usr/bin/env node
// Draws the app icons from static/favicon.svg with the tests' Chromium, so they never drift from
// the favicon. Run it again after changing the favicon, and commit the PNGs it writes:
//   node scripts/make-icons.js
// - icon-192.png, icon-512.png: the favicon as it is (rounded square, transparent corners).
// - icon-maskable-512.png: full-bleed background, the knee drawn inside the maskable safe zone
//   (a centred circle of 80 % of the width), so any launcher mask keeps it whole.
// - apple-touch-icon.png (180): full-bleed too; iOS rounds the corners itself and would paint
//   transparent ones black.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser.js';

const favicon = readFileSync(new URL('../static/favicon.svg', import.meta.url), 'utf8');
const background = /<rect[^>]*fill="([^"]+)"/.exec(favicon)?.[1] ?? '#0f6e5c';
// The drawing without its rounded background square.
const glyph = favicon
	.replace(/^<svg[^>]*>/, '')
	.replace(/<\/svg>\s*$/, '')
	.replace(/<rect[^>]*\/>/, '');

/** The favicon's glyph on a full-bleed square, scaled about the centre. */
function fullBleed(scale) {
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${background}"/><g transform="translate(32 32) scale(${scale}) translate(-32 -32)">${glyph}</g></svg>`;
}

const icons = [
	{ file: 'icon-192.png', size: 192, svg: favicon },
	{ file: 'icon-512.png', size: 512, svg: favicon },
	// The glyph's farthest corner sits 27.3 units from the centre; at 0.75 it is 20.5, inside the
	// safe zone's radius of 25.6.
	{ file: 'icon-maskable-512.png', size: 512, svg: fullBleed(0.75) },
	{ file: 'apple-touch-icon.png', size: 180, svg: fullBleed(0.85) }
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const { file, size, svg } of icons) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
	await page.setContent(
		`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`
	);
	const path = `static/${file}`;
	await page.screenshot({
		path,
		omitBackground: true,
		clip: { x: 0, y: 0, width: size, height: size }
	});
	await page.close();
	console.log(path);
}
await browser.close();
