import type { Locator, Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/** Seconds in an `m:ss` text. */
function seconds(text: string | null): number {
	const [m, s] = (text ?? '').split(':').map(Number);
	return (m ?? NaN) * 60 + (s ?? NaN);
}

const total = (page: Page) => page.getByTestId('picker-total');
const selection = (page: Page) =>
	page.getByRole('list', { name: 'Your warm-up, in play order' }).getByRole('listitem');

/** The names of the chosen drills, in play order. */
async function order(page: Page): Promise<string[]> {
	const names = await selection(page).locator('.name').allTextContents();
	return names.map((n) => n.trim());
}

async function tick(page: Page, ...names: string[]) {
	for (const name of names) await page.getByRole('checkbox', { name, exact: true }).check();
}

/** The centre of an element, in page coordinates. */
async function centre(locator: Locator) {
	const box = (await locator.boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('tick drills, adjust them and see the total live; per-side drills count both sides', async ({
	page,
	consoleErrors
}) => {
	await open(page, '/stretches');
	await expect(total(page)).toHaveText('0:00');
	await expect(page.getByRole('button', { name: /start warm-up/i })).toBeDisabled();

	// High knees: 30 s, one side. The player adds 10 s to get ready.
	await tick(page, 'High knees');
	await expect(total(page)).toHaveText('0:40');
	// Hip circles: 8 reps of 3 s on each side with a 5 s switch (53 s), after a 5 s transition.
	await tick(page, 'Hip circles');
	await expect(total(page)).toHaveText('1:38');

	await page.getByRole('button', { name: 'Add 5 s to High knees' }).click();
	await expect(total(page)).toHaveText('1:43');
	await expect(selection(page).first()).toContainText('35 s');
	// Two reps fewer on each side: 12 s less.
	await page.getByRole('button', { name: 'Take 2 reps off Hip circles' }).click();
	await expect(total(page)).toHaveText('1:31');
	await expect(selection(page).nth(1)).toContainText('6 reps');

	await page.getByRole('checkbox', { name: 'High knees', exact: true }).uncheck();
	await expect(total(page)).toHaveText('0:51');
	await page.getByRole('button', { name: 'Remove Hip circles' }).click();
	await expect(total(page)).toHaveText('0:00');
	await expect(page.getByRole('checkbox', { name: 'Hip circles', exact: true })).not.toBeChecked();
	expect(consoleErrors).toEqual([]);
});

test('every pre-run drill is a checkbox named after it, grouped by area; no static holds', async ({
	page
}) => {
	await open(page, '/stretches');
	for (const area of ['Hips', 'Quads', 'Hamstrings', 'Calves and ankles', 'Whole body']) {
		await expect(page.getByRole('heading', { name: new RegExp(`^${area}`) })).toBeVisible();
	}
	await expect(page.getByRole('checkbox', { name: 'Leg swings, front to back' })).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'A-skip', exact: true })).toBeVisible();
	// Static stretches are for after the run, and the page says why.
	await expect(page.getByRole('checkbox', { name: /calf stretch/i })).toHaveCount(0);
	await expect(page.getByText(/static holds are left out/i)).toBeVisible();
});

test('reorder with the keyboard: Move up / Move down keep focus and announce', async ({ page }) => {
	await open(page, '/stretches');
	await tick(page, 'Ankle rolls', 'Hip circles', 'High knees');
	expect(await order(page)).toEqual(['Ankle rolls', 'Hip circles', 'High knees']);

	await page.getByRole('button', { name: 'Move High knees up' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'High knees moved' })).toHaveText(
		'High knees moved to position 2 of 3.'
	);
	await page.keyboard.press('Enter');
	expect(await order(page)).toEqual(['High knees', 'Ankle rolls', 'Hip circles']);
	// At the top, Move up is disabled and focus moved to its twin.
	await expect(page.getByRole('button', { name: 'Move High knees up' })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Move High knees down' })).toBeFocused();
	await page.keyboard.press('Space');
	expect(await order(page)).toEqual(['Ankle rolls', 'High knees', 'Hip circles']);
});

