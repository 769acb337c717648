// The builder as a runner uses it: each exercise comes at its recommended dose and rest, with its
// picture; a preview lists what the player will play; adding one twice is asked about first; and
// an item can be self-paced, which the player honours.
import type { Page } from '@playwright/test';
import { expect, open, test, violations } from './fixtures';

const items = (page: Page) => page.getByRole('list', { name: 'Exercises in the routine' });

async function add(page: Page, name: string): Promise<void> {
	await page.getByRole('searchbox', { name: 'Search exercises' }).fill(name);
	await page.getByRole('button', { name: `Add ${name}`, exact: true }).click();
}

for (const scheme of ['light', 'dark'] as const) {
	test(`an exercise comes at its own dose and rest, with its picture and a preview (${scheme})`, async ({
		page,
		consoleErrors
	}) => {
		await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
		await open(page, '/builder');
		// The library shows each exercise's picture beside its name.
		const found = page.getByRole('list', { name: 'Exercises found' });
		await expect(found.getByRole('listitem').first().locator('svg.figure')).toBeVisible();

		await add(page, 'Spanish squat');
		const spanish = items(page).getByRole('listitem').filter({ hasText: 'Spanish squat' });
		// The patellar tendon holds: 5 x 45 s with 2 min between them, not a default 30 s.
		await expect(spanish.getByRole('spinbutton', { name: 'Sets' })).toHaveValue('5');
		await expect(spanish.getByRole('spinbutton', { name: 'Hold' })).toHaveValue('45');
		await expect(spanish.getByRole('spinbutton', { name: 'Rest' })).toHaveValue('120');
		await expect(spanish.getByRole('img', { name: /Spanish squat/ })).toBeVisible();
		// A hold has no reps to pace.
		await expect(spanish.getByRole('checkbox')).toHaveCount(0);

		await add(page, 'Clamshell');
		const clamshell = items(page).getByRole('listitem').filter({ hasText: 'Clamshell' });
		await expect(clamshell.getByRole('spinbutton', { name: 'Reps' })).toHaveValue('12');
		await expect(clamshell.getByRole('spinbutton', { name: 'Rest' })).toHaveValue('30');

		// 10 s get ready; 5 x 45 s with 4 x 120 s; 30 s; 15 s get ready (down to the floor); clamshell
		// 3 x (36 + 5 + 36) with 2 x 30 s.
		const total = 10 + 5 * 45 + 4 * 120 + 30 + 15 + 3 * (36 + 5 + 36) + 2 * 30;
		const clock = `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
		await expect(page.getByTestId('builder-total')).toHaveText(clock);

		// The preview: every step as the player plays it, in order, with its length.
		await page.getByText('Preview', { exact: true }).click();
		const steps = page.getByRole('list', { name: 'Steps as the player plays them' });
		const rows = steps.getByRole('listitem');
		await expect(rows).toHaveCount(1 + 5 + 4 + 1 + 1 + 3 * 3 + 2);
		await expect(rows.nth(0)).toHaveText(/Get ready\s*0:10/);
		await expect(rows.nth(1)).toHaveText(/Spanish squat\s*Set 1 of 5\s*0:45/);
		await expect(rows.nth(2)).toHaveText(/Rest\s*2:00/);
		await expect(rows.nth(11)).toHaveText(/Get ready\s*0:15/);
		await expect(rows.nth(12)).toHaveText(/Clamshell\s*Left · set 1 of 3 · 12 reps\s*0:36/);
		await expect(page.getByText(`23 steps · ${clock}`)).toBeVisible();
		// Changing a dose changes the preview at once.
		await spanish.getByRole('spinbutton', { name: 'Sets' }).fill('2');
		await expect(rows).toHaveCount(1 + 2 + 1 + 1 + 1 + 3 * 3 + 2);

		expect(await violations(page)).toEqual([]);
		expect(consoleErrors).toEqual([]);
	});
}

test('adding an exercise twice is asked about first; Cancel adds nothing', async ({
	page,
	consoleErrors
}) => {
	await open(page, '/builder');
	await add(page, 'Clamshell');
	const addButton = page.getByRole('button', { name: 'Add Clamshell', exact: true });
	await addButton.click();

	const dialog = page.getByRole('dialog', { name: 'Add Clamshell again?' });
	await expect(dialog).toBeVisible();
	await expect(dialog).toHaveAccessibleDescription(/already exercise 1 of this routine/);
	// The safe answer has the focus: a stray Enter adds nothing.
	await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
	expect(await violations(page)).toEqual([]);
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	await expect(items(page).getByRole('listitem')).toHaveCount(1);
	await expect(page.getByRole('status')).toHaveText('Clamshell was not added again.');
	await expect(addButton).toBeFocused();

	// Escape adds nothing either.
	await addButton.click();
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(items(page).getByRole('listitem')).toHaveCount(1);

	// Add again does.
	await addButton.click();
	await dialog.getByRole('button', { name: 'Add again' }).click();
	await expect(dialog).toBeHidden();
	await expect(items(page).getByRole('heading', { level: 3 })).toHaveText([
		/Clamshell/,
		/Clamshell/
	]);
	await expect(page.getByRole('status')).toContainText('Added Clamshell: 2 exercises');
	// Another exercise goes straight in.
	await add(page, 'Wall sit');
	await expect(dialog).toBeHidden();
	await expect(items(page).getByRole('listitem')).toHaveCount(3);
	expect(consoleErrors).toEqual([]);
});

test('a self-paced item waits for Done in the player; the others keep their tempo', async ({
	page,
	consoleErrors
}) => {
	test.setTimeout(90_000);
	await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
	await open(page, '/builder');
	await page.getByRole('textbox', { name: 'Name' }).fill('Paced knees');
	await add(page, 'Clamshell');
	await add(page, 'Terminal knee extension');
	const paced = page.getByRole('checkbox', { name: /^Self-paced Clamshell/ });
	await expect(paced).not.toBeChecked();
	await paced.check();
	await page.getByText('Preview', { exact: true }).click();
	await expect(
		page.getByRole('list', { name: 'Steps as the player plays them' }).getByRole('listitem').nth(1)
	).toContainText('self-paced, until Done');
	expect(await violations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(/\/routines\/my-paced-knees-[a-z0-9]{6}$/);
	const id = page.url().split('/').at(-1)!;

	// The choice is kept: the edit page shows it checked.
	await open(page, `/builder/${id}`);
	await expect(page.getByRole('checkbox', { name: /^Self-paced Clamshell/ })).toBeChecked();
	await expect(
		page.getByRole('checkbox', { name: /^Self-paced Terminal knee extension/ })
	).not.toBeChecked();

	await open(page, `/play/${id}`);
	await page.clock.pauseAt(new Date('2026-03-02T07:10:00'));
	const current = page.getByTestId('current-label');
	const done = page.getByRole('button', { name: /^done$/i });
	await page.getByRole('button', { name: /^start$/i }).click();
	await page.clock.runFor(10_000);
	await expect(current).toHaveText('Clamshell');
	await expect(done).toBeVisible();
	// Long past its paced 36 s, the set is still on.
	await page.clock.runFor(90_000);
	await expect(current).toHaveText('Clamshell');
	await done.click();
	await expect(current).toHaveText('Switch sides');
	await expect(done).toBeHidden();

	// Each side of each set waits for Done; the rests and the switches run by time.
	await page.clock.runFor(5_000);
	await expect(current).toHaveText('Clamshell');
	await done.click();
	for (let set = 2; set <= 3; set++) {
		await page.clock.runFor(30_000);
		await expect(current).toHaveText('Clamshell');
		await done.click();
		await page.clock.runFor(5_000);
		await expect(current).toHaveText('Clamshell');
		await done.click();
	}
	// The next exercise keeps its tempo: no Done, and it ends by time. It is done standing, so a
	// longer get-ready (15 s) follows the rest.
	await expect(current).toHaveText('Rest');
	await page.clock.runFor(30_000);
	await expect(current).toHaveText('Get ready');
	await page.clock.runFor(15_000);
	await expect(current).toHaveText('Terminal knee extension');
	await expect(done).toBeHidden();
	// Its paced 10 reps x 3 s on the left side, then the switch.
	await page.clock.runFor(30_000);
	await expect(current).toHaveText('Switch sides');
	expect(consoleErrors).toEqual([]);
});

test('the Default rest setting sets the rest between exercises of a new routine', async ({
	page
}) => {
	await open(page, '/settings');
	await page.getByRole('combobox', { name: 'Default rest' }).selectOption('45');
	await open(page, '/builder');
	await expect(page.getByRole('spinbutton', { name: /Rest between exercises/ })).toHaveValue('45');
	// Each exercise keeps its own rest between sets all the same.
	await add(page, 'Wall sit');
	await expect(
		items(page).getByRole('listitem').getByRole('spinbutton', { name: 'Rest' })
	).toHaveValue('60');
});
