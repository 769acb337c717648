import { expect, open, test } from './fixtures';

test('a corrupted saved session is kept aside, told once, and the player still works', async ({
	page
}) => {
	await page.addInitScript(() => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('patella:run:knee-foundation:v1', '{"v":1,"data":{"routineId":');
			sessionStorage.setItem('seeded', '1');
		}
	});
	await open(page, '/play/knee-foundation');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(/place in this routine/i);
	await page.getByRole('button', { name: /^start$/i }).click();
	await expect(page.getByRole('button', { name: /^pause$/i })).toBeVisible();
	const keys = await page.evaluate(() => Object.keys(localStorage));
	expect(keys.some((k) => k.startsWith('patella:backup:run:knee-foundation:'))).toBe(true);
	await alert.getByRole('button', { name: 'Dismiss' }).click();
	await expect(page.getByRole('alert')).toHaveCount(0);
});