test('reorder by dragging with a mouse', async ({ page }) => {
	await open(page, '/stretches');
	await tick(page, 'Ankle rolls', 'Hip circles', 'High knees');
	await page.getByRole('list', { name: 'Your warm-up, in play order' }).scrollIntoViewIfNeeded();
	const from = await centre(page.getByTestId('drag-ankle-rolls'));
	const to = await centre(selection(page).last());
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move(to.x, to.y + 30, { steps: 12 });
	await page.mouse.up();
	await expect.poll(() => order(page)).toEqual(['Hip circles', 'High knees', 'Ankle rolls']);
	await expect(total(page)).toHaveText(/^\d+:\d\d$/);
});

test('reorder by dragging with a finger', async ({ page }) => {
	await open(page, '/stretches');
	await tick(page, 'Ankle rolls', 'Hip circles', 'High knees');
	await page.getByRole('list', { name: 'Your warm-up, in play order' }).scrollIntoViewIfNeeded();
	const from = await centre(page.getByTestId('drag-high-knees'));
	const to = await centre(selection(page).first());
	// Real touch events through the DevTools protocol: Chromium turns them into pointer events.
	const cdp = await page.context().newCDPSession(page);
	const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: type === 'touchEnd' ? [] : [{ x, y }]
		});
	await touch('touchStart', from.x, from.y);
	for (let i = 1; i <= 12; i++) {
		await touch('touchMove', from.x, from.y + ((to.y - 30 - from.y) * i) / 12);
	}
	await touch('touchEnd', from.x, to.y - 30);
	await expect.poll(() => order(page)).toEqual(['High knees', 'Ankle rolls', 'Hip circles']);
});

test('Fit picks a warm-up within the budget that covers the main areas, gentle to lively', async ({
	page
}) => {
	await open(page, '/stretches');
	const budget = page.getByRole('spinbutton', { name: 'Time budget' });
	for (const minutes of [3, 5, 8]) {
		await budget.fill(String(minutes));
		await page.getByRole('button', { name: /^fit$/i }).click();
		await expect(page.getByRole('status').filter({ hasText: /every area covered/ })).toBeVisible();
		expect(seconds(await total(page).textContent())).toBeLessThanOrEqual(minutes * 60);
		for (const area of ['Hips', 'Quads', 'Hamstrings', 'Calves and ankles']) {
			const region = page.getByRole('region', { name: new RegExp(`^${area}`) });
			await expect(region.getByRole('checkbox', { checked: true }).first()).toBeVisible();
		}
	}
	// Gentle first: the first drill is one of the gentle ones.
	const first = (await order(page))[0]!;
	await expect(
		page.getByRole('checkbox', { name: first, exact: true })
	).toHaveAccessibleDescription(/gentle/i);

	// Too short for one drill per area: it says so and still picks what fits.
	await budget.fill('1.5');
	await page.getByRole('button', { name: /^fit$/i }).click();
	await expect(page.getByRole('status').filter({ hasText: /too short/ })).toContainText(
		'too short for one drill per area'
	);
	const short = seconds(await total(page).textContent());
	expect(short).toBeGreaterThan(0);
	expect(short).toBeLessThanOrEqual(90);

	// A preset sets the budget and fits.
	await page.getByRole('button', { name: 'Speed session, 10 min' }).click();
	await expect(budget).toHaveValue('10');
	expect(seconds(await total(page).textContent())).toBeLessThanOrEqual(600);
	expect((await order(page)).length).toBeGreaterThanOrEqual(8);
});

test('at 360 px: the Fit result does not repeat the hint, the presets share a row, names fit', async ({
	page
}) => {
	await open(page, '/stretches');
	await page.getByRole('spinbutton', { name: 'Time budget' }).fill('8');
	await page.getByRole('button', { name: /^fit$/i }).click();
	const result = page.getByRole('status').filter({ hasText: /every area covered/ });
	await expect(result).toBeVisible();
	await expect(result).not.toContainText('gentle to lively');

	const presets = page.getByRole('group', { name: 'Presets' }).getByRole('button');
	await expect(presets).toHaveText([/easy run/i, /long run/i, /speed session/i]);
	const tops = await presets.evaluateAll((buttons) =>
		buttons.map((b) => Math.round(b.getBoundingClientRect().top))
	);
	expect(new Set(tops).size).toBe(1);

	// Every chosen drill's name on one line, whole: the longest is "Leg swings, front to back".
	const names = page.getByRole('list', { name: 'Your warm-up, in play order' }).locator('.name');
	expect(await names.count()).toBeGreaterThanOrEqual(8);
	const lines = await names.evaluateAll((spans) =>
		spans.map((span) => {
			const range = document.createRange();
			range.selectNodeContents(span);
			const rows = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
			return `${span.textContent}: ${rows.size} line, ${span.scrollWidth > span.clientWidth ? 'cut' : 'whole'}`;
		})
	);
	expect(lines.filter((line) => !line.endsWith(': 1 line, whole'))).toEqual([]);
});

