import { expect, open, test } from './fixtures';

test('sound settings are saved at once and survive a reload', async ({ page, consoleErrors }) => {
	await open(page, '/settings');
	const sound = page.getByRole('checkbox', { name: 'Sound', exact: true });
	const voice = page.getByRole('checkbox', { name: 'Voice', exact: true });
	const volume = page.getByRole('slider', { name: 'Volume' });
	await expect(sound).toBeChecked();
	await expect(voice).toBeChecked();
	await voice.uncheck();
	await volume.fill('0.4');
	await page.getByRole('radio', { name: '5 seconds' }).check();
	await page.getByRole('combobox', { name: 'Default rest' }).selectOption('45');

	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(voice).not.toBeChecked();
	await expect(sound).toBeChecked();
	await expect(volume).toHaveValue('0.4');
	await expect(page.getByRole('radio', { name: '5 seconds' })).toBeChecked();
	await expect(page.getByRole('combobox', { name: 'Default rest' })).toHaveValue('45');
	expect(consoleErrors).toEqual([]);
});

test('a change reaches another open tab at once', async ({ page, context }) => {
	await open(page, '/settings');
	const other = await context.newPage();
	await open(other, '/settings');
	await page.getByRole('checkbox', { name: 'Sound', exact: true }).uncheck();
	await expect(other.getByRole('checkbox', { name: 'Sound', exact: true })).not.toBeChecked();
});
