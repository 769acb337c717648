import type { Locator, Page } from '@playwright/test';
import { expect, open, test, violations } from './fixtures';
import { catalogue, mss } from './catalogue';

// What a runner sees with the phone on the floor: controls that stay put, a paused state that
// reads from a metre away, an End that asks first, and a landscape screen that fits.

test.beforeEach(async ({ page }) => {
	await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
});

/** Opens the foundation routine with time frozen, and returns it from the catalogue. */
async function openFoundation(page: Page) {
	const { routines } = await catalogue(page);
	const routine = routines.find((r) => r.id === 'knee-foundation')!;
	await open(page, `/play/${routine.id}`);
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	return routine;
}

/** The element's box, asserted to lie wholly inside the viewport. */
async function expectInView(page: Page, locator: Locator, what: string) {
	const box = (await locator.boundingBox())!;
	const { width, height } = page.viewportSize()!;
	expect(box, what).not.toBeNull();
	expect(box.y, `${what} top`).toBeGreaterThanOrEqual(0);
	expect(box.x, `${what} left`).toBeGreaterThanOrEqual(0);
	expect(box.y + box.height, `${what} bottom`).toBeLessThanOrEqual(height);
	expect(box.x + box.width, `${what} right`).toBeLessThanOrEqual(width);
	return box;
}

test('the controls stay put from segment to segment and the caption is above the fold', async ({
	page
}) => {
	test.setTimeout(180_000);
	const routine = await openFoundation(page);
	await page.getByRole('button', { name: /^start$/i }).click();
	const pause = page.getByRole('button', { name: /^pause$/i });
	const current = page.getByTestId('current-label');
	const caption = page.getByRole('status', { name: 'Cue' });
	const kinds = new Set<string>();
	let first: number | null = null;

	for (const [i, segment] of routine.timeline.entries()) {
		await expect(current).toHaveText(segment.label);
		// Into the segment, so that its cue has a caption (a two-line form cue, a rest's buttons).
		await page.clock.runFor(1000);
		const box = await expectInView(page, pause, `Pause on segment ${i}`);
		first ??= box.y;
		expect(box.y, `Pause on segment ${i} (${segment.kind})`).toBe(first);
		// Every segment after Get ready opens with a cue (go, switch, rest).
		if (i > 0) await expect(caption).not.toBeEmpty();
		await expectInView(page, caption, `Cue caption on segment ${i}`);
		kinds.add(segment.kind);
		if (i === routine.timeline.length - 1) break;
		await page.keyboard.press('ArrowRight');
	}
	expect([...kinds].sort()).toEqual(['prepare', 'rest', 'switch', 'work']);
});

test('Next names the side and set beside the next label, which stays exactly the label', async ({
	page
}) => {
	const routine = await openFoundation(page);
	const i = routine.timeline.findIndex(
		(s, k) => k > 0 && s.kind === 'work' && s.side === 'right' && (s.sets ?? 1) > 1
	);
	const target = routine.timeline[i]!;
	await page.getByRole('button', { name: /^start$/i }).click();
	for (let k = 0; k < i - 1; k++) await page.keyboard.press('ArrowRight');

	const next = page.getByTestId('next-label');
	await expect(next).toHaveText(target.label);
	await expect(next.locator('..')).toContainText(
		`right side · set ${target.set} of ${target.sets}`
	);
	// The segment on screen (a switch or a rest) does not repeat its own label in the pill.
	const label = routine.timeline[i - 1]!.label;
	await expect(page.getByRole('region', { name: 'Now' }).getByText(label)).toHaveCount(1);
});

test('paused is plain to see, after Pause and after a reload mid-session', async ({ page }) => {
	const routine = await openFoundation(page);
	const badge = page.getByText('Paused', { exact: true });
	const timer = page.getByRole('timer', { name: 'Time remaining' });
	await expect(badge).toBeHidden();
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.clock.runFor(2000);
	await expect(badge).toBeHidden();
	const running = await timer.evaluate((el) => getComputedStyle(el).color);

	await page.getByRole('button', { name: /^pause$/i }).click();
	await expect(badge).toBeVisible();
	await expect(timer).not.toHaveCSS('color', running);
	await page.keyboard.press('Space');
	await expect(badge).toBeHidden();

	await page.clock.runFor(1000);
	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByRole('button', { name: /^resume$/i })).toBeVisible();
	await expect(timer).toHaveText(mss(routine.timeline[0]!.durationMs - 3000));
	await expect(badge).toBeVisible();
});

