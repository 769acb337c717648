import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { catalogue } from './catalogue';
import { plan } from '../../src/lib/plan/testing';
import { expect, open, seedStore, test } from './fixtures';

/** A routine of the user's own, stored as the app stores it. */
const mine = {
	id: 'my-tuesday-knees-a1b2c3',
	name: '<img src=x onerror=alert(1)> Tuesday knees',
	kind: 'strength',
	goal: '',
	level: 'moderate',
	focus: [],
	items: [
		{ exercise: 'clamshell', sets: 2, reps: 15, tempo: 2, rest: 20 },
		{ exercise: 'wall-sit', sets: 3, seconds: 40, rest: 45 }
	],
	restBetween: 20,
	sources: []
};

/** Stores `routines` as the user's own before the app starts (once per page). */
async function seedRoutines(page: Page, routines: unknown[]): Promise<void> {
	await page.addInitScript((data) => {
		if (!localStorage.getItem('patella:routines:v1')) {
			localStorage.setItem('patella:routines:v1', JSON.stringify({ v: 1, data }));
		}
	}, routines);
}

/** "12 min", as cards and lists show a routine's time. */
function minutes(ms: number): string {
	return `${Math.max(1, Math.round(ms / 60000))} min`;
}

test('bookmarks on a card and a routine page survive a reload, reach another tab and fill /favorites', async ({
	page,
	context,
	consoleErrors
}) => {
	const { routines } = await catalogue(page);
	const [a, b] = [routines[0]!, routines[1]!];
	await open(page, '/');
	const other = await context.newPage();
	await open(other, '/favorites');
	await expect(other.getByText('No favorites yet')).toBeVisible();

	const cardA = page.getByRole('button', { name: `Bookmark ${a.name}`, exact: true });
	await expect(cardA).toHaveAttribute('aria-pressed', 'false');
	await cardA.click();
	await expect(cardA).toHaveAttribute('aria-pressed', 'true');
	// The other tab follows at once, without a reload.
	await expect(other.getByRole('link', { name: a.name })).toBeVisible();

	await open(page, `/routines/${b.id}`);
	const toggle = page.getByRole('button', { name: /bookmark/i });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(toggle).toHaveText('Bookmark');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	// Pressed shows in words too, not only in the icon's fill.
	await expect(toggle).toHaveText('Bookmarked');

	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByRole('button', { name: /bookmark/i })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await open(page, '/');
	await expect(cardA).toHaveAttribute('aria-pressed', 'true');
	await expect(
		page.getByRole('button', { name: `Bookmark ${b.name}`, exact: true })
	).toHaveAttribute('aria-pressed', 'true');
	await expect(
		page.getByRole('button', { name: `Bookmark ${routines[2]!.name}`, exact: true })
	).toHaveAttribute('aria-pressed', 'false');

	// Newest first, each with its time and a Start button.
	await open(page, '/favorites');
	const list = page.getByRole('list', { name: 'Bookmarked routines' });
	await expect(list.getByRole('heading', { level: 2 })).toHaveText([b.name, a.name]);
	const rowB = list.getByRole('listitem').filter({ hasText: b.name });
	await expect(rowB).toContainText(minutes(b.totalMs));
	await expect(list.getByRole('link', { name: a.name })).toHaveAttribute(
		'href',
		`/routines/${a.id}`
	);

	// Removing a bookmark here takes it off both tabs.
	await list.getByRole('button', { name: `Bookmark ${a.name}`, exact: true }).click();
	await expect(list.getByRole('heading', { level: 2 })).toHaveText([b.name]);
	await expect(other.getByRole('link', { name: a.name })).toHaveCount(0);

	await rowB.getByRole('link', { name: /^start$/i }).click();
	await expect(page).toHaveURL(`/play/${b.id}`);
	await expect(page.getByRole('button', { name: /^start$/i })).toBeVisible();
	expect(consoleErrors).toEqual([]);
});

