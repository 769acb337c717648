#!/usr/bin/env node
// The JavaScript budget, measured in a real browser: the JavaScript headless Chromium fetches for a
// page, each file gzipped at level 9 and brotli'd at quality 11 from build/, as a static host
// precompresses it (adapter-static writes the .gz and .br files beside each one). Run
// `npm run build` first, then:
//   node scripts/bench-size.js [--port 4192] [--dir build] [--all]
// It serves the build itself, opens each scenario in a fresh context with a phone's viewport and
// the service worker blocked (it precaches the whole build in the background, which is not what a
// page needs), and counts every same-origin script once: what loads with the page, on idle, on
// Start and at the end of a session. Prints a table, the largest files of each scenario, and exits
// with 1 when a page is over its target.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { benchRoutine, storeRoutine } from './bench-routine.js';
import { chromiumArgs, chromiumPath } from './browser.js';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').Locator} Locator */

/**
 * One script the page fetched: its URL path, the moment it was first asked for, its compressed sizes.
 * @typedef {{ path: string, phase: string, gzip: number, brotli: number }} Script
 */

const args = process.argv.slice(2);
/** The value after `--name`, or `fallback`. */
const option = (/** @type {string} */ name, /** @type {string} */ fallback) => {
	const i = args.indexOf(`--${name}`);
	return (i >= 0 && args[i + 1]) || fallback;
};
const port = Number(option('port', '4192'));
const dir = option('dir', 'build');
const root = resolve(dir);
/** How many of each scenario's largest files to list (`--all`: every one). */
const listed = args.includes('--all') ? Infinity : 8;
const base = `http://localhost:${port}`;

/**
 * The scenarios: a page, what is done there, and its target in KiB gzip (null: for information).
 * `until` is how far the scenario goes: `idle` (loaded, and whatever loads once the page is idle)
 * or `session` (on the player: Start, the whole routine, the check-in).
 * @typedef {{ page: string, scenario: string, saved?: boolean, plan?: boolean, until: 'idle' | 'session', target: number | null }} Scenario
 * @type {Scenario[]}
 */
const scenarios = [
	{ page: '/', scenario: 'first visit', until: 'idle', target: 44 },
	{ page: '/play/knee-foundation', scenario: 'up to idle', until: 'idle', target: 58 },
	{
		page: '/play/knee-foundation',
		scenario: 'whole session: Start to check-in',
		until: 'session',
		target: 68
	},
	{ page: '/', scenario: 'with a saved routine', saved: true, until: 'idle', target: null },
	{ page: '/', scenario: 'with a plan: the today card', plan: true, until: 'idle', target: null },
	{ page: '/plan', scenario: 'the plan', plan: true, until: 'idle', target: null },
	{ page: '/routines/knee-foundation', scenario: 'first visit', until: 'idle', target: null },
	{ page: '/stretches', scenario: 'first visit', until: 'idle', target: null },
	{ page: '/history', scenario: 'first visit', until: 'idle', target: null },
	{
		page: `/play/${benchRoutine.id}`,
		scenario: 'whole session of a saved routine',
		saved: true,
		until: 'session',
		target: null
	}
];

/** Whether a built file is the form check's own code (MediaPipe's pose landmarker), which no page
 * but /form-check may load. */
const isFormCheckCode = (/** @type {string} */ path) =>
	readFileSync(join(root, decodeURIComponent(path)), 'utf8').includes('PoseLandmarker');

