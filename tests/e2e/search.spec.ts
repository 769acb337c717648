// Search on /: what runners type (a muscle in plain words, a knee symptom) finds its routines, and the
// filters live in the address.
import { catalogue } from './catalogue';
import { expect, open, test } from './fixtures';

test('the search finds what runners type: a muscle in plain words, a knee symptom', async ({
	page,
	consoleErrors
}) => {
	await open(page, '/');
	const search = page.getByRole('searchbox', { name: 'Search routines' });
	const cards = page.getByRole('heading', { level: 3 });

	await search.fill('quads');
	await expect(cards.filter({ hasText: 'Quad strength' })).toHaveCount(1);

	// Pain on stairs, when squatting or kneeling is runner's knee: its routines come up.
	for (const symptom of ['stairs', 'squatting', 'kneeling']) {
		await search.fill(symptom);
		await expect(cards.filter({ hasText: "Runner's knee: foundation" })).toHaveCount(1);
		await expect(cards.filter({ hasText: 'Pre-run warm-up' })).toHaveCount(0);
	}
	expect(consoleErrors).toEqual([]);
});

test('the filters live in the address: a reload and Back keep them', async ({ page }) => {
	const { routines } = await catalogue(page);
	await open(page, '/');
	const cards = page.getByRole('heading', { level: 3 });
	await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Strength' }).click();
	await page.getByRole('combobox', { name: 'Focus' }).selectOption({ label: 'Knee' });
	await page.getByRole('searchbox', { name: 'Search routines' }).fill('stairs');
	await expect(page).toHaveURL(/\/\?kind=strength&focus=knee&q=stairs$/);
	const shown = await cards.allTextContents();
	expect(shown.length).toBeGreaterThan(0);
	expect(shown.length).toBeLessThan(routines.length);

	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(cards).toHaveText(shown);
	await expect(page.getByRole('searchbox', { name: 'Search routines' })).toHaveValue('stairs');
	await expect(page.getByRole('combobox', { name: 'Focus' })).toHaveValue('knee');
	await expect(page.getByRole('button', { name: 'Strength', pressed: true })).toBeVisible();

	await cards.first().getByRole('link').click();
	await expect(page).toHaveURL(/\/routines\//);
	await page.goBack();
	await expect(cards).toHaveText(shown);

	// Clearing them leaves a bare address; nonsense in it is ignored.
	await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'All' }).click();
	await page.getByRole('combobox', { name: 'Focus' }).selectOption('all');
	await page.getByRole('searchbox', { name: 'Search routines' }).fill('');
	await expect(page).toHaveURL(/\/$/);
	await open(page, '/?kind=nonsense&focus=elbow');
	await expect(cards).toHaveCount(routines.length);
});
