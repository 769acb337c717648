import { advanceUntil, expect, open, test } from './fixtures';
import { catalogue, type CatalogueSegment } from './catalogue';

type Detail = { id: string; text: string; segment: number; at: number };

/** The contract's cue table, written out independently of the app's own schedule. */
function expectedCues(timeline: CatalogueSegment[]): [string, string, number][] {
	const cues: [string, string, number, number][] = [];
	let t = 0;
	timeline.forEach((s, i) => {
		const d = s.durationMs;
		if (s.kind === 'work') cues.push(['go', s.side ? `${s.label}, ${s.side} side` : s.label, i, t]);
		if (s.kind === 'rest') cues.push(['rest', 'Rest', i, t]);
		if (s.kind === 'switch') cues.push(['switch', 'Switch sides', i, t]);
		if (s.kind === 'work' && s.reps) {
			const tempo = d / s.reps;
			for (let r = 2; r <= s.reps; r++) cues.push(['rep', String(r), i, t + (r - 1) * tempo]);
		}
		if (s.kind === 'work' && d >= 20_000) cues.push(['halfway', 'Halfway', i, t + d / 2]);
		if (d >= 5000)
			for (const n of [3, 2, 1]) cues.push(['countdown', String(n), i, t + d - n * 1000]);
		t += d;
	});
	cues.push(['complete', 'Routine complete', timeline.length - 1, t]);
	const rank: Record<string, number> = {
		complete: 0,
		go: 1,
		rest: 1,
		switch: 1,
		countdown: 2,
		halfway: 3,
		rep: 4
	};
	return cues
		.sort((a, b) => a[3] - b[3] || rank[a[0]]! - rank[b[0]]!)
		.map(([id, text, segment]) => [id, text, segment]);
}

test.beforeEach(async ({ page }) => {
	await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
	await page.addInitScript(() => {
		const w = window as unknown as { cues: Detail[] };
		w.cues = [];
		window.addEventListener('patella:cue', (e) => w.cues.push((e as CustomEvent<Detail>).detail));
	});
});

for (const id of ['prerun-short', 'knee-foundation']) {
	test(`every cue of ${id} fires once, in order, on time`, async ({ page }) => {
		test.setTimeout(120_000);
		const { routines } = await catalogue(page);
		const routine = routines.find((r) => r.id === id)!;
		await open(page, `/play/${id}`);
		await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
		await page.getByRole('button', { name: /^start$/i }).click();
		const started = await page.evaluate(() => performance.now());
		// Ticks arrive late and in odd steps; the cues must not care.
		for (let t = 0; t < routine.totalMs; t += 7_300) await page.clock.runFor(7_300);
		await expect(page.getByRole('heading', { name: /routine complete/i })).toBeVisible();
		const cues = await page.evaluate(() => (window as unknown as { cues: Detail[] }).cues);
		expect(cues.map((c) => [c.id, c.text, c.segment])).toEqual(expectedCues(routine.timeline));
		// Each event is dispatched at its own moment (ms after Start), not in a burst at a tick.
		let t = 0;
		const startOf = routine.timeline.map((s) => ((t += s.durationMs), t - s.durationMs));
		for (const cue of cues.filter((c) => c.id === 'go' || c.id === 'rest' || c.id === 'switch')) {
			expect(cue.at - started).toBe(startOf[cue.segment]);
		}
	});
}

test('real howler plays the first cues in Chromium without errors', async ({
	page,
	consoleErrors
}) => {
	const audio = page.waitForRequest(/\/audio\/cues\.(webm|mp3)$/);
	await open(page, '/play/prerun-short');
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	await page.getByRole('button', { name: /^start$/i }).click();
	await audio;
	// howler loads the sprite and unlocks Web Audio: sound becomes ready, not blocked or failed.
	const sound = page.locator('[data-sound]');
	await advanceUntil(page, () =>
		expect(sound).toHaveAttribute('data-sound', 'ready', { timeout: 250 })
	);
	await page.clock.runFor(11_000);
	await expect(page.getByRole('status', { name: 'Cue' })).not.toBeEmpty();
	await expect(page.getByRole('button', { name: 'Enable sound' })).toHaveCount(0);
	await expect(sound).toHaveAttribute('data-sound', 'ready');
	const ids = await page.evaluate(() =>
		(window as unknown as { cues: Detail[] }).cues.map((c) => c.id)
	);
	expect(ids.slice(0, 4)).toEqual(['countdown', 'countdown', 'countdown', 'go']);
	expect(consoleErrors).toEqual([]);
});

test('the mute toggle silences without stopping the cues or captions', async ({ page }) => {
	await open(page, '/play/prerun-short');
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	const mute = page.getByRole('button', { name: 'Mute' });
	await mute.click();
	await expect(mute).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.clock.runFor(10_000);
	await expect(page.getByRole('status', { name: 'Cue' })).not.toBeEmpty();
});