/** Serves the build with scripts/serve.js; resolves to a function that stops it. */
async function serve() {
	const server = spawn(
		process.execPath,
		['scripts/serve.js', '--port', String(port), '--dir', dir],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	const exited = once(server, 'exit').then(() => {
		throw new Error(`could not serve ${dir}/ on port ${port} (in use? pass --port)`);
	});
	try {
		// serve.js prints one line once it listens.
		await Promise.race([once(server.stdout, 'data'), exited]);
	} catch (error) {
		server.kill();
		throw error;
	}
	exited.catch(() => {}); // from here on, the exit is ours
	return () => server.kill();
}

/** Compressed sizes in bytes of the build's file for a URL path, as a host precompresses it. */
function compressed(/** @type {string} */ path) {
	const file = join(root, decodeURIComponent(path));
	if (!file.startsWith(root)) throw new Error(`${path} is outside the build`);
	let content;
	try {
		content = readFileSync(file);
	} catch {
		throw new Error(`the page loaded ${path}, which is not a file of ${dir}/`);
	}
	return {
		gzip: gzipSync(content, { level: 9 }).length,
		brotli: brotliCompressSync(content, {
			params: { [constants.BROTLI_PARAM_QUALITY]: 11 }
		}).length
	};
}

/**
 * The floor under a scenario's figure: every script it loaded, concatenated and gzipped as one
 * file, as if the page were one bundle with every feature kept. What splitting into files costs
 * (a gzip dictionary per file, the import and export lists between them) is the difference.
 */
function asOneFile(/** @type {Script[]} */ scripts) {
	const all = Buffer.concat(
		scripts.map((s) => readFileSync(join(root, decodeURIComponent(s.path))))
	);
	return gzipSync(all, { level: 9 }).length;
}

/** Whether a request is for our own JavaScript. */
function isScript(/** @type {import('@playwright/test').Request} */ request) {
	const url = new URL(request.url());
	if (url.origin !== base) return false;
	return request.resourceType() === 'script' || url.pathname.endsWith('.js');
}

/**
 * Waits until the page has fetched no new script for `quiet` ms and none is under way, at most
 * `limit` ms: the app loads some code only once it is idle.
 */
async function settle(
	/** @type {Page} */ page,
	/** @type {() => { pending: number, last: number }} */ activity,
	{ quiet = 1000, limit = 15_000 } = {}
) {
	const start = Date.now();
	await page.waitForLoadState('networkidle', { timeout: limit }).catch(() => {});
	for (;;) {
		const { pending, last } = activity();
		if (pending === 0 && Date.now() - last >= quiet) return;
		if (Date.now() - start >= limit) {
			console.warn(`warning: ${page.url()} still fetching scripts after ${limit} ms`);
			return;
		}
		await new Promise((r) => setTimeout(r, 100));
	}
}

/**
 * Moves the paused fake clock on in `step`s until `locator` shows, at most `limit` ms of fake time:
 * each step also gives real time (`wait` ms) to work that finishes in real time, such as an import.
 */
async function advanceUntil(
	/** @type {Page} */ page,
	/** @type {Locator} */ locator,
	{ step = 100, limit = 4000, wait = 0 } = {}
) {
	for (let spent = 0; ; spent += step) {
		if (wait > 0) {
			const shown = await locator
				.waitFor({ state: 'visible', timeout: wait })
				.then(() => true)
				.catch(() => false);
			if (shown) return;
		} else if (await locator.isVisible()) return;
		if (spent >= limit) throw new Error(`${page.url()}: ${locator} did not show`);
		await page.clock.runFor(step);
	}
}

/** Plays a routine from Start to the check-in, fast-forwarding the page's fake clock. */
async function playSession(/** @type {Page} */ page, /** @type {(phase: string) => void} */ mark) {
	// Ten seconds on the screen before Start, as a runner reads it: what loads on idle loads now.
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	mark('Start');
	await page.getByRole('button', { name: /^start$/i }).click();
	// Five-second steps through the whole routine (the schema caps one at well under 3 hours).
	const complete = page.getByRole('heading', { name: /routine complete/i });
	await advanceUntil(page, complete, { step: 5000, limit: 3 * 3600_000 });
	mark('end');
	await advanceUntil(page, page.getByRole('radiogroup', { name: 'Knee pain' }), { wait: 200 });
	// Let time flow again, so that whatever the page does later on timers or on idle happens.
	await page.clock.resume();
}

/** Runs one scenario in a fresh context; resolves to the scripts it fetched, each once. */
async function measure(
	/** @type {Browser} */ browser,
	/** @type {Scenario} */ { page: path, saved, plan, until }
) {
	const context = await browser.newContext({
		viewport: { width: 360, height: 780 },
		serviceWorkers: 'block'
	});
	try {
		if (saved) {
			await context.addInitScript(storeRoutine, benchRoutine);
		}
		if (plan) await context.addInitScript(storePlan);
		let phase = 'load';
		/** @type {Map<string, string>} URL to the phase it was first asked for in */
		const asked = new Map();
		/** @type {Map<string, Script>} */
		const fetched = new Map();
		let pending = 0;
		let last = Date.now();
		context.on('request', (request) => {
			if (!isScript(request)) return;
			pending += 1;
			last = Date.now();
			const url = request.url().split('#')[0] ?? '';
			if (!asked.has(url)) asked.set(url, phase);
		});
		const done = (/** @type {import('@playwright/test').Request} */ request) => {
			if (!isScript(request)) return;
			pending -= 1;
			last = Date.now();
		};
		context.on('requestfinished', done);
		context.on('requestfailed', done);
		context.on('response', (response) => {
			const request = response.request();
			if (!isScript(request) || !response.ok()) return;
			const url = request.url().split('#')[0] ?? '';
			if (fetched.has(url)) return;
			const { pathname } = new URL(url);
			fetched.set(url, {
				path: pathname,
				phase: asked.get(url) ?? phase,
				...compressed(pathname)
			});
		});
		const activity = () => ({ pending, last });

		const page = await context.newPage();
		const session = until === 'session';
		if (session) await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
		await page.goto(`${base}${path}`);
		await page.waitForSelector('body[data-hydrated="true"]');
		phase = 'idle';
		if (session) await playSession(page, (p) => (phase = p));
		// The saved routine must really be there, or the figure is the plain page's.
		else if (saved)
			await page.getByRole('link', { name: benchRoutine.name, exact: true }).waitFor();
		// The plan's today card must really be there, on `/` as on `/plan`.
		else if (plan)
			await page
				.getByText(/stage 1 of 4/i)
				.first()
				.waitFor();
		await settle(page, activity);
		return [...fetched.values()];
	} finally {
		await context.close();
	}
}

/** Stores a plan begun now (`patella:plan:v1`). Runs in the page, through `addInitScript`. */
function storePlan() {
	const now = Date.now();
	const triage = {
		where: 'kneecap',
		knee: 'both',
		warnings: [],
		cleared: false,
		running: 'less',
		usualMorning: 1,
		days: [0, 1, 2, 3, 4, 5, 6],
		reminder: '18:00'
	};
	const moves = [{ stage: 0, at: now, why: 'start', morning: 1 }];
	localStorage.setItem(
		'patella:plan:v1',
		JSON.stringify({ v: 1, data: { triage, createdAt: now, moves } })
	);
}

const kib = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);

