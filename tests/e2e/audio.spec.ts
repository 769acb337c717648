import { advanceUntil, expect, open, test } from './fixtures';
import { catalogue } from './catalogue';

type Detail = { id: string; text: string; segment: number; at: number };

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
		const timeline = routine.timeline;
		let end = 0;
		const startOf = timeline.map((s) => ((end += s.durationMs), end - s.durationMs));
		const at = (cue: Detail) => cue.at - started;
		const of = (segment: number, id: string) =>
			cues.filter((c) => c.segment === segment && c.id === id);

		// In order, each once, and each at its own moment (not in a burst at a tick).
		expect(cues.map(at)).toEqual([...cues.map(at)].sort((a, b) => a - b));
		const keys = cues.map((c) => `${c.id} ${c.text} ${c.segment}`);
		expect(new Set(keys).size).toBe(keys.length);

		timeline.forEach((segment, i) => {
			const opening = { work: 'go', rest: 'rest', switch: 'switch', prepare: null }[segment.kind];
			if (opening) {
				// The segment opens with its sound, right at its start; a go names the exercise and side.
				const [cue, ...more] = of(i, opening);
				expect(more, `${opening} of segment ${i}`).toEqual([]);
				expect(at(cue!)).toBe(startOf[i]);
				if (opening === 'go') expect(cue!.text).toContain(segment.label);
				if (opening === 'go' && segment.side) expect(cue!.text).toContain(segment.side);
			}
			// 3, 2, 1 before the end of every segment of 5 s or more, and only those.
			const countdown = of(i, 'countdown');
			const segmentEnd = startOf[i]! + segment.durationMs;
			expect(countdown.map((c) => [c.text, segmentEnd - at(c)])).toEqual(
				segment.durationMs >= 5000
					? [
							['3', 3000],
							['2', 2000],
							['1', 1000]
						]
					: []
			);
			// A long hold has its halfway in the middle; a rep set counts each rep after the first.
			const halfway = of(i, 'halfway');
			if (segment.kind === 'work' && segment.durationMs >= 20_000)
				expect(halfway.map(at)).toEqual([startOf[i]! + segment.durationMs / 2]);
			else expect(halfway).toEqual([]);
			expect(of(i, 'rep').map((c) => c.text)).toEqual(
				segment.kind === 'work' && segment.reps
					? Array.from({ length: segment.reps - 1 }, (_, r) => String(r + 2))
					: []
			);
		});
		// The routine ends with its complete, at its very end.
		expect(cues.at(-1)).toMatchObject({ id: 'complete', segment: timeline.length - 1 });
		expect(at(cues.at(-1)!)).toBe(end);
		expect(cues.filter((c) => c.id === 'complete')).toHaveLength(1);
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

test('the mute toggle silences: the cues and captions go on, and howler sounds nothing', async ({
	page
}) => {
	// What reaches the speakers: every node the page connects to the audio output.
	await page.addInitScript(() => {
		const w = window as unknown as { toSpeaker: AudioNode[] };
		w.toSpeaker = [];
		const connect = AudioNode.prototype.connect as (...args: unknown[]) => unknown;
		AudioNode.prototype.connect = function (this: AudioNode, ...args: unknown[]) {
			if (args[0] instanceof AudioDestinationNode) w.toSpeaker.push(this);
			return connect.apply(this, args);
		} as typeof AudioNode.prototype.connect;
	});
	await open(page, '/play/prerun-short');
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	const mute = page.getByRole('button', { name: 'Mute' });
	await mute.click();
	await expect(mute).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('button', { name: /^start$/i }).click();
	const sound = page.locator('[data-sound]');
	await advanceUntil(page, () =>
		expect(sound).toHaveAttribute('data-sound', 'ready', { timeout: 250 })
	);
	await page.clock.runFor(11_000);
	await expect(page.getByRole('status', { name: 'Cue' })).not.toBeEmpty();

	const heard = await page.evaluate(() => {
		const w = window as unknown as {
			cues: Detail[];
			toSpeaker: AudioNode[];
			Howler: { masterGain: GainNode; ctx: AudioContext };
		};
		const master = w.Howler.masterGain;
		return {
			cues: w.cues.map((c) => c.id),
			// Howler's master gain is the only way to the speakers (its unlock blip is one empty
			// sample), and it is at zero, so every cue howler plays is silent.
			paths: w.toSpeaker.map((node) =>
				node === master
					? 'master'
					: node instanceof AudioBufferSourceNode && (node.buffer?.length ?? 0) <= 1
						? 'blip'
						: 'other'
			)
		};
	});
	expect(heard.cues.slice(0, 4)).toEqual(['countdown', 'countdown', 'countdown', 'go']);
	expect(heard.paths).toContain('master');
	expect(heard.paths).not.toContain('other');
	const gain = () =>
		page.evaluate(
			() => (window as unknown as { Howler: { masterGain: GainNode } }).Howler.masterGain.gain.value
		);
	await expect.poll(gain).toBe(0);
});
