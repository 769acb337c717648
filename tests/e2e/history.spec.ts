import { expect, open, test } from './fixtures';
import { catalogue } from './catalogue';
import { seedTinyRoutine, tinyRoutine } from './platform';

test.beforeEach(async ({ page }) => {
	// A Wednesday morning, so the week so far holds only what the test does.
	await page.clock.install({ time: new Date('2026-03-04T07:00:00') });
});

test('finish a routine, check in, see it on /history, delete and undo, and the summary on /', async ({
	page,
	consoleErrors
}) => {
	// A whole routine on the fake clock, then three pages: slow on a busy machine.
	test.slow();
	const { routines } = await catalogue(page);
	const routine = routines.find((r) => r.id === 'prerun-short')!;
	await open(page, '/');
	// Nothing yet: no summary on /.
	await expect(page.getByRole('heading', { name: 'This week' })).toHaveCount(0);

	await open(page, `/play/${routine.id}`);
	await page.clock.pauseAt(new Date('2026-03-04T07:00:10'));
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.clock.runFor(routine.totalMs);
	await expect(page.getByRole('heading', { name: /routine complete/i })).toBeVisible();

	// The check-in: pain with the keyboard, effort, a note.
	const pain = page.getByRole('radiogroup', { name: 'Knee pain' });
	await expect(pain.getByRole('radio', { checked: true })).toHaveCount(0);
	await pain.getByRole('radio', { name: /^1\b/ }).check();
	await page.keyboard.press('ArrowRight');
	await expect(pain.getByRole('radio', { name: /^2\b/ })).toBeChecked();
	await page.getByRole('radio', { name: 'Easy' }).check();
	await page.getByRole('textbox', { name: /note/i }).fill('Stairs felt fine');
	await page.getByRole('button', { name: /^save$/i }).click();

	await expect(page.getByText('Saved: knee pain 2 out of 10.')).toBeFocused();
	await expect(page.getByRole('heading', { name: 'Keep going' })).toBeVisible();
	// Let time flow again for the page change (the router waits on timers).
	await page.clock.resume();
	await page.getByRole('link', { name: 'See your history' }).click();

	await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
	const item = page.getByRole('listitem').filter({ hasText: routine.name });
	await expect(item).toHaveCount(1);
	await expect(item).toContainText('Completed');
	await expect(item).toContainText('Knee pain 2/10 safe');
	await expect(item).toContainText('Felt easy');
	await expect(item).toContainText('Stairs felt fine');
	await expect(item).toContainText(/Wed 4 Mar/);
	const figures = page.getByRole('region', { name: 'Progress' });
	await expect(figures).toContainText(/Sessions this week\s*1 of 3/);
	await expect(figures).toContainText(/Weeks in a row at 3 a week\s*0/);
	await expect(page.getByText('Active on 1 day in the last 12 weeks')).toBeVisible();

	// The charts' figures are there as tables too.
	await page.getByText('Show as a table').nth(2).click();
	await expect(
		page.getByRole('row', { name: `Mon 2 Mar 1 ${Math.round(routine.totalMs / 60_000)}` })
	).toBeVisible();

	// Delete, then Undo.
	await page.getByRole('button', { name: new RegExp(`^Delete session: ${routine.name}`) }).click();
	await expect(item).toHaveCount(0);
	await expect(page.getByRole('status')).toContainText('Session deleted.');
	await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(item).toHaveCount(1);
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);

	// Undo waits while the runner is in it, then is offered for 8 seconds once they move on.
	await page.clock.pauseAt(new Date('2026-03-04T08:00:00'));
	await page.getByRole('button', { name: new RegExp(`^Delete session: ${routine.name}`) }).click();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
	await page.clock.runFor(20_000);
	await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
	await page.getByRole('heading', { level: 1, name: 'History' }).click();
	await page.clock.runFor(7_900);
	await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
	await page.clock.runFor(200);
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
	await expect(page.getByText('No sessions yet')).toBeVisible();
	await page.reload();
	await expect(page.getByText('No sessions yet')).toBeVisible();
	expect(consoleErrors).toEqual([]);
});

test('the week summary on / shows sessions against the aim, minutes, and repeats the last routine', async ({
	page
}) => {
	const { routines } = await catalogue(page);
	const routine = routines.find((r) => r.id === 'prerun-short')!;
	await open(page, `/play/${routine.id}`);
	await page.clock.pauseAt(new Date('2026-03-04T07:00:10'));
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.clock.runFor(routine.totalMs);
	await page.getByRole('radio', { name: /^6\b/ }).check();
	await page.getByRole('button', { name: /^save$/i }).click();
	// Pain of 6 after a warm-up: the run was too much; see someone if warning signs appear.
	await expect(page.getByRole('heading', { name: 'Ease off your running for now' })).toBeVisible();
	await expect(page.getByText(/about 10 % more steps a minute/)).toBeVisible();
	await expect(
		page.getByRole('region', { name: 'Advice' }).getByText(/see a doctor or\s+physiotherapist/i)
	).toBeVisible();

	await page.clock.resume();
	await page.getByRole('link', { name: 'Home' }).click();
	const summary = page.getByRole('region', { name: 'This week' });
	await expect(summary).toBeVisible();
	await expect(summary).toContainText(/Sessions\s*1 of 3/);
	await expect(summary).toContainText(
		new RegExp(`Minutes\\s*${Math.round(routine.totalMs / 60_000)}\\b`)
	);
	await expect(summary).toContainText('Go easier next time');
	await expect(summary).toContainText(`Last done today: ${routine.name}`);
	await summary.getByRole('link', { name: 'Repeat' }).click();
	await expect(page).toHaveURL(new RegExp(`/play/${routine.id}$`));
	await expect(page.getByRole('button', { name: /^start$/i })).toBeVisible();
});

