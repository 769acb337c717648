// The lessons and the new routines, as a runner meets them: a lesson linked from a routine's page and
// from the safety note, a tendon stage with its entry rule, and a walk-run routine in the catalogue.
import { expect, open, test } from './fixtures';

test('a routine links to its lessons; a lesson reads with its sources and leads to the next', async ({
	page,
	consoleErrors
}) => {
	await open(page, '/routines/knee-foundation');
	const guide = page.getByRole('region', { name: 'How to use it' });
	await expect(guide).toContainText(/three times a week for at least six weeks/i);
	await guide.getByRole('link', { name: "Runner's knee, and why strength helps" }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		"Runner's knee, and why strength helps"
	);
	await expect(page.getByRole('region', { name: 'Sources' }).getByRole('listitem')).not.toHaveCount(
		0
	);
	await page.getByRole('link', { name: 'Kneecap pain or tendon pain?' }).click();
	await expect(page).toHaveURL(/\/learn\/kneecap-or-tendon$/);
	expect(consoleErrors).toEqual([]);
});

test('the safety note links to the pain lesson and to the list of lessons', async ({ page }) => {
	await open(page, '/');
	const safety = page.getByRole('complementary', { name: 'Safety' });
	await safety.getByRole('link', { name: 'How much pain is OK?' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('How much pain is OK?');
	await page.getByRole('link', { name: 'Learn' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Learn');
	await expect(
		page.getByRole('link', { name: 'When to see a doctor or physiotherapist' })
	).toBeVisible();
});

test('a tendon stage says when to start it; a walk-run routine shows under Walk-run', async ({
	page
}) => {
	await open(page, '/routines/tendon-slow-strength');
	await expect(page.getByRole('region', { name: 'How to use it' })).toContainText(
		/stage 2 of 4.*single-leg squat on a slope.*3 out of 10 or less/i
	);
	await open(page, '/');
	await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Walk-run' }).click();
	await expect(page.getByRole('link', { name: /Walk-run, step 1\b/ })).toBeVisible();
	await page.getByRole('link', { name: /Walk-run, step 1\b/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Walk-run, step 1');
	await expect(page.getByText('Easy run').first()).toBeVisible();
});

test('the catalogue alternates runs and walks in every walk-run routine', async ({ request }) => {
	const catalogue = await (await request.get('/routines.json')).json();
	const runs = catalogue.routines.filter((r: { kind: string }) => r.kind === 'run');
	expect(runs.length).toBeGreaterThanOrEqual(9);
	for (const r of runs) {
		const work = r.timeline.filter((s: { kind: string }) => s.kind === 'work');
		work.forEach((s: { label: string }, i: number) =>
			expect(s.label).toMatch(i % 2 === 0 ? /walk/i : /run|jog/i)
		);
	}
});

test('the player plays a walk-run routine: a walk, then a run, each a timed segment', async ({
	page
}) => {
	await open(page, '/play/walk-run-1');
	await page.getByRole('button', { name: /^start$/i }).click();
	const current = page.getByTestId('current-label');
	const next = page.getByTestId('next-label');
	await page.getByRole('button', { name: /^skip$/i }).click();
	await expect(current).toHaveText('Walk');
	await expect(next).toHaveText('Easy run');
	// The clock runs on in real time: the 5-minute walk has just begun.
	await expect(page.getByRole('timer', { name: 'Time remaining' })).toHaveText(/^(5:00|4:[45]\d)$/);
	await page.getByRole('button', { name: /^skip$/i }).click();
	await expect(current).toHaveText('Easy run');
	await expect(page.getByRole('timer', { name: 'Time remaining' })).toHaveText(/^(1:00|0:[45]\d)$/);
});
