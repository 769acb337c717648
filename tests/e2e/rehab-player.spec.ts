// The player for rehab: self-paced sets, the runner's transitions, a live region that does not
// talk over a screen reader, and controls that stay on screen with large text.
import type { Page } from '@playwright/test';
import { catalogue, mss } from './catalogue';
import { expect, open, test, violations } from './fixtures';
import { seedTinyRoutine, tinyRoutine } from './platform';

interface Detail {
	id: string;
	text: string;
	segment: number;
}

test.beforeEach(async ({ page }) => {
	// A full session with axe at the end: generous on a busy machine.
	test.setTimeout(120_000);
	await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
	await page.addInitScript(() => {
		const w = window as unknown as { cues: Detail[] };
		w.cues = [];
		window.addEventListener('patella:cue', (e) => w.cues.push((e as CustomEvent<Detail>).detail));
	});
});

/** Turns a setting on, or picks a length, on /settings as a runner would. */
async function settingsPage(page: Page, change: (page: Page) => Promise<void>): Promise<void> {
	await open(page, '/settings');
	await change(page);
}

test('self-paced reps: a set waits for Done, counts up, pauses, resumes after a reload', async ({
	page,
	consoleErrors
}) => {
	const { routines } = await catalogue(page);
	const routine = routines.find((r) => r.id === 'knee-foundation')!;
	const [prepare, left, change, right] = routine.timeline;
	expect(left!.reps).not.toBeNull();

	await settingsPage(page, (p) => p.getByRole('checkbox', { name: 'Self-paced reps' }).check());
	await open(page, `/play/${routine.id}`);
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	const timer = page.getByRole('timer', { name: 'Time remaining' });
	const current = page.getByTestId('current-label');
	const doneButton = page.getByRole('button', { name: /^done$/i });
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.clock.runFor(prepare!.durationMs);

	// Long past its paced length, the set is still on, its time counting up.
	await expect(current).toHaveText(left!.label);
	await expect(doneButton).toBeVisible();
	await expect(timer).toHaveText('0:00');
	await page.clock.runFor(left!.durationMs + 15_000);
	await expect(current).toHaveText(left!.label);
	await expect(timer).toHaveText(mss(left!.durationMs + 15_000));
	await expect(page.getByText(`${left!.reps} reps, at your pace`)).toBeVisible();

	// Space still pauses: the clock holds.
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: /^resume$/i })).toBeVisible();
	await page.clock.runFor(20_000);
	await expect(timer).toHaveText(mss(left!.durationMs + 15_000));
	await page.keyboard.press('Space');

	await doneButton.click();
	await expect(current).toHaveText(change!.label);
	await expect(timer).toHaveText(mss(change!.durationMs));
	await page.clock.runFor(change!.durationMs + 12_000);
	await expect(current).toHaveText(right!.label);

	// The voice's cue names the exercise; no rep ticks or countdown in a self-paced set.
	const cues = await page.evaluate(() => (window as unknown as { cues: Detail[] }).cues);
	expect(cues.find((c) => c.segment === 1)).toMatchObject({ id: 'go', text: /Clamshell/ });
	expect(cues.filter((c) => c.segment === 1 || c.segment === 3).map((c) => c.id)).toEqual([
		'go',
		'go'
	]);

	// A reload in the set offers Resume there, still waiting for Done.
	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await page.getByRole('button', { name: /^resume$/i }).click();
	await expect(current).toHaveText(right!.label);
	await expect(timer).toHaveText('0:12');
	await expect(doneButton).toBeVisible();
	await page.clock.runFor(60_000);
	await expect(current).toHaveText(right!.label);
	await page.clock.resume();
	expect(await violations(page)).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('the catalogue timeline is the same with self-paced reps on', async ({ page }) => {
	const before = await catalogue(page);
	await settingsPage(page, (p) => p.getByRole('checkbox', { name: 'Self-paced reps' }).check());
	expect(await catalogue(page)).toEqual(before);
});

