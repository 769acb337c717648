import { expect, open, test } from './fixtures';

// /stretches shows its drills from prerendered data (/stretches/data.json, inlined in the page),
// not from the exercise library; valibot and the saved routines load only when they are needed.

/** Text only the exercise library's code or the poses of every exercise hold: a strength exercise. */
const LIBRARY = ['Spanish squat', 'spanish-squat'];
/** Text only valibot's code holds (its parse options), for the routine schema. */
const VALIBOT = 'abortPipeEarly';

const drill = (name: string) => ({ name, exact: true });

test.describe('the warm-up page loads only what it shows', () => {
	// The service worker precaches every file in the background: here only what the page asks for.
	test.use({ serviceWorkers: 'block' });

	test('the first visit fetches neither the library nor valibot, nor the data file', async ({
		page,
		consoleErrors
	}) => {
		const scripts: Promise<string>[] = [];
		const data: string[] = [];
		page.on('response', (response) => {
			const url = response.url();
			if (url.endsWith('.js')) scripts.push(response.text());
			if (url.includes('data.json')) data.push(url);
		});
		await open(page, '/stretches');
		await expect(page.getByRole('checkbox', drill('Ankle rolls'))).toBeVisible();
		await page.getByRole('checkbox', drill('Ankle rolls')).check();
		await expect(page.getByTestId('picker-total')).not.toHaveText('0:00');

		const code = await Promise.all(scripts);
		expect(code.length).toBeGreaterThan(0);
		for (const text of code) {
			for (const name of LIBRARY) expect(text).not.toContain(name);
			expect(text).not.toContain(VALIBOT);
		}
		// The data came inlined in the page.
		expect(data).toEqual([]);
		expect(consoleErrors).toEqual([]);
	});

	test('opening Save as routine loads the schema, so saving does not wait for it', async ({
		page,
		consoleErrors
	}) => {
		await open(page, '/stretches');
		await page.getByRole('checkbox', drill('Ankle rolls')).check();
		const schema = page.waitForResponse(
			async (response) =>
				response.url().endsWith('.js') && (await response.text()).includes(VALIBOT)
		);
		await page.getByRole('button', { name: /save as routine/i }).click();
		await schema;
		const field = page.getByRole('textbox', { name: 'Routine name' });
		await field.fill('Quick ankles');
		await field.press('Enter');
		// Leaving at once keeps the routine: the save did not wait on a load.
		await open(page, '/');
		await expect(page.getByRole('heading', { name: /my routines/i })).toBeVisible();
		await expect(page.getByRole('link', { name: /Quick ankles/ }).first()).toBeVisible();
		expect(consoleErrors).toEqual([]);
	});

	test('a client-side visit fetches the data and shows the drills', async ({ page }) => {
		await open(page, '/');
		const fetched = page.waitForResponse('**/stretches/data.json');
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Warm-up' })
			.click();
		expect((await fetched).ok()).toBe(true);
		await expect(page.getByRole('heading', { level: 1, name: 'Pre-run warm-up' })).toBeVisible();
		await page.getByRole('checkbox', drill('Ankle rolls')).check();
		await expect(page.getByRole('button', { name: 'Remove Ankle rolls' })).toBeVisible();
	});

	test('a client-side visit whose data does not arrive gets the error page, not a crash', async ({
		page
	}) => {
		await open(page, '/');
		await page.route('**/stretches/data.json', (route) => route.abort());
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Warm-up' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
		await expect(
			page.getByText('This could not be loaded. Check your connection, then reload the page.')
		).toBeVisible();
		await page.unroute('**/stretches/data.json');
		await page.reload();
		await expect(page.getByRole('checkbox', drill('Ankle rolls'))).toBeVisible();
	});
});

/** Opens /stretches with `draft` stored as the picker's selection. */
async function withDraft(page: import('@playwright/test').Page, draft: unknown) {
	await open(page, '/stretches');
	await page.evaluate(
		(data) => localStorage.setItem('patella:picker:v1', JSON.stringify({ v: 1, data })),
		draft
	);
	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
}

test('a stored drill that is not a warm-up drill is left out and told, the rest kept', async ({
	page,
	consoleErrors
}) => {
	await withDraft(page, {
		items: [
			{ exercise: 'ankle-rolls', reps: 12 },
			{ exercise: 'spanish-squat' },
			{ exercise: 'no-such-drill' }
		],
		editing: null
	});
	await expect(page.getByRole('button', { name: 'Remove Ankle rolls' })).toBeVisible();
	await expect(
		page.getByRole('list', { name: 'Your warm-up, in play order' }).getByRole('listitem')
	).toHaveCount(1);
	await expect(
		page.getByText(/Part of your saved warm-up selection could not be read/)
	).toBeVisible();
	expect(consoleErrors).toEqual([]);
});

test('a draft of a routine that was deleted says so, and can be saved as a new one', async ({
	page
}) => {
	await withDraft(page, {
		items: [{ exercise: 'ankle-rolls', reps: 12 }],
		editing: 'my-gone-abc123'
	});
	const alert = page.getByRole('alert').filter({ hasText: 'no longer exists' });
	await expect(alert).toHaveText(/The routine you were editing no longer exists/);
	await alert.getByRole('button', { name: 'Stop editing' }).click();
	await expect(alert).toHaveCount(0);
	await page.getByRole('button', { name: /save as routine/i }).click();
	await page.getByRole('textbox', { name: 'Routine name' }).fill('Morning');
	await page.keyboard.press('Enter');
	await expect(page.getByText('Saved “Morning”')).toBeVisible();
});
