import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { catalogue } from './catalogue';

// Monday 2 March 2026, in the browser's own time zone.
const MONDAY = new Date('2026-03-02T08:00:00');
const DAY = 86_400_000;
const at = (days: number, hours = 0) => new Date(MONDAY.getTime() + days * DAY + hours * 3_600_000);
const moveUp = /move up|next stage|start stage/i;

/** Answers the set-up: where it hurts and the training days; the rest keeps its defaults. */
async function setUp(page: Page, where: RegExp, days = ['Monday', 'Wednesday', 'Friday']) {
	await page
		.getByRole('radiogroup', { name: 'Where does it hurt?' })
		.getByRole('radio', { name: where })
		.check();
	for (const day of days) await page.getByRole('checkbox', { name: day, exact: true }).check();
}

/** A session as the player records it, `days` after MONDAY at 18:00. */
function session(days: number, routineId: string, pain: number | null) {
	return {
		id: `s${days}`,
		routineId,
		routineName: routineId,
		startedAt: at(days, 10).getTime(),
		durationMs: 1_200_000,
		completed: true,
		pain,
		effort: null,
		note: ''
	};
}

/** Writes the session history, as the app stores it. */
async function storeHistory(page: Page, sessions: ReturnType<typeof session>[]) {
	await page.evaluate((data) => {
		localStorage.setItem('patella:history:v1', JSON.stringify({ v: 1, data }));
	}, sessions);
}

test.beforeEach(async ({ page }) => {
	await page.clock.install({ time: MONDAY });
});

test('kneecap path: a plan in stage 1 of 4, today’s session on /plan and /, played from there', async ({
	page,
	consoleErrors
}) => {
	// It plays a whole 20-minute routine under the fake clock.
	test.slow();
	// No plan yet: `/` shows no today card.
	await open(page, '/');
	await expect(page.getByRole('link', { name: /start today.s session/i })).toHaveCount(0);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
	await expect(page.getByRole('heading', { name: 'Your plan', level: 1 })).toBeVisible();

	const running = page.getByRole('radiogroup', { name: 'Running now' });
	for (const name of [/not running/i, /less than usual/i, /as usual/i]) {
		await expect(running.getByRole('radio', { name })).toBeVisible();
	}
	await expect(page.getByRole('radio', { name: /not sure/i })).toBeVisible();
	// Create without saying where it hurts: it asks.
	await page.getByRole('button', { name: /^create plan$/i }).click();
	await expect(page.getByRole('alert')).toHaveText('Choose where it hurts.');

	await setUp(page, /around|behind the kneecap/i);
	await page.getByRole('button', { name: /^create plan$/i }).click();
	await expect(page.getByText(/stage 1 of 4/i).first()).toBeVisible();
	await expect(page.getByRole('heading', { name: /Stage 1 of 4: Foundation/ })).toBeVisible();
	await expect(page.getByText('To move up: 5 more sessions, 14 more days')).toBeVisible();
	await expect(page.getByRole('button', { name: moveUp })).toHaveCount(0);
	const start = page.getByRole('link', { name: /start today.s session/i });
	await expect(start).toHaveAttribute('href', '/play/knee-foundation');

	// The plan survives a reload, and `/` shows the same link.
	await open(page, '/');
	await expect(page.getByRole('link', { name: /start today.s session/i })).toHaveAttribute(
		'href',
		'/play/knee-foundation'
	);

	// Play today's session to its end: this week's Monday reads done.
	const routine = (await catalogue(page)).routines.find((r) => r.id === 'knee-foundation')!;
	await page.getByRole('link', { name: /start today.s session/i }).click();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await page.clock.pauseAt(at(0, 1));
	await page.getByRole('button', { name: /^start$/i }).click();
	// Time is read from timestamps: jumping ahead a minute at a time reaches the end as surely.
	for (let spent = 0; spent <= routine.totalMs; spent += 60_000)
		await page.clock.fastForward(60_000);
	await page.clock.runFor(1000);
	await expect(page.getByRole('heading', { name: /routine complete/i })).toBeVisible();
	await open(page, '/plan');
	await expect(page.getByText('Today’s session is done. Rest well.')).toBeVisible();
	await expect(page.getByText('Monday: done')).toBeAttached();
	await expect(page.getByText('To move up: 4 more sessions, 14 more days')).toBeVisible();
	expect(consoleErrors).toEqual([]);
});

