// Nothing lost, ever: the holes issue 15 found, each tried the way a runner (or a damaged file)
// would. Two tabs are two pages of one browser context, sharing its localStorage.
import type { BrowserContext, Page } from '@playwright/test';
import { catalogue } from './catalogue';
import { expect, open, test } from './fixtures';

const T = Date.UTC(2026, 10, 20, 7, 30);

/** A session record as the app stores it. */
function session(id: string, routineName: string, startedAt: number) {
	return {
		id,
		routineId: 'knee-foundation',
		routineName,
		startedAt,
		durationMs: 600_000,
		completed: true,
		pain: null,
		effort: null,
		note: ''
	};
}

/** Stores `data` under `key` before the app starts, once per page (a reload keeps later changes). */
async function seed(page: Page, key: string, data: unknown): Promise<void> {
	await page.addInitScript(
		([k, text]) => {
			if (sessionStorage.getItem(`seeded:${k}`)) return;
			localStorage.setItem(k!, text!);
			sessionStorage.setItem(`seeded:${k}`, '1');
		},
		[key, JSON.stringify({ v: 1, data })]
	);
}

/**
 * Lets a test hold back the `storage` events another tab's writes send to this page, as when two
 * tabs change something at the same moment: each acts before it hears of the other's change.
 */
async function holdStorageEvents(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { holdStorage?: boolean };
		window.addEventListener(
			'storage',
			(event) => {
				if (w.holdStorage) event.stopImmediatePropagation();
			},
			{ capture: true }
		);
	});
}

async function twoTabs(context: BrowserContext, path: string): Promise<[Page, Page]> {
	const a = await context.newPage();
	const b = await context.newPage();
	await holdStorageEvents(b);
	await open(a, path);
	await open(b, path);
	return [a, b];
}

