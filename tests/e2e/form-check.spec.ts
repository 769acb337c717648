// Form check end to end, on the real pipeline: a three.js mannequin doing five single-leg squats
// (valgus chosen per rep) is rendered to a video, played as Chromium's fake camera, and watched by
// the built app. The reps counted, the reps flagged and the angles are checked against the
// mannequin's ground truth (the FPPA of its projected joint centres at each rep's deepest frame).
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/browser.js';
import { cavedIn } from '../../src/lib/form-check/flags';
import { fppa } from '../../src/lib/form-check/fppa';
import { mannequinVideo } from '../mannequin/cached.js';
import { expect, open, test } from './fixtures';

/** Largest error allowed on one rep's angle, and on the mean, in degrees (measured: see README). */
const MAX_ERROR = 7;
const MAX_MEAN_ERROR = 4;

interface Truth {
	reps: {
		valgus: number;
		joints: Record<'hip' | 'knee' | 'ankle' | 'otherHip', { x: number; y: number }>;
	}[];
}

test.describe('form check on a mannequin video', () => {
	test.describe.configure({ mode: 'serial' });
	let camera: Browser;
	let truth: Truth;

	test.beforeAll(async () => {
		test.setTimeout(300_000);
		const made = await mannequinVideo();
		truth = made.truth as Truth;
		camera = await chromium.launch({
			executablePath: chromiumPath(),
			args: [
				...chromiumArgs,
				'--use-fake-device-for-media-stream',
				'--use-fake-ui-for-media-stream',
				`--use-file-for-fake-video-capture=${made.video}`
			]
		});
	});

	test.afterAll(async () => {
		await camera?.close();
	});

	test('counts the reps, flags the ones where the knee caves in, and reads the angles', async ({
		browserName
	}, testInfo) => {
		test.setTimeout(240_000);
		expect(browserName).toBe('chromium');
		const baseURL = testInfo.project.use.baseURL ?? '';
		const context = await camera.newContext({ baseURL, viewport: { width: 360, height: 780 } });
		const page = await context.newPage();
		const elsewhere: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(baseURL)) elsewhere.push(request.url());
		});
		await open(page, '/form-check?exercise=single-leg-squat');
		await expect(page.getByRole('heading', { level: 1, name: /form check/i })).toBeVisible();
		await expect(page.getByRole('radio', { name: /single-leg squat/i })).toBeChecked();
		await page
			.getByRole('radiogroup', { name: 'Leg' })
			.getByRole('radio', { name: 'Right' })
			.check();

		// Turning it on shows the download's size, then fetches the model from this site.
		await expect(page.getByText(/one-time download of \d+\.\d MB/)).toBeVisible();
		await page.getByRole('button', { name: /turn on form check/i }).click();
		const start = page.getByRole('button', { name: /start camera/i });
		await expect(start).toBeEnabled({ timeout: 60_000 });
		await start.click();

		const count = page.getByRole('status', { name: 'Reps' });
		await expect(count).toHaveText('5', { timeout: 120_000 });
		const items = page.getByRole('list', { name: 'Reps' }).getByRole('listitem');
		const texts = (await items.allTextContents()).slice(0, 5);
		await page.getByRole('button', { name: /^stop$/i }).click();

		const expected = truth.reps.map((rep) =>
			fppa(rep.joints.hip, rep.joints.knee, rep.joints.ankle, rep.joints.otherHip)
		);
		const measured = texts.map((text) => Number(/(-?\d+)°/.exec(text)?.[1]));
		const errors = measured.map((angle, i) => Math.abs(angle - (expected[i] ?? NaN)));
		testInfo.annotations.push({
			type: 'fppa',
			description: `truth ${expected.map((a) => a.toFixed(1)).join(', ')}; measured ${measured.join(', ')}`
		});
		console.log(
			`form check: truth ${expected.map((a) => a.toFixed(1)).join(', ')}; measured ${measured.join(', ')}`
		);
		for (const error of errors) expect(error).toBeLessThanOrEqual(MAX_ERROR);
		expect(errors.reduce((a, b) => a + b, 0) / errors.length).toBeLessThanOrEqual(MAX_MEAN_ERROR);
		const flagged = texts.map((text) => /knee (drifts|moves|caves) in/i.test(text));
		expect(flagged).toEqual(cavedIn(expected));
		expect(flagged.filter(Boolean).length).toBe(2);

		// Nothing left this origin: not the model, not the wasm, not an image.
		expect(elsewhere).toEqual([]);
		await context.close();
	});
});
