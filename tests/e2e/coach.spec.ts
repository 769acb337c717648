import { expect, open, test } from './fixtures';
import { catalogue } from './catalogue';
import type { Page } from '@playwright/test';

/** A stored session, as the history keeps it, with any field overridden. */
function stored(fields: Record<string, unknown> = {}) {
	return {
		id: 's-seeded',
		routineId: 'knee-foundation',
		routineName: "Runner's knee: foundation",
		startedAt: new Date('2026-03-03T18:00:00').getTime(),
		durationMs: 600_000,
		completed: true,
		pain: null,
		effort: null,
		note: '',
		...fields
	};
}

async function seed(page: Page, sessions: unknown[]) {
	await page.addInitScript((data) => {
		if (!localStorage.getItem('patella:history:v1'))
			localStorage.setItem('patella:history:v1', JSON.stringify({ v: 1, data }));
	}, sessions);
}

async function playToEnd(page: Page, id: string) {
	const { routines } = await catalogue(page);
	const routine = routines.find((r) => r.id === id)!;
	await open(page, `/play/${id}`);
	await page.clock.pauseAt(new Date('2026-03-04T07:00:10'));
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.clock.runFor(routine.totalMs);
	await expect(page.getByRole('heading', { name: /routine complete/i })).toBeVisible();
	return routine;
}

test.describe('the check-in asks, never assumes', () => {
	test.beforeEach(async ({ page }) => {
		await page.clock.install({ time: new Date('2026-03-04T07:00:00') });
	});

	test('untouched, Save says so and records no pain', async ({ page, consoleErrors }) => {
		const routine = await playToEnd(page, 'prerun-short');
		const pain = page.getByRole('radiogroup', { name: 'Knee pain' });
		await expect(page.getByText(/How much did your knee hurt\s+during the session/)).toBeVisible();
		await expect(pain.getByRole('radio')).toHaveCount(11);
		await expect(pain.getByRole('radio', { checked: true })).toHaveCount(0);
		await expect(pain.getByRole('radio', { name: /^8\b/ })).toHaveAccessibleName('8 severe');
		await page.getByRole('button', { name: /^save$/i }).click();
		await expect(page.getByRole('alert')).toContainText('Choose a number from 0 to 10');
		await expect(pain).toBeVisible();

		await page.clock.resume();
		await page.goto('/history');
		const item = page.getByRole('listitem').filter({ hasText: routine.name });
		await expect(item).toContainText('No check-in');
		await expect(item).not.toContainText('Knee pain');
		expect(consoleErrors).toEqual([]);
	});

	test('after 8/10 the advice stays on / and on the routine page, and Repeat is no longer the obvious step', async ({
		page
	}) => {
		// A whole strength routine played on the fake clock: slow on a busy machine.
		test.slow();
		await playToEnd(page, 'knee-foundation');
		await page
			.getByRole('radiogroup', { name: 'Knee pain' })
			.getByRole('radio', { name: /^8\b/ })
			.check();
		await page.getByRole('button', { name: /^save$/i }).click();
		await expect(page.getByRole('heading', { name: 'Go easier for now' })).toBeVisible();
		await expect(page.getByText(/one set fewer of\s+each exercise/)).toBeVisible();

		await page.clock.resume();
		await open(page, '/');
		const advice = page.getByRole('region', { name: 'Advice' });
		await expect(advice).toContainText(/go easier|back off|ease off|take it easy/i);
		await expect(advice).toContainText('Knee pain of 8 out of 10 during the session');
		const summary = page.getByRole('region', { name: 'This week' });
		await expect(summary.getByRole('link', { name: 'Repeat' })).not.toHaveClass(/primary/);
		await expect(summary).toContainText('Go easier next time');

		await page.reload();
		await expect(page.getByRole('region', { name: 'Advice' })).toContainText(/go easier/i);
		await open(page, '/routines/knee-foundation');
		await expect(page.getByRole('region', { name: 'Advice' })).toContainText(/go easier/i);
		await open(page, '/routines/knee-build');
		await expect(page.getByRole('region', { name: 'Advice' })).toHaveCount(0);
	});
});