test('tendon path: isometrics first, and a rest day names the next training day', async ({
	page
}) => {
	await page.clock.setSystemTime(at(1)); // a Tuesday
	await open(page, '/plan');
	await setUp(page, /below the kneecap/i);
	await page.getByRole('radio', { name: /not running/i }).check();
	await page.getByRole('button', { name: /^create plan$/i }).click();
	await expect(page.getByRole('heading', { name: /Stage 1 of 4: Isometrics/ })).toBeVisible();
	await expect(page.getByText(/Tendon pain just below the kneecap/)).toBeVisible();
	await expect(page.getByText(/rest day/i).first()).toBeVisible();
	await expect(page.getByText(/Next session: Wednesday/)).toBeVisible();
	await expect(page.getByRole('link', { name: /start today.s session/i })).toHaveCount(0);
	await expect(
		page
			.getByRole('link', { name: 'Tendon isometrics' })
			.or(page.getByRole('link', { name: /isometric/i }))
	).toBeVisible();

	await open(page, '/');
	await expect(page.getByText(/rest day/i).first()).toBeVisible();
	await expect(page.getByText(/Next session: Wednesday/)).toBeVisible();

	// The next day is a training day: the session is the isometrics routine.
	await page.clock.setSystemTime(at(2));
	await open(page, '/plan');
	await expect(page.getByRole('link', { name: /start today.s session/i })).toHaveAttribute(
		'href',
		'/play/tendon-isometrics'
	);
});

test('a warning sign: see a clinician first, and no plan until cleared by one', async ({
	page
}) => {
	await open(page, '/plan');
	await setUp(page, /around|behind the kneecap/i);
	await page.getByRole('checkbox', { name: /swell/i }).check();
	await expect(
		page.getByText(/see a (doctor|physio|physiotherapist|clinician)/i).first()
	).toBeVisible();
	await expect(page.getByText(/damage inside the joint/)).toBeVisible();
	await page.getByRole('button', { name: /^create plan$/i }).click();
	await expect(page.getByText(/stage \d+ of \d+/i)).toHaveCount(0);
	await expect(page.getByRole('alert').last()).toContainText(/cleared you to exercise/);

	// The answers are kept on the device: after a reload nothing was built.
	await open(page, '/plan');
	await expect(page.getByText(/stage \d+ of \d+/i)).toHaveCount(0);
	await setUp(page, /around|behind the kneecap/i);
	await page.getByRole('checkbox', { name: /swell/i }).check();
	await page
		.getByRole('checkbox', { name: /cleared by a (doctor|physio|physiotherapist|clinician)/i })
		.check();
	await page.getByRole('button', { name: /^create plan$/i }).click();
	await expect(page.getByText(/stage 1 of 4/i).first()).toBeVisible();
});

test('a stage is earned over two weeks of sessions, and only then offers to move up', async ({
	page
}) => {
	await open(page, '/plan');
	await setUp(page, /around|behind the kneecap/i);
	await page.getByRole('button', { name: /^create plan$/i }).click();
	await expect(page.getByText(/stage 1 of 4/i).first()).toBeVisible();

	// Mon, Wed, Fri, Mon, Wed: five sessions at knee pain 1 or 2.
	const days = [0, 2, 4, 7, 9];
	const sessions: ReturnType<typeof session>[] = [];
	const left = [
		'4 more sessions, 14 more days',
		'3 more sessions, 12 more days',
		'2 more sessions, 10 more days',
		'1 more session, 7 more days',
		'5 more days'
	];
	for (const [i, day] of days.entries()) {
		sessions.push(session(day, 'knee-foundation', i % 2 ? 2 : 1));
		await page.clock.setSystemTime(at(day, 12));
		await storeHistory(page, sessions);
		await open(page, '/plan');
		await expect(page.getByText(`To move up: ${left[i]}`)).toBeVisible();
		await expect(page.getByRole('button', { name: moveUp })).toHaveCount(0);
	}

	// Day 13: one day short.
	await page.clock.setSystemTime(at(13, 12));
	await open(page, '/plan');
	await expect(page.getByText('To move up: 1 more day')).toBeVisible();
	await expect(page.getByRole('button', { name: moveUp })).toHaveCount(0);

	// Two weeks in: earned.
	await page.clock.setSystemTime(at(14, 12));
	await open(page, '/plan');
	await expect(page.getByText('You have earned the next stage.')).toBeVisible();
	await page.getByRole('button', { name: moveUp }).click();
	await expect(page.getByRole('heading', { name: /Stage 2 of 4: Build/ })).toBeVisible();
	await expect(page.getByRole('link', { name: /start today.s session/i })).toHaveAttribute(
		'href',
		'/play/knee-build'
	);
	await expect(page.getByRole('button', { name: moveUp })).toHaveCount(0);

	// The runner can always choose an easier stage.
	await page.getByText('Choose an easier stage').click();
	await page.getByRole('button', { name: 'Go back to stage 1: Foundation' }).click();
	await expect(page.getByRole('heading', { name: /Stage 1 of 4: Foundation/ })).toBeVisible();
});