test('the Cue live region announces exercises, sides and rests, never the numbers', async ({
	page
}) => {
	await seedTinyRoutine(page);
	await open(page, `/play/${tinyRoutine.id}`);
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	const cue = page.getByRole('status', { name: 'Cue' });
	await page.getByRole('button', { name: /^start$/i }).click();

	// The countdown of "Get ready": shown, not in the region.
	await page.clock.runFor(7_000);
	await expect(page.locator('.tick')).toHaveText('3');
	await expect(cue).toMatchAriaSnapshot(`- status "Cue"`);
	await page.clock.runFor(3_000);
	await expect(cue).toMatchAriaSnapshot(`- status "Cue": Wall sit`);
	// Its own countdown leaves the region with the exercise.
	await page.clock.runFor(8_000);
	await expect(page.locator('.tick')).toHaveText('2');
	await expect(cue).toMatchAriaSnapshot(`- status "Cue": Wall sit`);
	await page.clock.runFor(2_000);
	await expect(cue).toMatchAriaSnapshot(`- status "Cue": Rest`);
	await page.clock.resume();
	expect(await violations(page)).toEqual([]);
});

test('transitions: the get-ready and switch lengths come from Settings; a switch takes +10 s', async ({
	page
}) => {
	const { routines } = await catalogue(page);
	const routine = routines.find((r) => r.id === 'knee-foundation')!;
	const switchAt = routine.timeline.findIndex((s) => s.kind === 'switch');
	const before = routine.timeline.slice(0, switchAt).reduce((t, s) => t + s.durationMs, 0);
	await settingsPage(page, async (p) => {
		await p.getByRole('combobox', { name: 'Get ready' }).selectOption('20');
		await p.getByRole('combobox', { name: 'Switch sides' }).selectOption('10');
	});
	await open(page, `/play/${routine.id}`);
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	const timer = page.getByRole('timer', { name: 'Time remaining' });
	await page.getByRole('button', { name: /^start$/i }).click();
	await expect(timer).toHaveText('0:20');
	await page.clock.runFor(before + 10_000);
	await expect(page.getByTestId('current-label')).toHaveText('Switch sides');
	await expect(timer).toHaveText('0:10');
	await page
		.getByRole('group', { name: 'Adjust switch' })
		.getByRole('button', { name: '+10 s' })
		.click();
	await expect(timer).toHaveText('0:20');
	await page.clock.resume();
	expect(await violations(page)).toEqual([]);
});

test.describe('with the text at 200 %', () => {
	test.use({ viewport: { width: 360, height: 780 } });

	test("the player's Start/Pause, Skip and Back stay on screen", async ({ page }) => {
		await seedTinyRoutine(page);
		await open(page, `/play/${tinyRoutine.id}`);
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
		const controls = (primary: RegExp) => [
			page.getByRole('button', { name: primary }),
			page.getByRole('button', { name: /^skip$/i }),
			page.getByRole('button', { name: /^back$/i })
		];
		for (const control of controls(/^start$/i)) await expect(control).toBeInViewport({ ratio: 1 });
		await page.getByRole('button', { name: /^start$/i }).click();
		await page.clock.runFor(12_000);
		for (const control of controls(/^pause$/i)) await expect(control).toBeInViewport({ ratio: 1 });
		await expect(page.getByRole('timer', { name: 'Time remaining' })).toBeInViewport({ ratio: 1 });
		// In a rest, with its -/+ 10 s.
		await page.clock.runFor(9_000);
		await expect(page.getByTestId('current-label')).toHaveText('Rest');
		for (const control of controls(/^pause$/i)) await expect(control).toBeInViewport({ ratio: 1 });
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
		).toBe(0);
	});
});

test('how to do it is one tap away in the get-ready, a rest and a pause', async ({ page }) => {
	await seedTinyRoutine(page);
	await open(page, `/play/${tinyRoutine.id}`);
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	const howTo = page.getByText('How to do Wall sit');
	await page.getByRole('button', { name: /^start$/i }).click();
	await howTo.click();
	await expect(page.getByText('Common mistakes')).toBeVisible();
	await expect(page.getByTestId('current-label')).toHaveText('Get ready');
	await page.clock.runFor(11_000);
	await expect(howTo).toHaveCount(0);
	await page.keyboard.press('Space');
	await expect(howTo).toBeVisible();
	await page.keyboard.press('Space');
	await page.clock.runFor(10_000);
	await expect(page.getByTestId('current-label')).toHaveText('Rest');
	await expect(howTo).toBeVisible();
	await page.clock.resume();
	expect(await violations(page)).toEqual([]);
});
