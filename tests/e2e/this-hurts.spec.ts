// "This hurts" in the player: the easier variant for the rest of the session, skip, or end; each
// recorded, shown in History and named in the advice. And the longer get-ready before an exercise
// done in another position.
import type { Page } from '@playwright/test';
import { expect, open, seedStore, test, violations } from './fixtures';

/** Sit to stand (its easier variant, the mini squat, is done the same way), then a floor bridge. */
const routine = {
	id: 'my-sore-day',
	name: 'My sore day',
	kind: 'strength',
	goal: 'Sit to stand and a bridge.',
	level: 'easy',
	focus: ['knee'],
	items: [
		{ exercise: 'sit-to-stand', sets: 2, reps: 3, tempo: 2, rest: 5 },
		{ exercise: 'glute-bridge', sets: 1, reps: 3, tempo: 2 }
	],
	restBetween: 5,
	sources: []
};
// Get ready 10 s, set 1 (6 s), rest 5 s, set 2 (6 s), rest 5 s, get ready 15 s (to the floor), bridge 6 s.
const SET_ONE_AT = 10_000;

test.beforeEach(async ({ page }) => {
	test.setTimeout(120_000);
	await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
	await seedStore(page, 'patella:routines:v1', [routine]);
});

/** Opens the player, starts, and plays `ms` on a paused clock. */
async function playFor(page: Page, ms: number): Promise<void> {
	await open(page, `/play/${routine.id}`);
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.clock.runFor(ms);
}

/** Checks in after the routine with knee pain `pain`. */
async function checkIn(page: Page, pain: number): Promise<void> {
	await expect(
		page.getByRole('heading', { name: /routine complete|session ended/i })
	).toBeVisible();
	await page
		.getByRole('radiogroup', { name: 'Knee pain' })
		.getByRole('radio', { name: new RegExp(`^${pain}\\b`) })
		.check();
	await page.getByRole('button', { name: /^save$/i }).click();
}

test('swap: the easier variant plays for the rest of the session, after a reload too, and is recorded', async ({
	page,
	consoleErrors
}) => {
	await playFor(page, SET_ONE_AT + 2000);
	const current = page.getByTestId('current-label');
	await expect(current).toHaveText('Sit to stand');
	await page.getByRole('button', { name: 'This hurts' }).click();
	const offer = page.getByRole('dialog', { name: 'This hurts' });
	await expect(offer).toBeVisible();
	await expect(offer.getByRole('button', { name: /skip sit to stand/i })).toBeVisible();
	await expect(offer.getByRole('button', { name: /end session/i })).toBeVisible();
	// The timer holds while it asks.
	await expect(page.getByRole('button', { name: /^resume$/i })).toBeAttached();
	await page.clock.resume();
	expect(await violations(page)).toEqual([]);
	await page.clock.pauseAt(new Date('2026-03-02T07:01:00'));

	await offer.getByRole('button', { name: /swap to mini squat/i }).click();
	await expect(offer).toBeHidden();
	await expect(current).toHaveText('Mini squat');
	await expect(page.getByRole('button', { name: /^pause$/i })).toBeVisible();

	// A reload resumes with the swap; the second set is a mini squat too.
	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(current).toHaveText('Mini squat');
	await page.getByRole('button', { name: /^resume$/i }).click();
	await page.clock.runFor(10_000);
	await expect(current).toHaveText('Mini squat');
	await expect(page.getByTestId('next-label')).toHaveText(/rest/i);
	await page.clock.runFor(40_000);
	await checkIn(page, 2);
	await expect(page.getByRole('region', { name: 'Advice' })).toContainText(
		/swapped Sit to stand for Mini squat/i
	);

	await open(page, '/history');
	await expect(page.getByText('This hurts: Swapped Sit to stand for Mini squat')).toBeVisible();
	await open(page, '/');
	await expect(page.getByRole('region', { name: 'Advice' })).toContainText(
		/go easier|back off|ease off|take it easy/i
	);
	expect(consoleErrors).toEqual([]);
});

test('skip goes on past the exercise; the bridge, with no easier variant that fits, offers skip and end', async ({
	page
}) => {
	await playFor(page, SET_ONE_AT + 1000);
	await page.getByRole('button', { name: 'This hurts' }).click();
	await page.getByRole('button', { name: /skip sit to stand/i }).click();
	const current = page.getByTestId('current-label');
	// The rest before the next exercise, then the longer get-ready to lie down for the bridge.
	await expect(current).toHaveText('Rest');
	await page.clock.runFor(5000);
	await expect(current).toHaveText('Get ready');
	await expect(page.getByText('Change position')).toBeVisible();
	await expect(page.getByRole('timer', { name: 'Time remaining' })).toHaveText('0:15');

	await page.getByRole('button', { name: 'This hurts' }).click();
	const offer = page.getByRole('dialog', { name: 'This hurts' });
	await expect(
		offer.getByText(/glute bridge has no easier variant that fits this set/i)
	).toBeVisible();
	await expect(offer.getByRole('button', { name: /swap/i })).toHaveCount(0);
	await offer.getByRole('button', { name: 'Keep going' }).click();
	await expect(page.getByRole('button', { name: /^pause$/i })).toBeVisible();
	await page.clock.runFor(25_000);
	await checkIn(page, 1);

	await open(page, '/history');
	await expect(page.getByText('This hurts: Skipped Sit to stand')).toBeVisible();
	await expect(page.getByText(/partly done/i)).toBeVisible();
});

test('end: the session ends at once, recorded as ended early with the reason', async ({ page }) => {
	await playFor(page, SET_ONE_AT + 3000);
	await page.getByRole('button', { name: 'This hurts' }).click();
	await page.getByRole('button', { name: /end session/i }).click();
	await checkIn(page, 4);
	await expect(page.getByRole('region', { name: 'Advice' })).toContainText(
		/ended during sit to stand/i
	);
	await open(page, '/history');
	await expect(page.getByText('This hurts: Ended during Sit to stand')).toBeVisible();
	await expect(page.getByText(/ended early/i)).toBeVisible();
});

test.describe('on a desktop', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test("the how-to's figure is large enough to read", async ({ page }) => {
		// Into the bridge's get-ready: How to do Glute bridge, its figure inside the panel.
		await playFor(page, 10_000 + 6000 + 5000 + 6000 + 5000 + 2000);
		await page.getByText('How to do Glute bridge').click();
		const figure = page.locator('.how-to .figure svg');
		const box = (await figure.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(160);
		expect(box.height).toBeGreaterThanOrEqual(160);
		await expect(figure).toHaveAccessibleName(/bridge/i);
		// The one below gives way rather than shrink to a sliver.
		await expect(page.locator('.now > .figure')).toBeHidden();
		await page.clock.resume();
		expect(await violations(page)).toEqual([]);
	});
});