test('Start warm-up plays the selection in the player, in the chosen order', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
	await open(page, '/stretches');
	await tick(page, 'High knees', 'Ankle rolls');
	await page.getByRole('button', { name: 'Move Ankle rolls up' }).click();
	const planned = await total(page).textContent();
	await page.getByRole('button', { name: /start warm-up/i }).click();
	await expect(page).toHaveURL(/\/play\/warm-up$/);
	// The player plays exactly as long as the picker said.
	await expect(page.getByText(`${planned} left`)).toBeVisible();
	await expect(page.getByTestId('current-label')).toHaveText('Get ready');
	await expect(page.getByTestId('next-label')).toHaveText('Ankle rolls');
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.clock.runFor(10_000);
	await expect(page.getByTestId('current-label')).toHaveText('Ankle rolls');

	// A reload of the player picks the same selection up where it was.
	await open(page, '/play/warm-up');
	await expect(page.getByTestId('current-label')).toHaveText('Ankle rolls');
});

test('the selection survives a reload', async ({ page }) => {
	await open(page, '/stretches');
	await tick(page, 'Walking lunge', 'Ankle rolls');
	await page.getByRole('button', { name: 'Add 5 s to Walking lunge' }).click();
	const before = await total(page).textContent();
	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByRole('checkbox', { name: 'Walking lunge', exact: true })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Ankle rolls', exact: true })).toBeChecked();
	await expect(total(page)).toHaveText(before!);
	expect(await order(page)).toEqual(['Walking lunge', 'Ankle rolls']);
	await expect(selection(page).first()).toContainText('35 s');
});

test('save as routine: it appears under My routines on / and plays', async ({ page }) => {
	await open(page, '/');
	await expect(page.getByRole('heading', { name: /my routines/i })).toHaveCount(0);

	await open(page, '/stretches');
	await tick(page, 'Ankle rolls', 'Butt kicks');
	await page.getByRole('button', { name: /save as routine/i }).click();
	const name = page.getByRole('textbox', { name: 'Routine name' });
	await expect(name).toBeFocused();
	await page.getByRole('button', { name: /save as routine/i }).click();
	await expect(page.getByText('Give your routine a name.')).toBeVisible();
	await name.fill('Tempo Tuesday');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Saved “Tempo Tuesday”' })).toBeVisible();

	await page.getByRole('link', { name: 'My routines' }).click();
	await expect(page.getByRole('heading', { name: /my routines/i, level: 2 })).toBeVisible();
	const mine = page.getByRole('region', { name: 'My routines' });
	await expect(mine.getByRole('link', { name: 'Tempo Tuesday', exact: true })).toBeVisible();
	await mine.getByRole('link', { name: 'Play Tempo Tuesday' }).click();
	await expect(page).toHaveURL(/\/play\/my-tempo-tuesday-[a-z0-9]{6}$/);
	await expect(page.getByTestId('next-label')).toHaveText('Ankle rolls');
});

test('a routine saved in another tab appears on / at once; the code for it loads only then', async ({
	page,
	context,
	consoleErrors
}) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await open(page, '/');
	await expect(page.getByRole('link', { name: "Runner's knee: foundation" })).toBeVisible();
	await expect(page.getByRole('heading', { name: /my routines/i })).toHaveCount(0);
	const fresh = new Set(scripts);

	const other = await context.newPage();
	await open(other, '/stretches');
	await tick(other, 'Ankle rolls');
	await other.getByRole('button', { name: /save as routine/i }).click();
	await other.getByRole('textbox', { name: 'Routine name' }).fill('Tempo Tuesday');
	await other.keyboard.press('Enter');

	const mine = page.getByRole('region', { name: 'My routines' });
	await expect(mine.getByRole('link', { name: 'Tempo Tuesday', exact: true })).toBeVisible();
	expect(scripts.filter((url) => !fresh.has(url)).length).toBeGreaterThan(0);
	expect(consoleErrors).toEqual([]);
});

