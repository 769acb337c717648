#!/usr/bin/env node
// Lighthouse scores of the static build with Lighthouse's mobile settings (a mid-range phone,
// simulated slow 4G), driving the system Chromium. Run `npm run build` first, then:
//   node scripts/bench-lighthouse.js [--port 4173]
// It serves build/ itself on the port (or audits BASE_URL when set), prints performance,
// accessibility and best-practices scores per page as a table, and exits with 1 when a score is
// under its target (performance >= 95, accessibility 100, best practices >= 95).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs } from './browser.js';

const paths = ['/', '/routines/knee-foundation', '/play/knee-foundation', '/stretches'];
const categories = [
	{ id: 'performance', label: 'performance', target: 95 },
	{ id: 'accessibility', label: 'accessibility', target: 100 },
	{ id: 'best-practices', label: 'best practices', target: 95 }
];

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = Number(portIndex >= 0 ? args[portIndex + 1] : (process.env.PORT ?? 4173));

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
		const scores = categories.map(({ id, target }) => {
			const score = Math.round((lhr.categories[id]?.score ?? 0) * 100);
			if (score < target) below = true;
			return score < target ? `${score} (<${target})` : String(score);
		});
		rows.push([path, ...scores]);
		// Which audits cost points, so a low score says where to look.
		for (const { id, target } of categories) {
			const category = lhr.categories[id];
			if (!category || Math.round((category.score ?? 0) * 100) >= target) continue;
			const failing = category.auditRefs
				.map((ref) => lhr.audits[ref.id])
				.filter((audit) => audit && audit.score !== null && audit.score < 0.9)
				.map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
			console.error(`${path} ${id}: ${failing.join(', ')}`);
		}
	}
} finally {
	await chrome.kill();
	stop();
}

const header = ['page', ...categories.map((c) => c.label)];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log('Lighthouse, mobile');
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
process.exitCode = below ? 1 : 0;
