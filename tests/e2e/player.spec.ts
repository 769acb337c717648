import { expect, open, test } from './fixtures';
import { catalogue, mss } from './catalogue';

test.beforeEach(async ({ page }) => {
	await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
});

test('plays a 20-minute routine with pauses, backs and skips, exact at every boundary', async ({
	page,
	consoleErrors
}) => {
	test.setTimeout(180_000);
	const { routines } = await catalogue(page);
	const routine = routines.find((r) => r.totalMs >= 20 * 60_000 && r.kind === 'strength')!;
	await open(page, `/play/${routine.id}`);
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));

	const timer = page.getByRole('timer', { name: 'Time remaining' });
	const current = page.getByTestId('current-label');
	const next = page.getByTestId('next-label');
	const progress = page.getByRole('progressbar', { name: 'Routine progress' });
	const pauseButton = page.getByRole('button', { name: /^pause$/i });

	await expect(timer).toHaveText(mss(routine.timeline[0]!.durationMs));
	await page.getByRole('button', { name: /^start$/i }).click();
	await expect(pauseButton).toBeVisible();

	let played = 0; // routine time played, as the progress bar counts it
	for (const [i, segment] of routine.timeline.entries()) {
		const d = segment.durationMs;
		await expect(current).toHaveText(segment.label);
		await expect(timer).toHaveText(mss(d));
		await expect(next).toHaveText(routine.timeline[i + 1]?.label ?? '');
		await expect(progress).toHaveAttribute(
			'aria-valuenow',
			String(Math.floor((played / routine.totalMs) * 100))
		);
		if (i % 7 === 3 && i < routine.timeline.length - 1) {
			// Skip cuts the segment short: the next one starts at once, whole.
			await page.clock.runFor(2000);
			await page.getByRole('button', { name: /^skip$/i }).click();
			played += d;
			continue;
		}
		if (i % 5 === 2 && d > 4000) {
			// Back after more than 3 s restarts the segment.
			await page.clock.runFor(4000);
			await expect(timer).toHaveText(mss(d - 4000));
			await page.getByRole('button', { name: /^back$/i }).click();
			await expect(timer).toHaveText(mss(d));
		}
		if (i % 4 === 1 && d > 2000) {
			// A pause in the middle stops the clock for as long as it lasts.
			await page.clock.runFor(1500);
			await pauseButton.click();
			await page.clock.runFor(45_000);
			await expect(timer).toHaveText(mss(d - 1500));
			await expect(current).toHaveText(segment.label);
			await page.keyboard.press('Space');
			await expect(pauseButton).toBeVisible();
			await page.clock.runFor(d - 1500 - 1000);
		} else {
			await page.clock.runFor(d - 1000);
		}
		await expect(timer).toHaveText('0:01');
		await expect(current).toHaveText(segment.label);
		await page.clock.runFor(999);
		await expect(timer).toHaveText('0:01');
		await expect(current).toHaveText(segment.label);
		await page.clock.runFor(1);
		played += d;
	}
	await expect(page.getByRole('heading', { name: /routine complete/i })).toBeVisible();
	expect(consoleErrors).toEqual([]);
});