test('the builder: build, save, edit and delete a routine', async ({ page, consoleErrors }) => {
	await open(page, '/');
	await page.getByRole('link', { name: 'Build your own' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Build a routine' })).toBeVisible();
	await expect(page.getByTestId('builder-total')).toHaveText('0:00');

	await page.getByRole('textbox', { name: 'Name' }).fill('Tuesday knees');
	const search = page.getByRole('searchbox', { name: 'Search exercises' });
	await search.fill('clam');
	await page.getByRole('button', { name: 'Add Clamshell' }).click();
	await search.fill('');
	await page.getByRole('combobox', { name: 'Category' }).selectOption('isometric');
	await expect(page.getByRole('button', { name: 'Add Clamshell' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Add Wall sit' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Added Wall sit' })).toBeVisible();

	const items = page.getByRole('list', { name: 'Exercises in the routine' });
	await expect(items.getByRole('heading', { level: 3 })).toHaveText([/Clamshell/, /Wall sit/]);
	const clamshell = items.getByRole('listitem').filter({ hasText: 'Clamshell' });
	await clamshell.getByRole('spinbutton', { name: 'Sets' }).fill('2');
	await clamshell.getByRole('spinbutton', { name: 'Reps' }).fill('15');
	// 10 s get ready; clamshell 2 × (45 s + 5 s switch + 45 s) with its 30 s rest; 30 s; 15 s get
	// ready (up from the floor); wall sit 4 × 45 s with its own 3 × 60 s rest.
	await expect(page.getByTestId('builder-total')).toHaveText('10:35');
	await page.getByRole('button', { name: 'Move up Wall sit' }).click();
	await expect(items.getByRole('heading', { level: 3 })).toHaveText([/Wall sit/, /Clamshell/]);
	await expect(page.getByRole('button', { name: 'Move down Wall sit' })).toBeFocused();

	// A bad value is named in the schema's words, and nothing is saved.
	await page.getByRole('textbox', { name: 'Name' }).fill('');
	await clamshell.getByRole('spinbutton', { name: 'Reps' }).fill('500');
	await page.getByRole('button', { name: 'Save' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Name must not be empty');
	await expect(alert).toContainText('Exercise 2: reps must be between 1 and 100');
	await page.getByRole('textbox', { name: 'Name' }).fill('Tuesday knees');
	await clamshell.getByRole('spinbutton', { name: 'Reps' }).fill('15');
	await page.getByRole('button', { name: 'Save' }).click();

	await expect(page).toHaveURL(/\/routines\/my-tuesday-knees-[a-z0-9]{6}$/);
	const url = page.url();
	await expect(page.getByRole('heading', { level: 1, name: 'Tuesday knees' })).toBeVisible();
	await expect(page.getByText('2 × 15 reps each side')).toBeVisible();
	await expect(page.getByText('4 × 45 s hold')).toBeVisible();
	await expect(page.getByTestId('routine-total')).toHaveText('11 min');

	// A saved routine's page is drawn by the fallback page after a reload.
	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByRole('heading', { level: 1, name: 'Tuesday knees' })).toBeVisible();

	await page.getByRole('link', { name: 'Edit' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Edit routine' })).toBeVisible();
	// The edit page, too, opens straight from its address (through the fallback page).
	await page.reload();
	await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.getByRole('heading', { level: 1, name: 'Edit routine' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Tuesday knees');
	await page.getByRole('textbox', { name: 'Name' }).fill('Tuesday knees, lighter');
	await page.getByRole('button', { name: 'Remove Wall sit' }).click();
	await expect(items.getByRole('heading', { level: 3 })).toHaveText([/Clamshell/]);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(url);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Tuesday knees, lighter' })
	).toBeVisible();
	await expect(page.getByText('Wall sit')).toHaveCount(0);

	await page.getByRole('link', { name: 'Edit' }).click();
	await page.getByRole('button', { name: 'Delete routine' }).click();
	await page.getByRole('button', { name: 'Delete for good' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Routines' })).toBeVisible();
	await page.goto(url);
	await expect(page.getByText('There is no routine with this name')).toBeVisible();
	expect(consoleErrors).toEqual([]);
});

test('a shared link opens the routine in a fresh browser, to start or to save', async ({
	page,
	context,
	browser,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await seedRoutines(page, [mine]);
	await open(page, `/routines/${mine.id}`);
	await page.getByRole('button', { name: /^share$/i }).click();
	const field = page.getByRole('textbox', { name: 'Share link' });
	// Deflated: a routine of two exercises fits in a short link.
	await expect(field).toHaveValue(/\/shared#z=[A-Za-z0-9_-]+$/);
	const link = await field.inputValue();
	expect(link.length).toBeLessThan(250);
	await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

	const fresh = await browser.newContext({ baseURL });
	const other = await fresh.newPage();
	const errors: string[] = [];
	other.on('pageerror', (error) => errors.push(error.message));
	other.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
	await open(other, link);
	// The name is shown as text, never as markup.
	await expect(other.getByRole('heading', { level: 1 })).toHaveText(mine.name);
	await expect(other.locator('main img')).toHaveCount(0);
	await expect(other.getByText('2 × 15 reps each side')).toBeVisible();
	await expect(other.getByText('3 × 40 s hold')).toBeVisible();
	// Dose, tempo and rest apart, as on a routine's own page: never "each side· 2 s".
	const doses = other
		.getByRole('region', { name: 'Exercises' })
		.getByRole('listitem')
		.getByRole('paragraph')
		.filter({ hasText: ' × ' });
	await expect(doses).toHaveText([
		'2 × 15 reps each side · 2 s per rep · rest 20 s between sets',
		'3 × 40 s hold · rest 45 s between sets'
	]);
	await expect(other.getByText('2 s per rep · rest 20 s between sets')).toBeVisible();
	// 10 s get ready; 2 × (30 s + 5 s + 30 s) with 20 s rest; 20 s; 15 s get ready (up from the
	// floor); 3 × 40 s with 2 × 45 s rest.
	await expect(other.getByTestId('routine-total')).toHaveText('7 min');

	await other.getByRole('button', { name: /save/i }).click();
	await expect(other.getByRole('status')).toHaveText('Saved to your routines.');
	// The status says it is saved; the link only says where it goes.
	const openIt = other.getByRole('link', { name: 'Open in My routines' });
	await expect(openIt).toHaveText('Open in My routines');
	await expect(openIt.locator('svg')).toHaveCount(0);
	await openIt.click();
	await expect(other).toHaveURL(`/routines/${mine.id}`);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText(mine.name);

	// Start plays it; a second Save finds it already there.
	await open(other, link);
	await other.getByRole('button', { name: /save/i }).click();
	await expect(other.getByRole('status')).toHaveText('This routine is already in your routines.');
	await other.getByRole('button', { name: /start/i }).click();
	await expect(other).toHaveURL(/\/play\/shared-/);
	await expect(other.getByTestId('current-label')).toHaveText('Get ready');
	await expect(other.getByRole('button', { name: /^start$/i })).toBeVisible();

	// A tampered link shows an error page and changes nothing.
	const before = await other.evaluate(() => localStorage.getItem('patella:routines:v1'));
	const fragment = link.split('#')[1]!;
	await open(other, `/shared#${fragment.slice(0, 40)}`);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('This link does not work');
	await expect(other.getByRole('alert')).toContainText(/damaged|cut short/);
	await open(other, '/shared#r=eyJ2IjoyfQ');
	await expect(other.getByRole('alert')).toContainText('newer version of Patella');
	expect(await other.evaluate(() => localStorage.getItem('patella:routines:v1'))).toBe(before);
	expect(errors).toEqual([]);
	await fresh.close();
});

test('a link from before links were deflated still opens', async ({ page }) => {
	const compact = { v: 1, i: 'old-link', n: 'An old link', x: [{ e: 'clamshell', s: 2 }] };
	const payload = Buffer.from(JSON.stringify(compact)).toString('base64url');
	await open(page, `/shared#r=${payload}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('An old link');
	await expect(page.getByText('2 × 12 reps each side')).toBeVisible();
});

test('the shared page gives link previews a title and a description', async ({ page }) => {
	await open(page, '/shared');
	const meta = (property: string) =>
		page.locator(`meta[property="${property}"]`).getAttribute('content');
	expect(await meta('og:title')).toMatch(/routine shared with you/i);
	expect(await meta('og:description')).toMatch(/runners/);
});

test('export downloads all user data; importing it in a fresh browser restores it', async ({
	page,
	browser,
	baseURL,
	consoleErrors
}) => {
	const { routines } = await catalogue(page);
	await seedRoutines(page, [mine]);
	// A plan and a saved form check are the runner's data too.
	await seedStore(page, 'patella:plan:v1', plan());
	const formCheck = {
		id: 'fc-1',
		at: Date.now() - 86_400_000,
		exercise: 'single-leg-squat',
		leg: 'left',
		angles: [4, 7, 12],
		caved: 0
	};
	await seedStore(page, 'patella:form-checks:v1', [formCheck]);
	await open(page, '/');
	await page.getByRole('button', { name: `Bookmark ${routines[0]!.name}`, exact: true }).click();
	await open(page, '/settings');
	await page.getByRole('checkbox', { name: 'Voice', exact: true }).uncheck();

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /export/i }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^patella-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const text = await readFile((await file.path())!, 'utf8');
	const data = JSON.parse(text);
	expect(data).toMatchObject({
		app: 'patella',
		version: 1,
		favorites: [{ id: routines[0]!.id }],
		routines: [{ id: mine.id, name: mine.name }],
		history: [],
		settings: { voice: false },
		formChecks: [formCheck],
		plan: plan()
	});

	const fresh = await browser.newContext({ baseURL });
	const other = await fresh.newPage();
	await open(other, '/settings');
	const input = other.getByLabel(/import/i);

	// A bad file says what is wrong and changes nothing.
	await input.setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text.slice(0, 80))
	});
	await expect(other.getByRole('alert')).toContainText('not valid JSON');
	await expect(other.getByRole('alert')).toContainText('Nothing was changed.');
	await input.setInputFiles({
		name: 'other.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ ...data, favorites: [{ id: '__proto__', at: 1 }] }))
	});
	await expect(other.getByRole('alert')).toContainText('Bookmark 1 is not valid');
	expect(await other.evaluate(() => Object.keys(localStorage))).toEqual([]);

	await input.setInputFiles({
		name: file.suggestedFilename(),
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(
		other.getByRole('group', {
			name: /This file holds 1 routine, 0 sessions, 1 bookmark, 1 form check, a plan and your settings/
		})
	).toBeVisible();
	await other.getByRole('button', { name: 'Replace' }).click();
	await expect(other.getByRole('status').filter({ hasText: 'Replaced' })).toBeVisible();
	await expect(other.getByRole('checkbox', { name: 'Voice', exact: true })).not.toBeChecked();

	await open(other, '/favorites');
	await expect(other.getByRole('link', { name: routines[0]!.name })).toBeVisible();
	await open(other, `/routines/${mine.id}`);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText(mine.name);
	await open(other, '/plan');
	await expect(other.getByRole('heading', { name: /Stage 1 of 4: Foundation/ })).toBeVisible();
	await open(other, '/history');
	await expect(other.getByRole('figure', { name: /knee angle in form checks/i })).toContainText(
		'Latest, left leg: middle rep 7°, worst 12°.'
	);

	// Importing the same file again with Merge adds nothing and loses nothing.
	await open(other, '/settings');
	await other.getByLabel(/import/i).setInputFiles({
		name: 'again.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await other.getByRole('button', { name: 'Merge' }).click();
	await expect(other.getByRole('status').filter({ hasText: 'Merged: 0 routines' })).toBeVisible();
	await fresh.close();
	expect(consoleErrors).toEqual([]);
});

test("the player's completion view bookmarks the routine just played", async ({
	page,
	consoleErrors
}) => {
	const tiny = {
		...mine,
		id: 'my-tiny-a1b2c3',
		name: 'Tiny',
		items: [{ exercise: 'wall-sit', sets: 1, seconds: 5 }]
	};
	await seedRoutines(page, [tiny]);
	await page.clock.install({ time: new Date('2026-03-02T07:00:00') });
	await open(page, `/play/${tiny.id}`);
	await page.clock.pauseAt(new Date('2026-03-02T07:00:10'));
	await page.getByRole('button', { name: /^start$/i }).click();
	// 10 s to get ready and a 5 s hold.
	await page.clock.runFor(16_000);
	await expect(page.getByRole('heading', { name: /routine complete/i })).toBeVisible();
	const toggle = page.getByRole('button', { name: /bookmark/i });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await open(page, '/favorites');
	await expect(
		page.getByRole('list', { name: 'Bookmarked routines' }).getByRole('link', { name: 'Tiny' })
	).toBeVisible();
	expect(consoleErrors).toEqual([]);
});