/** Opens / with one saved warm-up in storage. */
async function withSavedRoutine(page: Page) {
	await open(page, '/');
	await page.evaluate(() =>
		localStorage.setItem(
			'patella:routines:v1',
			JSON.stringify({
				v: 1,
				data: [
					{
						id: 'my-tempo-day-abc123',
						name: 'Tempo day',
						kind: 'warmup',
						items: [
							{ exercise: 'ankle-rolls', reps: 10 },
							{ exercise: 'high-knees', seconds: 30 }
						],
						restBetween: 5
					}
				]
			})
		)
	);
	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	return page.getByRole('region', { name: 'My routines' });
}

test('rename a saved routine inline', async ({ page }) => {
	const mine = await withSavedRoutine(page);
	await mine.getByRole('button', { name: 'Rename Tempo day' }).click();
	const box = mine.getByRole('textbox', { name: 'New name' });
	await expect(box).toBeFocused();
	await box.fill('Race day');
	await box.press('Enter');
	await expect(mine.getByRole('link', { name: 'Race day', exact: true })).toBeVisible();
	await expect(mine.getByRole('button', { name: 'Rename Race day' })).toBeFocused();
	await page.reload();
	await expect(mine.getByRole('link', { name: 'Race day', exact: true })).toBeVisible();
});

test('delete a saved routine, then undo; without undo it is gone after the toast', async ({
	page
}) => {
	await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
	const mine = await withSavedRoutine(page);
	await mine.getByRole('button', { name: 'Delete Tempo day' }).click();
	await expect(page.getByRole('heading', { name: /my routines/i })).toHaveCount(0);
	const toast = page.getByRole('status').filter({ hasText: 'Deleted “Tempo day”.' });
	await expect(toast).toBeVisible();
	// Focus was on the vanished Delete button: it goes to Undo, and the toast waits while it is there.
	const undo = toast.getByRole('button', { name: 'Undo' });
	await expect(undo).toBeFocused();
	await page.clock.runFor(20_000);
	await undo.press('Enter');
	await expect(mine.getByRole('link', { name: 'Tempo day', exact: true })).toBeFocused();
	await expect(toast).toHaveCount(0);

	await mine.getByRole('button', { name: 'Delete Tempo day' }).click();
	await expect(undo).toBeFocused();
	// Once the runner moves on, the toast goes after 8 seconds, and the routine with it.
	await page.getByRole('heading', { level: 1, name: 'Routines' }).click();
	await page.clock.runFor(7_000);
	await expect(toast).toBeVisible();
	await page.clock.runFor(1_000);
	await expect(toast).toHaveCount(0);
	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByRole('heading', { name: /my routines/i })).toHaveCount(0);
});

test('edit a saved routine in the picker and save it back to the same routine', async ({
	page
}) => {
	const mine = await withSavedRoutine(page);
	await mine.getByRole('link', { name: 'Edit Tempo day' }).click();
	await expect(page).toHaveURL(/\/stretches$/);
	await expect(page.getByText('Editing Tempo day')).toBeVisible();
	await expect(page.getByRole('checkbox', { name: 'Ankle rolls', exact: true })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'High knees', exact: true })).toBeChecked();
	await tick(page, 'Air squat');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved the changes' })).toBeVisible();

	await open(page, '/');
	const card = page.getByRole('region', { name: 'My routines' }).getByRole('article');
	await expect(card).toHaveCount(1);
	await expect(card).toContainText('Tempo day');
	await expect(card).toContainText('3 exercises');
});

test('a saved routine the picker cannot edit is edited in the builder', async ({ page }) => {
	await open(page, '/');
	await page.evaluate(() =>
		localStorage.setItem(
			'patella:routines:v1',
			JSON.stringify({
				v: 1,
				data: [
					{
						id: 'my-hips-abc123',
						name: 'Hips',
						kind: 'strength',
						items: [{ exercise: 'clamshell' }]
					}
				]
			})
		)
	);
	await page.reload();
	const mine = page.getByRole('region', { name: 'My routines' });
	await expect(mine.getByRole('link', { name: 'Edit Hips' })).toHaveAttribute(
		'href',
		'/builder/my-hips-abc123'
	);
});