test('an impossible date in storage: History shows the rest, names the bad record, and / works', async ({
	page,
	consoleErrors
}) => {
	await seed(page, 'patella:history:v1', [
		session('s-ok', 'Kept Session', T),
		session('s-far', 'Far Future', 9e15)
	]);
	await open(page, '/history');
	await expect(page.getByRole('heading', { name: 'Sessions' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Kept Session' })).toBeVisible();
	await expect(page.getByText('Far Future')).toHaveCount(0);
	await expect(page.getByRole('alert')).toContainText(
		'item 2: its start time must be a date between the years 2000 and 2100'
	);
	await open(page, '/');
	await page
		.getByRole('button', { name: /^Bookmark /i })
		.first()
		.click();
	await expect(page.getByRole('button', { name: /^Bookmark /i }).first()).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	expect(consoleErrors).toEqual([]);
});

test('an impossible date in an import is refused in words, and nothing changes', async ({
	page,
	consoleErrors
}) => {
	await seed(page, 'patella:history:v1', [session('s-ok', 'Kept Session', T)]);
	await open(page, '/settings');
	const file = {
		app: 'patella',
		version: 1,
		favorites: [],
		routines: [],
		history: [session('s-far', 'Far Future', 9e15)],
		settings: {}
	};
	await page.getByLabel(/import/i).setInputFiles({
		name: 'far.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(file))
	});
	await expect(page.getByRole('alert')).toHaveText(
		'Session 1 is not valid: its start time must be a date between the years 2000 and 2100. Nothing was changed.'
	);
	await open(page, '/history');
	await expect(page.getByRole('heading', { name: 'Kept Session' })).toBeVisible();
	expect(consoleErrors).toEqual([]);
});

test('two tabs bookmarking at the same moment keep both bookmarks, and both tabs show them', async ({
	context
}) => {
	const [a, b] = await twoTabs(context, '/');
	const first = a.getByRole('button', { name: /^Bookmark /i }).nth(0);
	const firstName = (await first.getAttribute('aria-label'))!;
	const second = b.getByRole('button', { name: /^Bookmark /i }).nth(1);
	const secondName = (await second.getAttribute('aria-label'))!;

	await b.evaluate(() => ((window as unknown as { holdStorage: boolean }).holdStorage = true));
	await first.click();
	await expect(first).toHaveAttribute('aria-pressed', 'true');
	// Tab B has not heard of A's bookmark when it sets its own.
	await second.click();
	await expect(second).toHaveAttribute('aria-pressed', 'true');
	await expect(b.getByRole('button', { name: firstName, exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(a.getByRole('button', { name: secondName, exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	await open(a, '/favorites');
	const names = [firstName, secondName].map((n) => n.replace(/^Bookmark /, ''));
	for (const name of names) await expect(a.getByRole('link', { name })).toBeVisible();
});

test('Sound changed in one tab and Voice in another: both changes stay', async ({ context }) => {
	const [a, b] = await twoTabs(context, '/settings');
	await b.evaluate(() => ((window as unknown as { holdStorage: boolean }).holdStorage = true));
	await a.getByRole('checkbox', { name: 'Sound', exact: true }).uncheck();
	await b.getByRole('checkbox', { name: 'Voice', exact: true }).uncheck();
	await expect(b.getByRole('checkbox', { name: 'Sound', exact: true })).not.toBeChecked();
	await expect(a.getByRole('checkbox', { name: 'Voice', exact: true })).not.toBeChecked();
	await a.reload();
	await expect(a.locator('body')).toHaveAttribute('data-hydrated', 'true');
	await expect(a.getByRole('checkbox', { name: 'Sound', exact: true })).not.toBeChecked();
	await expect(a.getByRole('checkbox', { name: 'Voice', exact: true })).not.toBeChecked();
});

test('a full disk: every failed save is told, even after dismissing, and nothing unsaved shows', async ({
	page
}) => {
	await page.addInitScript(() => {
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			if ((window as unknown as { full?: boolean }).full && this === window.localStorage) {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
			setItem.call(this, key, value);
		};
	});
	await open(page, '/');
	await page.evaluate(() => ((window as unknown as { full: boolean }).full = true));
	const toggles = page.getByRole('button', { name: /^Bookmark /i });
	const notice = page.getByRole('alert').filter({ hasText: /Storage is full/ });

	await toggles.nth(0).click();
	await expect(notice).toHaveCount(1);
	await expect(toggles.nth(0)).toHaveAttribute('aria-pressed', 'false');
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toHaveCount(0);

	await toggles.nth(1).click();
	await expect(notice).toHaveCount(1);
	await expect(toggles.nth(1)).toHaveAttribute('aria-pressed', 'false');
	// A third failure does not pile up a second notice.
	await toggles.nth(2).click();
	await expect(notice).toHaveCount(1);

	await open(page, '/settings');
	await page.evaluate(() => ((window as unknown as { full: boolean }).full = true));
	const sound = page.getByRole('checkbox', { name: 'Sound', exact: true });
	await sound.click();
	await expect(notice).toHaveCount(1);
	await expect(sound).toBeChecked();
});

test('Settings lists every kept copy with its date and contents: Restore, Download and Delete', async ({
	page,
	consoleErrors
}) => {
	await seed(page, 'patella:history:v1', [session('s-mine', 'My Morning Session', T)]);
	await seed(page, 'patella:favorites:v1', [
		{ id: 'knee-build', at: T },
		{ id: 'x', at: 'soon' }
	]);
	await open(page, '/settings');
	const kept = page.getByRole('list', { name: 'Kept copies' });

	// An import with Replace keeps the data it replaces.
	await page.getByLabel(/import/i).setInputFiles({
		name: 'empty.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({
				app: 'patella',
				version: 1,
				favorites: [],
				routines: [],
				history: [],
				settings: {}
			})
		)
	});
	await page.getByRole('button', { name: 'Replace' }).click();
	const before = kept.getByRole('listitem', { name: 'Your data before a Replace' });
	await expect(before).toContainText(
		'It holds 0 routines, 1 session, 1 bookmark and your settings.'
	);
	await expect(before.locator('time')).toHaveText(/\d{1,2} \w+ 20\d\d/);

	// The damaged bookmarks found at start are there too, readable part and all.
	const damaged = kept.getByRole('listitem', { name: 'Damaged bookmarks' });
	await expect(damaged).toContainText('It holds 1 readable bookmark; 1 entry cannot be read.');

	const download = page.waitForEvent('download');
	await before.getByRole('button', { name: 'Download' }).click();
	const file = await download;
	const text = await (await file.createReadStream()).toArray();
	const data = JSON.parse(Buffer.concat(text).toString('utf8'));
	expect(data.history).toEqual([session('s-mine', 'My Morning Session', T)]);

	await before.getByRole('button', { name: 'Restore' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();
	await open(page, '/history');
	await expect(page.getByRole('heading', { name: 'My Morning Session' })).toBeVisible();

	await open(page, '/settings');
	const copies = kept.getByRole('listitem');
	const count = await copies.count();
	await damaged.getByRole('button', { name: 'Delete' }).click();
	await damaged.getByRole('button', { name: 'Delete for good' }).click();
	await expect(copies).toHaveCount(count - 1);
	await expect(kept.getByRole('listitem', { name: 'Damaged bookmarks' })).toHaveCount(0);
	expect(consoleErrors).toEqual([]);
});

test.describe('the player', () => {
	const start = new Date('2026-03-02T07:00:10');

	/** Opens the player on a paused fake clock set to `at`. */
	async function player(page: Page, at: Date): Promise<void> {
		await open(page, '/play/knee-foundation');
		await page.clock.pauseAt(at);
	}

	async function place(page: Page): Promise<[string, string]> {
		return [
			(await page.getByTestId('current-label').textContent())!,
			(await page.getByRole('timer', { name: 'Time remaining' }).textContent())!
		];
	}

	test('two tabs on one routine: a reload resumes the tab’s own place, a later tab the latest', async ({
		context
	}) => {
		// Two pages playing on a busy machine: more than the default half minute.
		test.setTimeout(120_000);
		// One fake clock serves the whole context: each tab plays, then pauses, in turn.
		const a = await context.newPage();
		const b = await context.newPage();
		await player(a, start);
		await open(b, '/play/knee-foundation');
		await a.getByRole('button', { name: /^start$/i }).click();
		await a.clock.runFor(50_000);
		await a.getByRole('button', { name: /^pause$/i }).click();
		await b.getByRole('button', { name: /^start$/i }).click();
		await b.clock.runFor(10_000);
		await b.getByRole('button', { name: /^pause$/i }).click();
		const placeA = await place(a);
		const placeB = await place(b);
		expect(placeA).not.toEqual(placeB);

		// The routine opened again in a new tab: the latest place, tab B's.
		const c = await context.newPage();
		await open(c, '/play/knee-foundation');
		await expect(c.getByRole('button', { name: /^resume$/i })).toBeVisible();
		expect(await place(c)).toEqual(placeB);

		// Tab A, reloaded, resumes its own place, not the latest.
		await a.reload();
		await expect(a.locator('body')).toHaveAttribute('data-hydrated', 'true');
		await expect(a.getByRole('button', { name: /^resume$/i })).toBeVisible();
		expect(await place(a)).toEqual(placeA);
	});

	test('a rest stops growing at the limit and says so; a reload resumes it', async ({
		page,
		consoleErrors
	}) => {
		// Sixty-two taps on +10 s, each a real click: slow on a busy machine.
		test.setTimeout(90_000);
		const { routines } = await catalogue(page);
		const routine = routines.find((r) => r.id === 'knee-foundation')!;
		const rest = routine.timeline.findIndex((s) => s.kind === 'rest');
		await player(page, start);
		await page.getByRole('button', { name: /^start$/i }).click();
		for (let i = 0; i < rest; i++) await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('current-label')).toHaveText(routine.timeline[rest]!.label);
		await page.keyboard.press('Space');
		const more = page.getByRole('button', { name: '+10 s' });
		const timer = page.getByRole('timer', { name: 'Time remaining' });
		for (let i = 0; i < 62; i++) await more.click();
		await expect(timer).toHaveText('10:00');
		await expect(
			page.getByRole('status').filter({ hasText: 'Rests go up to 10 minutes.' })
		).toBeVisible();

		await page.reload();
		await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
		await expect(page.getByRole('button', { name: /^resume$/i })).toBeVisible();
		await expect(timer).toHaveText('10:00');
		await expect(page.getByRole('alert')).toHaveCount(0);
		expect(consoleErrors).toEqual([]);
	});

	test('a damaged saved run is told in a sentence', async ({ page }) => {
		await page.addInitScript(() => {
			if (sessionStorage.getItem('seeded')) return;
			localStorage.setItem('patella:run:knee-foundation:v1', '{"v":1,"data":{"routineId":');
			sessionStorage.setItem('seeded', '1');
		});
		await open(page, '/play/knee-foundation');
		await expect(page.getByRole('alert')).toContainText(
			'Your saved place in this routine could not be read, so Patella started without it. A copy of the original is kept in Settings, under Kept copies.'
		);
	});
});