test('pause stops the clock, Space resumes, skip and back follow the contract', async ({
	page
}) => {
	const { routines } = await catalogue(page);
	const routine = routines.find((r) => r.id === 'knee-foundation')!;
	const [prepare, first, second] = routine.timeline;
	await open(page, `/play/${routine.id}`);
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	const timer = page.getByRole('timer', { name: 'Time remaining' });
	const current = page.getByTestId('current-label');

	await page.keyboard.press('Space');
	await page.clock.runFor(4000);
	await expect(timer).toHaveText(mss(prepare!.durationMs - 4000));
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: /^resume$/i })).toBeVisible();
	await page.clock.runFor(60_000);
	await expect(timer).toHaveText(mss(prepare!.durationMs - 4000));
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: /^pause$/i })).toBeVisible();

	await page.getByRole('button', { name: /^skip$/i }).click();
	await expect(current).toHaveText(first!.label);
	await expect(timer).toHaveText(mss(first!.durationMs));
	await page.keyboard.press('ArrowRight');
	await expect(current).toHaveText(second!.label);
	// Within 3 s of a segment's start, Back goes to the previous segment...
	await page.clock.runFor(2000);
	await page.getByRole('button', { name: /^back$/i }).click();
	await expect(current).toHaveText(first!.label);
	await expect(timer).toHaveText(mss(first!.durationMs));
	// ...after 3 s, to the start of the current one.
	await page.clock.runFor(5000);
	await page.keyboard.press('ArrowLeft');
	await expect(current).toHaveText(first!.label);
	await expect(timer).toHaveText(mss(first!.durationMs));
});

test('a reload in the middle offers Resume at the same place', async ({ page }) => {
	const { routines } = await catalogue(page);
	const routine = routines.find((r) => r.id === 'knee-foundation')!;
	const [prepare, first] = routine.timeline;
	await open(page, `/play/${routine.id}`);
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.clock.runFor(prepare!.durationMs + 7_000);
	const timer = page.getByRole('timer', { name: 'Time remaining' });
	await expect(timer).toHaveText(mss(first!.durationMs - 7000));

	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByRole('button', { name: /^resume$/i })).toBeVisible();
	await expect(page.getByTestId('current-label')).toHaveText(first!.label);
	await expect(timer).toHaveText(mss(first!.durationMs - 7000));
	await page.getByRole('button', { name: /^resume$/i }).click();
	await page.clock.runFor(3000);
	await expect(timer).toHaveText(mss(first!.durationMs - 10_000));
});

test('cues are captioned and dispatched as patella:cue events at their moment', async ({
	page
}) => {
	const { routines } = await catalogue(page);
	const routine = routines.find((r) => r.id === 'knee-foundation')!;
	await page.addInitScript(() => {
		const w = window as unknown as { cues: unknown[] };
		w.cues = [];
		window.addEventListener('patella:cue', (e) => w.cues.push((e as CustomEvent).detail));
	});
	await open(page, `/play/${routine.id}`);
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	await page.getByRole('button', { name: /^start$/i }).click();
	const prepare = routine.timeline[0]!.durationMs;
	await page.clock.runFor(prepare);
	const cues = await page.evaluate(
		() => (window as unknown as { cues: { id: string; text: string; segment: number }[] }).cues
	);
	expect(cues.map((c) => [c.id, c.text, c.segment])).toEqual([
		['countdown', '3', 0],
		['countdown', '2', 0],
		['countdown', '1', 0],
		[
			'go',
			routine.timeline[1]!.side
				? `${routine.timeline[1]!.label}, left side`
				: routine.timeline[1]!.label,
			1
		]
	]);
	await expect(page.getByRole('status', { name: 'Cue' })).toHaveText(cues.at(-1)!.text);
});

test.describe('without a service worker', () => {
	// A service worker answers from its precache: here the page must meet the network itself.
	test.use({ serviceWorkers: 'block' });

	test('a routine that does not exist, or whose data cannot be fetched, gets a clear page', async ({
		page
	}) => {
		await page.goto('/play/no-such-routine');
		await expect(page.getByText('There is no routine with this name')).toBeVisible();

		// A client-side visit whose data file does not arrive (no network, no cached copy).
		await open(page, '/routines/knee-foundation');
		await page.route('**/play/knee-foundation/data.json', (route) => route.abort());
		await page.getByRole('link', { name: /start/i }).click();
		await expect(page.getByText('This could not be loaded. Check your connection')).toBeVisible();
		await page.unroute('**/play/knee-foundation/data.json');
		await page.reload();
		await expect(page.getByRole('button', { name: /^start$/i })).toBeVisible();
	});
});
