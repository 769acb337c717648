#!/usr/bin/env node
// The JavaScript budget: how much JavaScript a page makes the browser load, gzipped, from the
// static build. Run `npm run build` first, then:
//   node scripts/bench-size.js [--dir build]
// For each page it reads the prerendered HTML, takes the scripts it preloads and the entry chunks
// its boot script imports, and follows their static imports. "On demand" adds what the page's own
// code imports lazily (howler, once Start is pressed), not counting other routes' code. The target
// applies to the two together. Exits with 1 when a page is over its target.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dirIndex = args.indexOf('--dir');
const root = resolve(dirIndex >= 0 && args[dirIndex + 1] ? args[dirIndex + 1] : 'build');

/** The pages measured: URL path, the prerendered file, and the target in KiB. */
const pages = [
	{ path: '/', file: 'index.html', target: 40 },
	{ path: '/play/knee-foundation', file: 'play/knee-foundation.html', target: 55 }
];

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
const PRELOAD =
	/<link\b[^>]*\bhref="([^"]+\.js)"[^>]*\brel="modulepreload"|<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g;
const BOOT_IMPORT = /import\(\s*"([^"]+\.js)"\s*\)/g;

/** All first capture groups of `pattern` in `text`. */
function matches(text, pattern) {
	return [...text.matchAll(pattern)].map((m) => m[1] ?? m[2]).filter(Boolean);
}

/** A URL path to the file in the build. */
function fileOf(urlPath) {
	return join(root, decodeURIComponent(urlPath));
}

const sources = new Map();
/** A chunk's source, read once. */
function source(urlPath) {
	if (!sources.has(urlPath)) sources.set(urlPath, readFileSync(fileOf(urlPath), 'utf8'));
	return sources.get(urlPath);
}

/** Every chunk reachable from `entries` through static imports (URL paths). */
function closure(entries) {
	const seen = new Set();
	const queue = [...entries];
	while (queue.length > 0) {
		const url = queue.pop();
		if (seen.has(url)) continue;
		seen.add(url);
		for (const spec of matches(source(url), STATIC_IMPORT)) {
			queue.push(new URL(spec, `http://x${url}`).pathname);
		}
	}
	return seen;
}

/** Gzipped size of a chunk in bytes (level 9, as a static host precompresses). */
function gzipped(url) {
	return gzipSync(readFileSync(fileOf(url)), { level: 9 }).length;
}

const kib = (bytes) => (bytes / 1024).toFixed(1);
const rows = [];
let over = false;
for (const { path, file, target } of pages) {
	const html = readFileSync(join(root, file), 'utf8');
	const base = `http://x${path}`;
	const entries = [...matches(html, PRELOAD), ...matches(html, BOOT_IMPORT)].map(
		(href) => new URL(href, base).pathname
	);
	const loaded = closure(entries);
	// Lazy imports of the page's own code; Kit's table of route nodes (app.js) is not followed.
	const lazyEntries = [...loaded]
		.filter((url) => !url.includes('/entry/app.'))
		.flatMap((url) =>
			matches(source(url), DYNAMIC_IMPORT).map((s) => new URL(s, `http://x${url}`).pathname)
		)
		.filter((url) => !url.includes('/nodes/'));
	const lazy = [...closure(lazyEntries)].filter((url) => !loaded.has(url));
	const initial = [...loaded].reduce((sum, url) => sum + gzipped(url), 0);
	const later = lazy.reduce((sum, url) => sum + gzipped(url), 0);
	const total = initial + later;
	const ok = total <= target * 1024;
	over ||= !ok;
	rows.push([
		path,
		`${kib(initial)} KiB (${loaded.size} files)`,
		`${kib(later)} KiB (${lazy.length} files)`,
		`${kib(total)} KiB`,
		`${target} KiB`,
		ok ? 'ok' : 'OVER'
	]);
}

const header = ['page', 'on load', 'on demand', 'total (gzip)', 'target', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log('JavaScript per page, gzipped');
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
process.exitCode = over ? 1 : 0;