test.describe('the morning after', () => {
	test('asks the next morning, not the same evening; Save keeps it with the session', async ({
		page,
		consoleErrors
	}) => {
		await seed(page, [stored({ pain: 3 })]);
		// The same evening: nothing to ask yet.
		await page.clock.install({ time: new Date('2026-03-03T21:00:00') });
		await open(page, '/');
		await expect(page.getByRole('region', { name: 'This week' })).toBeVisible();
		await expect(page.getByRole('heading', { name: /this morning/i })).toHaveCount(0);

		// The next morning.
		await page.clock.setSystemTime(new Date('2026-03-04T07:30:00'));
		await page.reload();
		const card = page.getByRole('region', { name: /this morning/i });
		await expect(card).toBeVisible();
		await expect(card).toContainText('yesterday');
		const morning = card.getByRole('radiogroup', { name: 'Morning pain' });
		await expect(morning.getByRole('radio')).toHaveCount(11);
		await card.getByRole('button', { name: /^save$/i }).click();
		await expect(card.getByRole('alert')).toContainText('Choose a number');
		await morning.getByRole('radio', { name: /^2\b/ }).check();
		await card.getByRole('button', { name: /^save$/i }).click();
		await expect(page.getByText('Saved: morning pain 2 out of 10.')).toBeVisible();
		await expect(page.getByRole('heading', { name: /this morning/i })).toHaveCount(0);

		await page.reload();
		await expect(page.getByRole('region', { name: 'This week' })).toBeVisible();
		await expect(page.getByRole('heading', { name: /this morning/i })).toHaveCount(0);
		await open(page, '/history');
		await expect(page.getByRole('listitem').filter({ hasText: 'Next morning' })).toContainText(
			'Next morning 2/10'
		);
		expect(consoleErrors).toEqual([]);
	});

	test('a morning worse than the usual one says to go easier; Not today skips it', async ({
		page
	}) => {
		const day = 86_400_000;
		const first = new Date('2026-03-01T18:00:00').getTime();
		await seed(page, [
			stored({ id: 'a', startedAt: first, pain: 2, morning: { pain: 1, at: first + day / 2 } }),
			stored({ id: 'b', startedAt: first + 2 * day, pain: 3 })
		]);
		await page.clock.install({ time: new Date('2026-03-04T08:00:00') });
		await open(page, '/');
		const card = page.getByRole('region', { name: /this morning/i });
		await card.getByRole('radio', { name: /^4\b/ }).check();
		await card.getByRole('button', { name: /^save$/i }).click();
		const advice = page.getByRole('region', { name: 'Advice' });
		await expect(advice).toContainText(/go easier/i);
		await expect(advice).toContainText(
			'worse this morning (4 out of 10) than on a usual morning (1)'
		);
	});

	test('Not today skips the question for good', async ({ page }) => {
		await seed(page, [stored({ pain: 3 })]);
		await page.clock.install({ time: new Date('2026-03-04T07:30:00') });
		await open(page, '/');
		await page
			.getByRole('region', { name: /this morning/i })
			.getByRole('button', { name: 'Not today' })
			.click();
		await expect(page.getByRole('heading', { name: /this morning/i })).toHaveCount(0);
		await page.reload();
		await expect(page.getByRole('region', { name: 'This week' })).toBeVisible();
		await expect(page.getByRole('heading', { name: /this morning/i })).toHaveCount(0);
	});
});