test('pain above 5 starts the stage’s count again', async ({ page }) => {
	await open(page, '/plan');
	await setUp(page, /around|behind the kneecap/i);
	await page.getByRole('button', { name: /^create plan$/i }).click();
	await storeHistory(page, [session(0, 'knee-foundation', 1), session(2, 'knee-foundation', 7)]);
	await page.clock.setSystemTime(at(3, 12));
	await open(page, '/plan');
	await expect(page.getByText(/your knee said back off/)).toBeVisible();
	await expect(page.getByText('To move up: 5 more sessions, 13 more days')).toBeVisible();
});

test('a missed week is shown as missed, and the stage waits', async ({ page }) => {
	await open(page, '/plan');
	await setUp(page, /around|behind the kneecap/i);
	await page.getByRole('button', { name: /^create plan$/i }).click();
	await storeHistory(page, [session(0, 'knee-foundation', 1), session(2, 'knee-foundation', 1)]);

	// The Wednesday after a week with nothing done.
	await page.clock.setSystemTime(at(16, 12));
	await open(page, '/plan');
	await expect(page.getByText(/Last week: none of 3 sessions done/)).toBeVisible();
	await expect(page.getByText('Monday: missed')).toBeAttached();
	await expect(page.getByText('Wednesday: today')).toBeAttached();
	await expect(page.getByText('Friday: to do')).toBeAttached();
	await expect(page.getByText('To move up: 3 more sessions')).toBeVisible();
	await expect(page.getByRole('link', { name: /start today.s session/i })).toBeVisible();
});

test('with a plan of two days a week, / and History count the week against two', async ({
	page
}) => {
	await page.clock.setSystemTime(at(1, 12));
	await open(page, '/');
	await storeHistory(page, [session(0, 'knee-foundation', 1)]);
	await page.reload();
	// Without a plan: the trials' three a week.
	await expect(page.getByRole('region', { name: 'This week' })).toContainText(/Sessions\s*1 of 3/);

	await open(page, '/plan');
	await setUp(page, /around|behind the kneecap/i, ['Tuesday', 'Thursday']);
	await page.getByRole('button', { name: /^create plan$/i }).click();
	await expect(page.getByText(/stage 1 of 4/i).first()).toBeVisible();

	await open(page, '/');
	const week = page.getByRole('region', { name: 'This week' });
	await expect(week).toContainText(/Sessions\s*1 of 2/);
	await expect(week).toContainText('Weeks at 2');
	await open(page, '/history');
	const progress = page.getByRole('region', { name: 'Progress' });
	await expect(progress).toContainText(/Sessions this week\s*1 of 2/);
	await expect(progress).toContainText('Weeks in a row at 2 a week');
});

test('Add to calendar downloads weekly events on the training days, with a reminder', async ({
	page
}) => {
	await open(page, '/plan');
	await setUp(page, /around|behind the kneecap/i, ['Tuesday', 'Thursday', 'Saturday']);
	await page.getByRole('button', { name: /^create plan$/i }).click();
	await page.getByLabel('Reminder time').fill('07:15');
	await page.getByLabel('Reminder time').dispatchEvent('change');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /add to calendar/i }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/\.ics$/);
	const text = await readFile((await file.path())!, 'utf8');
	expect(text).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=TU,TH,SA\r\n/);

	const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
	const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
	expect(start.toString()).toBe('2026-03-03T07:15:00');
	expect(event.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
	expect(String(event.getFirstPropertyValue('description'))).toMatch(/\/plan$/);

	// New days offer a new file with them.
	await page.getByText('Change training days').click();
	await page.getByRole('checkbox', { name: 'Saturday', exact: true }).uncheck();
	await page.getByRole('button', { name: 'Save days' }).click();
	const again = page.waitForEvent('download');
	await page.getByRole('button', { name: /add to calendar/i }).click();
	const text2 = await readFile((await (await again).path())!, 'utf8');
	expect(text2).toMatch(/BYDAY=TU,TH\r\n/);
});