test('End asks first: Keep going carries on, Escape too, End session ends', async ({ page }) => {
	const routine = await openFoundation(page);
	const d = routine.timeline[0]!.durationMs;
	const timer = page.getByRole('timer', { name: 'Time remaining' });
	const dialog = page.getByRole('dialog', { name: 'End this session?' });
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.clock.runFor(2000);

	await page.getByRole('button', { name: 'End' }).click();
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Keep going' })).toBeFocused();
	// The timer waits while the runner decides.
	await page.clock.runFor(5000);
	await expect(timer).toHaveText(mss(d - 2000));
	await dialog.getByRole('button', { name: 'Keep going' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: /^pause$/i })).toBeVisible();
	await expect(page.getByRole('button', { name: 'End' })).toBeFocused();
	await page.clock.runFor(1000);
	await expect(timer).toHaveText(mss(d - 3000));

	// Asked while paused, it stays paused; Escape is Keep going.
	await page.getByRole('button', { name: /^pause$/i }).click();
	await page.getByRole('button', { name: 'End' }).click();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('button', { name: /^resume$/i })).toBeVisible();

	await page.getByRole('button', { name: 'End' }).press('Enter');
	await expect(dialog.getByRole('button', { name: 'Keep going' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(dialog.getByRole('button', { name: 'End session' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
});

test('the summary keeps its time on one line, and Repeat gives way to Save', async ({ page }) => {
	await openFoundation(page);
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.clock.runFor(75_000);
	await page.getByRole('button', { name: 'End' }).click();
	await page.getByRole('button', { name: 'End session' }).click();
	await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();

	for (const text of ['1 min 15 s', /^of \d+ min( \d+ s)?$/]) {
		const lines = await page
			.getByText(text, { exact: true })
			.evaluate((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size);
		expect(lines, String(text)).toBe(1);
	}
	const fill = (name: string) =>
		page
			.getByRole('button', { name, exact: true })
			.evaluate((el) => getComputedStyle(el).backgroundColor);
	// Repeat looks like Home, the plain secondary button; Save is the one filled.
	const plain = await page
		.getByRole('link', { name: 'Home' })
		.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(await fill('Repeat')).toBe(plain);
	expect(await fill('Save')).not.toBe(plain);
});

test.describe('a short phone', () => {
	test.use({ viewport: { width: 360, height: 640 } });

	test('an old session offered on top pushes the player down instead of covering it', async ({
		page
	}) => {
		const day = 24 * 3_600_000;
		const now = new Date('2026-03-02T07:00:00').getTime();
		await page.addInitScript(
			(saved) => {
				const data = { routineId: 'knee-foundation', adjust: {}, position: 200_000, ...saved };
				localStorage.setItem('patella:run:knee-foundation:v1', JSON.stringify({ v: 1, data }));
			},
			{ startedAt: now - day, savedAt: now - day }
		);
		await openFoundation(page);
		const offer = page.getByRole('region', { name: 'Unfinished session' });
		const offerBox = (await offer.boundingBox())!;
		const timerBox = (await page.getByRole('timer').boundingBox())!;
		expect(timerBox.y).toBeGreaterThanOrEqual(offerBox.y + offerBox.height);
		await offer.getByRole('button', { name: 'Start over' }).click();
		await expect(offer).toBeHidden();
		await page.getByRole('button', { name: /^start$/i }).click();
		await page.clock.runFor(12_000);
		await expectInView(page, page.getByRole('button', { name: /^pause$/i }), 'Pause');
		await expectInView(page, page.getByRole('status', { name: 'Cue' }), 'Cue caption');
	});
});

test.describe('a phone on its side', () => {
	test.use({ viewport: { width: 780, height: 360 } });

	test('everything fits without scrolling', async ({ page }) => {
		const routine = await openFoundation(page);
		await page.getByRole('button', { name: /^start$/i }).click();
		// The first work segment: a name, a side, a figure, reps and a form cue.
		await page.clock.runFor(routine.timeline[0]!.durationMs + 1000);
		await expect(page.getByTestId('current-label')).toHaveText(routine.timeline[1]!.label);
		for (const [what, locator] of [
			['name', page.getByTestId('current-label')],
			['figure', page.getByRole('img', { name: new RegExp(routine.timeline[1]!.label) })],
			['timer', page.getByRole('timer', { name: 'Time remaining' })],
			['Back', page.getByRole('button', { name: /^back$/i })],
			['Pause', page.getByRole('button', { name: /^pause$/i })],
			['Skip', page.getByRole('button', { name: /^skip$/i })],
			['progress', page.getByRole('progressbar', { name: 'Routine progress' })],
			['caption', page.getByRole('status', { name: 'Cue' })],
			['End', page.getByRole('button', { name: 'End' })]
		] as const) {
			await expectInView(page, locator, what);
		}
		// Two columns: the clock sits beside the figure, not below it.
		const figure = (await page.getByRole('img', { name: /:/ }).boundingBox())!;
		const timer = (await page.getByRole('timer').boundingBox())!;
		expect(timer.x).toBeGreaterThanOrEqual(figure.x + figure.width);
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test(`paused and asking to end have no WCAG 2.2 AA violation (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
		await openFoundation(page);
		await page.getByRole('button', { name: /^start$/i }).click();
		await page.clock.runFor(2000);
		await page.getByRole('button', { name: /^pause$/i }).click();
		await expect(page.getByText('Paused', { exact: true })).toBeVisible();
		// Axe waits on timers: let the clock run, the player stays paused.
		await page.clock.resume();
		expect(await violations(page)).toEqual([]);
		await page.getByRole('button', { name: 'End' }).click();
		await expect(page.getByRole('dialog', { name: 'End this session?' })).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});
}