test('a check-in added later from History, then corrected, and the advice follows it', async ({
	page
}) => {
	await seed(page, [stored()]);
	await page.clock.install({ time: new Date('2026-03-03T20:00:00') });
	await open(page, '/history');
	const item = page.getByRole('listitem').filter({ hasText: "Runner's knee: foundation" });
	await expect(item).toContainText('No check-in');
	await item.getByRole('button', { name: /^Add check-in/ }).click();
	await item.getByRole('radio', { name: /^4\b/ }).check();
	await item.getByRole('button', { name: /^save$/i }).click();
	await expect(item).toContainText('Knee pain 4/10 acceptable');
	await expect(page.getByRole('region', { name: 'Advice' })).toContainText('acceptable');

	await item.getByRole('button', { name: /^Correct check-in/ }).click();
	await expect(item.getByRole('radio', { name: /^4\b/ })).toBeChecked();
	await item.getByRole('radio', { name: /^7\b/ }).check();
	await item.getByRole('button', { name: /^save$/i }).click();
	await expect(item).toContainText('Knee pain 7/10 too much');
	await open(page, '/');
	await expect(page.getByRole('region', { name: 'Advice' })).toContainText(/go easier/i);
});

test.describe('what was done is what the record says', () => {
	test.beforeEach(async ({ page }) => {
		await page.clock.install({ time: new Date('2026-03-04T07:00:00') });
	});

	test('skipping through a routine is not Completed and counts for nothing', async ({ page }) => {
		test.slow();
		const { routines } = await catalogue(page);
		const routine = routines.find((r) => r.id === 'prerun-short')!;
		const sets = routine.timeline.filter((s) => s.kind === 'work' && s.side !== 'left');
		await open(page, `/play/${routine.id}`);
		// Time stands still: whatever is recorded as played comes from the skips alone.
		await page.clock.pauseAt(new Date('2026-03-04T07:00:10'));
		await page.getByRole('button', { name: /^start$/i }).click();
		const skip = page.getByRole('button', { name: /^skip$/i });
		for (let i = 0; i < routine.timeline.length; i++) {
			if (await page.getByRole('heading', { name: /routine complete/i }).isVisible()) break;
			await skip.click();
		}
		await expect(page.getByRole('heading', { name: /routine complete/i })).toBeVisible();
		await expect(page.getByText(`Partly done: 0 of ${sets.length} sets`)).toBeVisible();
		await page.getByRole('button', { name: 'Skip' }).click();

		await open(page, '/history');
		const item = page.getByRole('listitem').filter({ hasText: routine.name });
		await expect(item).toContainText(`Partly done: 0 of ${sets.length} sets`);
		await expect(item).not.toContainText('Completed');
		await expect(item).toContainText('0 s');
		await expect(page.getByRole('region', { name: 'Progress' })).toContainText(
			/Sessions this week\s*0 of 3/
		);
		await expect(page.getByRole('region', { name: 'Progress' })).toContainText(
			/Minutes this week\s*0/
		);
	});

	test('a session left without End is offered on / while fresh, and kept as ended early once stale', async ({
		page
	}) => {
		test.slow();
		await open(page, '/play/knee-foundation');
		await page.clock.pauseAt(new Date('2026-03-04T07:00:10'));
		await page.getByRole('button', { name: /^start$/i }).click();
		await page.clock.runFor(45_000);
		await page.clock.resume();
		// Back to the routines, without End.
		await open(page, '/');
		const offer = page.getByRole('region', { name: /^Unfinished session/ });
		await expect(offer).toContainText(/4\d s in/);
		await offer.getByRole('link', { name: 'Resume' }).click();
		await expect(page.getByRole('button', { name: /^resume$/i })).toBeVisible();
		await open(page, '/routines/knee-foundation');
		await expect(page.getByRole('region', { name: /^Unfinished session/ })).toBeVisible();

		// Five hours later it has gone stale: no longer offered, in the history as ended early.
		await page.clock.fastForward('05:00:00');
		await open(page, '/');
		await expect(page.getByRole('region', { name: 'This week' })).toBeVisible();
		await expect(page.getByRole('region', { name: /^Unfinished session/ })).toHaveCount(0);
		await open(page, '/history');
		const item = page.getByRole('listitem').filter({ hasText: "Runner's knee: foundation" });
		await expect(item).toHaveCount(1);
		await expect(item).toContainText(/Ended early: \d+ of \d+\s+sets/);
		await expect(item).toContainText(/· 4\d s/);
	});
});
