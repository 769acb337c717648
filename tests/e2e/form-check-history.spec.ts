// Saved form checks on /history: the knee-angle chart over the weeks, its table, and deleting a check.
import { expect, open, seedStore, test, violations } from './fixtures';

const DAY = 86_400_000;
const T = Date.parse('2026-03-04T07:00:00');

/** Three checks over three weeks, the left leg improving, one right-leg check. */
const checks = [
	{
		id: 'fc-1',
		at: T - 14 * DAY,
		exercise: 'single-leg-squat',
		leg: 'left',
		angles: [8, 19, 12],
		caved: 1
	},
	{
		id: 'fc-2',
		at: T - 7 * DAY,
		exercise: 'single-leg-squat',
		leg: 'right',
		angles: [3, 4, 6],
		caved: 0
	},
	{ id: 'fc-3', at: T - DAY, exercise: 'step-down', leg: 'left', angles: [2, 5, 9, 4], caved: 0 }
];

test.beforeEach(async ({ page }) => {
	await page.clock.install({ time: new Date(T) });
});

test('saved form checks show as a chart with a table, and one can be deleted and put back', async ({
	page,
	consoleErrors
}) => {
	await seedStore(page, 'patella:form-checks:v1', checks);
	await open(page, '/history');

	const chart = page.getByRole('figure', { name: /knee angle in form checks/i });
	await expect(chart).toBeVisible();
	// The latest check in words, with the caved-in line from the flags module (15°).
	await expect(chart).toContainText(
		'Latest, left leg: middle rep 5°, worst 9°. Above 15° the knee caves in.'
	);
	// Every check is drawn: a dot for the middle rep, a whisker up to the worst.
	await expect(chart.locator('svg .mark')).toHaveCount(3);
	await expect(chart.locator('svg .threshold')).toHaveCount(1);

	// The text alternative: one row per check, newest first.
	await chart.getByText('Show as a table').click();
	const rows = chart.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(4);
	await expect(rows.nth(1)).toContainText(/Tue 3 Mar.*Step-down, left leg, 4 reps.*5°.*9°/);
	await expect(rows.nth(3)).toContainText(
		/Wed 18 Feb.*Single-leg squat, left leg, 3 reps, 1 caved in.*12°.*19°/
	);
	// No sideways scroll with the table open on a 360 px phone.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	expect(await violations(page, '.form-checks')).toEqual([]);

	// Delete the oldest, then put it back.
	await page
		.getByRole('button', { name: /delete form check of wednesday,? 18 february 2026, left leg/i })
		.click();
	await expect(
		page.getByRole('status').filter({ hasText: /form check of wed 18 feb deleted/i })
	).toBeVisible();
	await expect(chart.locator('svg .mark')).toHaveCount(2);
	expect(
		await page.evaluate(
			() => JSON.parse(localStorage.getItem('patella:form-checks:v1')!).data.length
		)
	).toBe(2);
	await page.getByRole('button', { name: /^undo$/i }).click();
	await expect(chart.locator('svg .mark')).toHaveCount(3);

	// Deleting every check takes the section away.
	for (let i = 0; i < 3; i++)
		await page
			.getByRole('button', { name: /^delete form check/i })
			.first()
			.click();
	await expect(chart).toHaveCount(0);
	await expect(page.getByRole('button', { name: /^undo$/i })).toBeVisible();
	expect(consoleErrors).toEqual([]);
});

test('with no saved form checks, History shows no form-check chart', async ({ page }) => {
	await open(page, '/history');
	await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Form checks' })).toHaveCount(0);
	await expect(page.getByRole('figure', { name: /knee angle/i })).toHaveCount(0);
});