/** A markdown table with padded columns; `right` marks the columns aligned right. */
function table(
	/** @type {string[]} */ header,
	/** @type {string[][]} */ rows,
	/** @type {number[]} */ right = []
) {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (/** @type {string[]} */ cells) =>
		`| ${cells.map((c, i) => (right.includes(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
	const rule = `|${widths.map((w, i) => (right.includes(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
	return [line(header), rule, ...rows.map(line)].join('\n');
}

const stop = await serve();
/** @type {Browser | undefined} */
let browser;
try {
	browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	const results = [];
	for (const scenario of scenarios) {
		results.push({ ...scenario, scripts: await measure(browser, scenario) });
	}

	let over = false;
	const sum = (/** @type {Script[]} */ scripts, /** @type {'gzip' | 'brotli'} */ key) =>
		scripts.reduce((total, s) => total + s[key], 0);
	const rows = results.map(({ page, scenario, target, scripts }) => {
		const gzip = sum(scripts, 'gzip');
		const ok = target === null || gzip <= target * 1024;
		over ||= !ok;
		return [
			page,
			scenario,
			String(scripts.length),
			`${kib(gzip)} KiB`,
			`${kib(sum(scripts, 'brotli'))} KiB`,
			`${kib(asOneFile(scripts))} KiB`,
			target === null ? '-' : `${target} KiB`,
			target === null ? '' : ok ? 'ok' : 'OVER'
		];
	});
	console.log('JavaScript per page (fetched by Chromium, service worker blocked)\n');
	console.log(
		table(
			['page', 'scenario', 'files', 'gzip', 'brotli', 'as one file (gzip)', 'target (gzip)', ''],
			rows,
			[2, 3, 4, 5, 6]
		)
	);
	console.log(
		'\n"As one file": every script of the scenario concatenated and gzipped once, the floor for' +
			' these features however the code is split.'
	);
	for (const { page, scenario, scripts } of results) {
		const largest = [...scripts].sort((a, b) => b.gzip - a.gzip).slice(0, listed);
		console.log(`\nLargest files: ${page}, ${scenario}\n`);
		console.log(
			table(
				['file', 'loaded on', 'KiB (gzip)', 'KiB (brotli)'],
				largest.map((s) => [s.path, s.phase, kib(s.gzip), kib(s.brotli)]),
				[2, 3]
			)
		);
	}
	const leaks = results.flatMap(({ page, scripts }) =>
		scripts.filter((s) => isFormCheckCode(s.path)).map((s) => `${page}: ${s.path}`)
	);
	if (leaks.length > 0) {
		console.log(`\nOVER: the form check's code loaded on other pages:\n${leaks.join('\n')}`);
		over = true;
	} else console.log("\nThe form check's code loaded on none of these pages.");
	process.exitCode = over ? 1 : 0;
} finally {
	await browser?.close();
	stop();
}