test('ending early records the session as not completed, and Skip saves it without a check-in', async ({
	page
}) => {
	const { routines } = await catalogue(page);
	const routine = routines.find((r) => r.id === 'knee-foundation')!;
	await open(page, `/play/${routine.id}`);
	await page.clock.pauseAt(new Date('2026-03-04T07:00:10'));
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.clock.runFor(45_000);
	await page.getByRole('button', { name: 'End' }).click();
	await page
		.getByRole('dialog', { name: 'End this session?' })
		.getByRole('button', { name: 'End session' })
		.click();

	await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
	await expect(page.getByRole('radiogroup', { name: 'Knee pain' })).toBeVisible();
	await page.getByRole('button', { name: 'Skip' }).click();
	await expect(page.getByText(/Saved to your history without a check-in/)).toBeVisible();

	await page.clock.resume();
	await page.getByRole('link', { name: 'See your history' }).click();
	const item = page.getByRole('listitem').filter({ hasText: routine.name });
	await expect(item).toContainText('Ended early');
	await expect(item).toContainText('45 s');
	await expect(item).toContainText('No check-in');
});

test("Repeat on / plays the runner's own routine again, and goes once it is deleted", async ({
	page,
	consoleErrors
}) => {
	const session = {
		id: 'session-1',
		routineId: tinyRoutine.id,
		routineName: tinyRoutine.name,
		startedAt: new Date('2026-03-03T07:00:00').getTime(),
		durationMs: 40_000,
		completed: true,
		pain: 1,
		effort: null,
		note: ''
	};
	await page.addInitScript(
		(data) => {
			if (!localStorage.getItem('patella:history:v1'))
				localStorage.setItem('patella:history:v1', JSON.stringify({ v: 1, data }));
		},
		[session]
	);
	await seedTinyRoutine(page);
	await open(page, '/');
	const summary = page.getByRole('region', { name: 'This week' });
	await expect(summary).toContainText(`Last done yesterday: ${tinyRoutine.name}`);
	await expect(summary.getByRole('link', { name: 'Repeat' })).toHaveAttribute(
		'href',
		`/play/${tinyRoutine.id}`
	);

	await page
		.getByRole('region', { name: 'My routines' })
		.getByRole('button', { name: `Delete ${tinyRoutine.name}` })
		.click();
	await expect(summary.getByRole('link', { name: 'Repeat' })).toHaveCount(0);
	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(summary).toContainText(`Last done yesterday: ${tinyRoutine.name}`);
	await expect(summary.getByRole('link', { name: 'Repeat' })).toHaveCount(0);
	expect(consoleErrors).toEqual([]);
});

test('the pain chart shows sessions and mornings with the 5/10 line, and its table', async ({
	page
}) => {
	const day = 86_400_000;
	const start = new Date('2026-03-01T07:00:00').getTime();
	const sessions = [2, 6, 3].map((pain, i) => ({
		id: `s${i}`,
		routineId: 'knee-foundation',
		routineName: "Runner's knee: foundation",
		startedAt: start + i * day,
		durationMs: 600_000,
		completed: true,
		pain,
		effort: 'right',
		note: '',
		...(i === 1 ? { morning: { pain: 4, at: start + 2 * day - 3_600_000 } } : {})
	}));
	await page.addInitScript((data) => {
		localStorage.setItem('patella:history:v1', JSON.stringify({ v: 1, data }));
	}, sessions);
	await open(page, '/history');
	const chart = page.getByRole('figure', { name: /knee pain/i });
	await expect(chart.getByText('during a session')).toBeVisible();
	await expect(chart.getByText('next morning', { exact: true })).toBeVisible();
	await expect(chart.getByText('above 5: too much')).toBeVisible();
	await expect(chart.locator('circle.high')).toHaveCount(1);
	await expect(chart.locator('rect.square')).toHaveCount(1);
	await chart.getByText('Show as a table').click();
	await expect(
		chart.getByRole('row', { name: /Next morning .* 4 out of 10, acceptable/ })
	).toBeVisible();
	await expect(chart.getByRole('row', { name: /During .* 6 out of 10, too much/ })).toBeVisible();
});
