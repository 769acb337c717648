#!/usr/bin/env node
// Lighthouse scores of the static build with Lighthouse's mobile settings (a mid-range phone,
// simulated slow 4G), driving the system Chromium. Run `npm run build` first, then:
//   node scripts/bench-lighthouse.js [--port 4173]
// It serves build/ itself on the port (or audits BASE_URL when set), audits each page 5 times
// (`--runs N`), prints the median performance, accessibility and best-practices scores per page,
// with the median Speed Index and the observed first contentful paint (a run that paints late
// shows there), and exits with 1 when a median is under its target (100 each; best practices 95).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs } from './browser.js';

const paths = [
	'/',
	'/routines/knee-foundation',
	'/play/knee-foundation',
	'/stretches',
	'/plan',
	'/history'
];
const categories = [
	{ id: 'performance', label: 'performance', target: 100 },
	{ id: 'accessibility', label: 'accessibility', target: 100 },
	{ id: 'best-practices', label: 'best practices', target: 95 }
];

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = Number(portIndex >= 0 ? args[portIndex + 1] : (process.env.PORT ?? 4173));
const runsIndex = args.indexOf('--runs');
const runs = Math.max(1, Number(runsIndex >= 0 ? args[runsIndex + 1] : 5));

/** The middle value (the lower middle of an even count). */
const median = (/** @type {number[]} */ values) =>
	[...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? NaN;

/** Serves build/ with scripts/serve.js until the returned function is called. */
async function serve() {
	const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const exited = once(server, 'exit').then(() => {
		throw new Error(`could not serve build/ on port ${port} (in use? set --port or BASE_URL)`);
	});
	await Promise.race([once(server.stdout, 'data'), exited]);
	return () => server.kill();
}

const stop = process.env.BASE_URL ? () => {} : await serve();
const base = process.env.BASE_URL ?? `http://localhost:${port}`;
const chrome = await chromeLauncher.launch({
	chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	chromeFlags: ['--headless=new', ...chromiumArgs]
});

const rows = [];
let below = false;
try {
	for (const path of paths) {
		/** @type {Record<string, number[]>} */
		const scores = Object.fromEntries(categories.map((c) => [c.id, []]));
		/** @type {number[]} */ const speedIndex = [];
		/** @type {number[]} */ const firstPaint = [];
		/** @type {Map<string, string>} audits that cost points, with how often */
		const failing = new Map();
		for (let run = 0; run < runs; run += 1) {
			// Lighthouse's default config is the mobile one.
			const result = await lighthouse(`${base}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: categories.map((c) => c.id)
			});
			const lhr = result?.lhr;
			if (!lhr) throw new Error(`Lighthouse returned nothing for ${path}`);
			if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
			for (const { id } of categories) {
				const category = lhr.categories[id];
				scores[id]?.push(Math.round((category?.score ?? 0) * 100));
				for (const ref of category?.auditRefs ?? []) {
					const audit = lhr.audits[ref.id];
					if (audit && audit.score !== null && audit.score < 0.9)
						failing.set(audit.id, `${audit.id} (${audit.displayValue ?? audit.score})`);
				}
			}
			speedIndex.push(Number(lhr.audits['speed-index']?.numericValue ?? NaN));
			const metrics = /** @type {{ items?: Record<string, number>[] } | undefined} */ (
				lhr.audits.metrics?.details
			);
			firstPaint.push(Number(metrics?.items?.[0]?.observedFirstContentfulPaint ?? NaN));
		}
		const cells = categories.map(({ id, target }) => {
			const score = median(scores[id] ?? []);
			if (score < target) below = true;
			return score < target ? `${score} (<${target})` : String(score);
		});
		const ms = (/** @type {number[]} */ values) =>
			`${(median(values) / 1000).toFixed(2)} s (${values.map((v) => (v / 1000).toFixed(1)).join(', ')})`;
		rows.push([path, ...cells, ms(speedIndex), ms(firstPaint)]);
		// Which audits cost points in any run, so a low score says where to look.
		if (failing.size > 0) console.error(`${path}: ${[...failing.values()].join(', ')}`);
	}
} finally {
	await chrome.kill();
	stop();
}

const header = [
	'page',
	...categories.map((c) => c.label),
	'Speed Index (each run)',
	'observed FCP (each run)'
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`Lighthouse, mobile, median of ${runs} runs`);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
process.exitCode = below ? 1 : 0;
