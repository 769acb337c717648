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

test('Settings warn that the voice may talk over a screen reader, and turn it off', async ({
	page
}) => {
	await open(page, '/settings');
	const voice = page.getByRole('checkbox', { name: 'Voice', exact: true });
	await expect(voice).toHaveAccessibleDescription(/screen reader/);
	await page.getByRole('button', { name: 'Turn the voice off' }).click();
	await expect(voice).not.toBeChecked();
	await expect(voice).toBeFocused();
	await expect(page.getByRole('button', { name: 'Turn the voice off' })).toHaveCount(0);
});

test('the import control is a button that takes a file', async ({ page }) => {
	await open(page, '/settings');
	const input = page.getByLabel(/import/i);
	await expect(input).toHaveAttribute('type', 'file');
	const shown = page.getByText('Import a backup…');
	await expect(shown).toBeVisible();
	expect((await shown.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	await input.setInputFiles({
		name: 'x.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{')
	});
	await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
});
