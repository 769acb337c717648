import { expect, open, test } from './fixtures';
import { catalogue } from './catalogue';
import { exercises } from '../../src/lib/routines/exercises';

test('/routines.json is the contract catalogue', async ({ page }) => {
	const data = await catalogue(page);
	expect(data.version).toBe(1);
	expect(data.exercises.length).toBeGreaterThanOrEqual(30);
	expect(data.routines.length).toBeGreaterThanOrEqual(10);
	for (const r of data.routines) {
		expect(r.totalMs).toBe(r.timeline.reduce((t, s) => t + s.durationMs, 0));
		expect(r.totalMs).toBeGreaterThanOrEqual(4 * 60_000);
		// A walk-run session holds up to 30 minutes of running between its walks.
		expect(r.totalMs).toBeLessThanOrEqual((r.kind === 'run' ? 45 : 30) * 60_000);
		for (const s of r.timeline) {
			expect(s.durationMs % 1000).toBe(0);
			expect(s.durationMs).toBeGreaterThanOrEqual(1000);
			if (s.exerciseId !== null) {
				expect(data.exercises.map((e) => e.id)).toContain(s.exerciseId);
			}
		}
	}
});

test('every routine has a card on / and a page with its exercises, Start and sources', async ({
	page,
	consoleErrors
}) => {
	test.setTimeout(120_000);
	const { routines } = await catalogue(page);
	await open(page, '/');
	for (const r of routines) {
		await expect(page.getByRole('link', { name: r.name })).toBeVisible();
	}
	for (const r of routines) {
		await open(page, `/routines/${r.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(r.name);
		const exerciseIds = [...new Set(r.timeline.map((s) => s.exerciseId).filter(Boolean))];
		await expect(page.getByRole('heading', { level: 3 })).toHaveCount(exerciseIds.length);
		await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
		await expect(page.getByRole('link', { name: /start/i })).toHaveAttribute(
			'href',
			`/play/${r.id}`
		);
	}
	expect(consoleErrors).toEqual([]);
});

test('on a 360 px phone, all five kind chips are on screen, none cut off', async ({ page }) => {
	await open(page, '/');
	const chips = page.getByRole('group', { name: 'Kind' }).getByRole('button');
	await expect(chips).toHaveText(['All', 'Strength', 'Warm-up', 'Stretch', 'Walk-run']);
	const width = page.viewportSize()!.width;
	expect(width).toBe(360);
	for (const chip of await chips.all()) {
		const box = (await chip.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(width);
		expect(box.width).toBeGreaterThanOrEqual(44);
		expect(box.height).toBeGreaterThanOrEqual(44);
	}
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
});

test("a routine's page: Start as wide as the buttons under it, how-to behind a marker, DOI links", async ({
	page,
	consoleErrors
}) => {
	await open(page, '/routines/knee-foundation');
	const start = (await page.getByRole('link', { name: /start/i }).boundingBox())!;
	const share = (await page.getByRole('button', { name: /^share$/i }).boundingBox())!;
	const bookmark = (await page.getByRole('button', { name: /bookmark/i }).boundingBox())!;
	expect(Math.round(start.x)).toBe(Math.round(bookmark.x));
	expect(Math.round(start.x + start.width)).toBe(Math.round(share.x + share.width));

	// The disclosure shows which way it will go, as History's "Show as a table" does.
	const wallSit = page.getByRole('listitem').filter({ hasText: 'Wall sit' });
	const howTo = wallSit.getByText('How to do it');
	const marker = () =>
		howTo.evaluate((el) => getComputedStyle(el, '::before').content.split(' / ')[0]);
	expect(await marker()).toBe('"▸"');
	await howTo.click();
	await expect(wallSit.getByRole('listitem').first()).toBeVisible();
	expect(await marker()).toBe('"▾"');
	// The routine's dose, and a description that does not contradict it.
	await expect(wallSit).toContainText('3 × 30 s hold');
	await expect(wallSit.getByText(/thigh hold/)).not.toHaveText(/\d+ s\b/);

	const sources = page.getByRole('region', { name: 'Sources' });
	await expect(sources.getByRole('listitem').first()).toContainText(
		/^Crossley KM, .*Barton CJ \(2016\)\. 2016 Patellofemoral pain consensus statement/
	);
	await expect(
		sources.getByRole('link', { name: 'doi:10.1136/bjsports-2016-096268' })
	).toHaveAttribute('href', 'https://doi.org/10.1136/bjsports-2016-096268');
	for (const link of await sources.getByRole('link').all()) {
		await expect(link).toHaveAttribute('href', /^https:\/\/doi\.org\/10\.\d+\//);
		await expect(link).toHaveAttribute('rel', 'noreferrer');
	}
	expect(consoleErrors).toEqual([]);
});

test("a fresh visitor's / filters the cards by kind, focus and search", async ({
	page,
	consoleErrors
}) => {
	const { routines } = await catalogue(page);
	await open(page, '/');
	const cards = page.getByRole('heading', { level: 3 });
	await expect(cards).toHaveText(routines.map((r) => r.name));
	await expect(page.getByRole('heading', { name: /my routines/i })).toHaveCount(0);

	await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Warm-up' }).click();
	const warmups = routines.filter((r) => r.kind === 'warmup').map((r) => r.name);
	expect(warmups.length).toBeGreaterThan(0);
	await expect(cards).toHaveText(warmups);
	await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'All' }).click();

	// Words of the search match the name or an exercise's name, in any case.
	await page.getByRole('searchbox', { name: 'Search routines' }).fill('WALL sit');
	const withWallSit = routines.filter(
		(r) => r.timeline.some((s) => s.exerciseId === 'wall-sit') || /wall sit/i.test(r.name)
	);
	expect(withWallSit.length).toBeGreaterThan(0);
	await expect(cards).toHaveText(withWallSit.map((r) => r.name));

	await page.getByRole('combobox', { name: 'Focus' }).selectOption({ label: 'Balance' });
	await page.getByRole('searchbox', { name: 'Search routines' }).fill('zzzz');
	await expect(cards).toHaveCount(0);
	await page.getByRole('button', { name: 'Clear the filters' }).click();
	await expect(cards).toHaveCount(routines.length);
	await expect(page.getByRole('combobox', { name: 'Focus' })).toHaveValue('all');
	expect(consoleErrors).toEqual([]);
});

test('every exercise has a page with its illustration, how-to and variants that lead on', async ({
	page,
	consoleErrors
}) => {
	test.setTimeout(240_000);
	const { exercises } = await catalogue(page);
	for (const e of exercises) {
		await open(page, `/exercises/${e.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.name);
		await expect(page.getByRole('img', { name: new RegExp(`^${e.name}:`) })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'How to do it' })).toBeVisible();
	}
	// A variant link opens the variant's own page.
	await open(page, '/exercises/glute-bridge');
	await page.getByRole('link', { name: 'Single-leg bridge' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Single-leg bridge');
	expect(consoleErrors).toEqual([]);
});

test('an exercise opened from a routine leads back to that routine', async ({ page }) => {
	await open(page, '/routines/quad-strength');
	await page.getByRole('link', { name: 'Wall sit', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wall sit');
	await page.getByRole('link', { name: 'Quad strength' }).click();
	await expect(page).toHaveURL(/\/routines\/quad-strength$/);
	// Opened on its own, it leads to all the routines.
	await open(page, '/exercises/wall-sit');
	await expect(page.getByRole('main').getByRole('link', { name: 'Routines' })).toHaveAttribute(
		'href',
		'/'
	);
});

test('a figure is named for the movement it shows', async ({ page }) => {
	await open(page, '/routines/knee-foundation');
	await expect(page.getByRole('img', { name: /^Clamshell: Lie on your side/ })).toBeVisible();
});

test.describe("a routine's page brings its own data", () => {
	// A service worker answers from its precache: here the page must meet the network itself.
	test.use({ serviceWorkers: 'block' });

	test('its first visit loads none of the library, the schema or the link code', async ({
		page,
		consoleErrors
	}) => {
		const scripts: Promise<string>[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script') scripts.push(response.text());
		});
		await open(page, '/routines/knee-foundation');
		await expect(page.getByRole('heading', { level: 3, name: 'Wall sit' })).toBeVisible();
		const code = (await Promise.all(scripts)).join('\n');
		expect(code.length).toBeGreaterThan(0);
		// Every exercise's "why" is library text; the routine's own ones come inlined in the page.
		for (const exercise of exercises) expect(code).not.toContain(exercise.why);
		expect(code).not.toContain('the exercise must be named by its id'); // the routine schema
		expect(code).not.toContain('CompressionStream'); // the shared link's code

		expect(consoleErrors).toEqual([]);

		// Share loads the link's code at the tap: when it cannot, it says so.
		await page.route('**/_app/immutable/**', (route) => route.abort());
		await page.getByRole('button', { name: /^share$/i }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'Sharing could not start. Check your connection, then try again.'
		);
		await page.unroute('**/_app/immutable/**');
		const before = scripts.length;
		await page.getByRole('button', { name: /^share$/i }).click();
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveValue(/\/shared#z=/);
		expect(scripts.length).toBeGreaterThan(before);
		// Only the blocked loads were reported.
		for (const message of consoleErrors) expect(message).toMatch(/^Failed to load resource/);
	});

	test('a client-side visit fetches it, and says so clearly when it cannot', async ({ page }) => {
		await open(page, '/');
		await page
			.getByRole('link', { name: /^Runner's knee: foundation/ })
			.first()
			.click();
		await expect(
			page.getByRole('heading', { level: 1, name: "Runner's knee: foundation" })
		).toBeVisible();
		await expect(page.getByRole('heading', { level: 3, name: 'Wall sit' })).toBeVisible();

		await page.route('**/routines/knee-build/data.json', (route) => route.abort());
		await page.getByRole('link', { name: 'Routines' }).first().click();
		await page
			.getByRole('link', { name: /^Runner's knee: build/ })
			.first()
			.click();
		await expect(
			page.getByText('This could not be loaded. Check your connection, then reload the page.')
		).toBeVisible();
		await page.unroute('**/routines/knee-build/data.json');
		await page.reload();
		await expect(
			page.getByRole('heading', { level: 1, name: "Runner's knee: build" })
		).toBeVisible();
	});
});
