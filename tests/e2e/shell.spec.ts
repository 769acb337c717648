import { expect, open, test } from './fixtures';

const pages = [
	{ path: '/', heading: 'Routines', tab: 'Routines' },
	{ path: '/stretches', heading: 'Pre-run warm-up', tab: 'Warm-up' },
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

test('an unknown address says so once, in words, with a way home', async ({ page }) => {
	await open(page, '/no-such-page');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
	await expect(page.getByText("There's no page at this address.")).toBeVisible();
	// Not SvelteKit's own "Not Found" under the heading.
	await expect(page.getByText('Not Found', { exact: true })).toHaveCount(0);
	await page.getByRole('link', { name: 'Back to routines' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
});

test.describe('when the data cannot be fetched', () => {
	// A service worker answers from its precache: here the page must meet the network itself.
	test.use({ serviceWorkers: 'block' });

	test('the error page gives the reason and what to do', async ({ page }) => {
		await open(page, '/history');
		await page.route('**/routine-cards.json', (route) => route.abort());
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Routines' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
		await expect(
			page.getByText('This could not be loaded. Check your connection, then reload the page.')
		).toBeVisible();
	});
});
