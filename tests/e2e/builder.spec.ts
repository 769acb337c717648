import type { Locator } from '@playwright/test';
import { expect, open, test } from './fixtures';

/**
 * Whether the element is inside the viewport and on top there: the points at its top, middle and
 * bottom hit it, not the sticky Save bar or the bottom nav.
 */
async function inSight(locator: Locator): Promise<boolean> {
	return locator.evaluate((element) => {
		const box = element.getBoundingClientRect();
		if (box.height === 0 || box.top < 0 || box.bottom > window.innerHeight) return false;
		const x = box.left + Math.min(box.width / 2, 40);
		return [box.top + 2, box.top + box.height / 2, box.bottom - 2].every((y) => {
			const hit = document.elementFromPoint(x, y);
			return hit !== null && element.contains(hit);
		});
	});
}

test('Save with no name and no exercises: the problems show, uncovered, and leave once fixed', async ({
	page
}) => {
	await open(page, '/builder');
	const name = page.getByRole('textbox', { name: 'Name' });
	await page.getByRole('button', { name: 'Save' }).click();

	const summary = page.getByRole('alert');
	await expect(summary).toContainText('Name must not be empty');
	await expect(summary).toContainText('A routine needs at least one exercise');
	expect(await inSight(summary)).toBe(true);
	await expect(name).toBeFocused();
	await expect(name).toHaveAttribute('aria-invalid', 'true');
	await expect(name).toHaveAccessibleDescription('Name must not be empty.');
	expect(await inSight(page.locator('#routine-name-error'))).toBe(true);

	// Fixing the name clears its message at once, without another Save.
	await name.fill('Tuesday knees');
	await expect(name).not.toHaveAttribute('aria-invalid');
	await expect(page.getByText('Name must not be empty')).toHaveCount(0);
	await expect(summary).toContainText('A routine needs at least one exercise');

	await page.getByRole('button', { name: 'Add Clamshell' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a bad dose further down: its field gets the focus and its message, clear of the Save bar', async ({
	page
}) => {
	await open(page, '/builder');
	await page.getByRole('textbox', { name: 'Name' }).fill('Tuesday knees');
	for (const exercise of ['Clamshell', 'Wall sit', 'Terminal knee extension']) {
		await page.getByRole('button', { name: `Add ${exercise}` }).click();
	}
	const items = page.getByRole('list', { name: 'Exercises in the routine' });
	const last = items.getByRole('listitem').filter({ hasText: 'Terminal knee extension' });
	const reps = last.getByRole('spinbutton', { name: 'Reps' });
	await reps.fill('500');
	await page.getByRole('button', { name: 'Save' }).click();

	await expect(page.getByRole('alert')).toContainText('Exercise 3: reps must be between 1 and 100');
	await expect(reps).toBeFocused();
	await expect(reps).toHaveAttribute('aria-invalid', 'true');
	await expect(reps).toHaveAccessibleDescription('Reps must be between 1 and 100.');
	const message = last.getByText('Reps must be between 1 and 100.');
	expect(await inSight(reps)).toBe(true);
	expect(await inSight(message)).toBe(true);

	await reps.fill('12');
	await expect(message).toHaveCount(0);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(reps).not.toHaveAttribute('aria-invalid');
});
