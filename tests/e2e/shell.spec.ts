import { expect, open, test } from './fixtures';

const pages = [
	{ path: '/', heading: 'Routines', tab: 'Routines' },
	{ path: '/stretches', heading: 'Pre-run stretches', tab: 'Stretches' },
	{ path: '/favorites', heading: 'Favorites', tab: 'Favorites' },
	{ path: '/history', heading: 'History', tab: 'History' },
	{ path: '/settings', heading: 'Settings', tab: 'Settings' }
];

for (const { path, heading, tab } of pages) {
	test(`${path} shows its heading, the safety note and no console error`, async ({
		page,
		consoleErrors
	}) => {
		await open(page, path);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await expect(page.getByRole('link', { name: tab })).toHaveAttribute('aria-current', 'page');
		await expect(page.getByText('Patella is not medical advice')).toBeVisible();
		expect(consoleErrors).toEqual([]);
	});
}

test('the tab bar moves between every top-level page', async ({ page, consoleErrors }) => {
	await open(page, '/');
	for (const { heading, tab } of [...pages.slice(1), pages[0]!]) {
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: tab }).click();
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
	}
	expect(consoleErrors).toEqual([]);
});
