#!/usr/bin/env node
// Plays a 75-second routine in real time in headless Chromium, twice (normal CPU, then 4x
// throttled), and prints how far each `patella:cue` event and each sound's start on the audio
// clock fell from its scheduled time: p50, p95 and max in ms. Needs a build (npm run build).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { benchRoutine, storeRoutine } from './bench-routine.js';
import { chromiumArgs, chromiumPath } from './browser.js';

const port = 4190;
const base = `http://localhost:${port}`;

const routine = benchRoutine;

function percentile(sorted, p) {
	if (sorted.length === 0) return NaN;
	const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
	return sorted[Math.max(0, i)];
}

function stats(values) {
	const sorted = [...values].map(Math.abs).sort((a, b) => a - b);
	return {
		n: sorted.length,
		p50: percentile(sorted, 50),
		p95: percentile(sorted, 95),
		max: sorted.at(-1) ?? NaN
	};
}

async function run(browser, throttle) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await page.addInitScript(storeRoutine, routine);
	await page.addInitScript(() => {
		window.__cues = [];
		window.addEventListener('patella:cue', (e) => window.__cues.push(e.detail));
		// Every sound the page starts, as the performance.now() time it reaches the audio clock:
		// howler's own plays and the cues placed ahead both start an AudioBufferSourceNode.
		window.__sounds = [];
		const start = AudioBufferSourceNode.prototype.start;
		AudioBufferSourceNode.prototype.start = function (when = 0, ...rest) {
			const ctx = this.context;
			const at = Math.max(when, ctx.currentTime);
			const stamp = ctx.getOutputTimestamp?.();
			const mapped =
				stamp?.performanceTime > 0
					? stamp.performanceTime + (at - stamp.contextTime) * 1000
					: performance.now() + (at - ctx.currentTime) * 1000;
			window.__sounds.push(mapped);
			return start.call(this, when, ...rest);
		};
	});
	await page.goto(`${base}/play/${routine.id}`);
	await page.waitForSelector('body[data-hydrated="true"]');
	if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.getByRole('heading', { name: /routine complete/i }).waitFor({ timeout: 150_000 });
	const result = await page.evaluate(() => {
		// Each cue's sound is the one that started nearest its due time.
		const audio = window.__cues.map((c) => {
			let best = Infinity;
			for (const t of window.__sounds)
				if (Math.abs(t - c.scheduledAt) < Math.abs(best)) best = t - c.scheduledAt;
			return best;
		});
		return {
			events: window.__cues.map((c) => c.at - c.scheduledAt),
			audio: audio.filter(Number.isFinite),
			status: window.__sounds.length > 0 ? 'web audio' : 'no sound'
		};
	});
	await context.close();
	return result;
}

const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port)], {
	stdio: 'ignore'
});
try {
	await new Promise((r) => setTimeout(r, 500));
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: [...chromiumArgs, '--autoplay-policy=no-user-gesture-required']
	});
	const rows = [];
	for (const throttle of [1, 4]) {
		const { events, audio, status } = await run(browser, throttle);
		const e = stats(events);
		const a = stats(audio);
		rows.push({
			what: `cue events, CPU x${throttle}`,
			...e,
			target: throttle === 1 ? 'p95<=5 max<=20' : 'p95<=50'
		});
		rows.push({
			what: `sound start (audio clock, ${status}), CPU x${throttle}`,
			...a,
			target: 'p95<=10'
		});
	}
	await browser.close();
	console.log(
		'\nCue timing, ms from the scheduled time (75 s routine, real time, headless Chromium)'
	);
	console.log('| measure | n | p50 | p95 | max | target |');
	console.log('| --- | ---: | ---: | ---: | ---: | --- |');
	for (const r of rows) {
		const f = (v) => (Number.isFinite(v) ? v.toFixed(2) : '-');
		console.log(`| ${r.what} | ${r.n} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.max)} | ${r.target} |`);
	}
} finally {
	server.kill();
}
