// Detection on a photo of real people, not only on our mannequin: labelme-examples' photo of two men
// squatting, facing the camera (scripts/test-photos.js), is played to /form-check as its camera (a
// canvas stream standing in for getUserMedia) and watched by the real pipeline: the built app, the
// model it downloads, the wasm runtime. The stance leg's hip, knee and ankle must land on one of the
// people the photo's own annotation boxes, in the places a squatting body puts them.
import { existsSync, readFileSync } from 'node:fs';
import { squatPhoto } from '../../scripts/test-photos.js';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/** A person's box from the labelme annotation, in image pixels. */
interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

function people(): Box[] {
	const annotation = JSON.parse(readFileSync(squatPhoto.annotation, 'utf8')) as {
		shapes: { label: string; points: [number, number][] }[];
	};
	return annotation.shapes
		.filter((shape) => shape.label === 'person')
		.map(({ points }) => {
			const xs = points.map(([x]) => x);
			const ys = points.map(([, y]) => y);
			return {
				left: Math.min(...xs),
				top: Math.min(...ys),
				right: Math.max(...xs),
				bottom: Math.max(...ys)
			};
		});
}

/** After Start, the video (with its skeleton), the rep count, the last rep's angle and Stop are all
 *  on screen without scrolling, above `bottom` (where a fixed menu bar begins). */
async function expectLiveOnScreen(page: Page, bottom: number): Promise<void> {
	const parts = [
		page.getByLabel('Camera preview'),
		page.getByRole('status', { name: 'Reps' }),
		page.getByText('Last rep'),
		page.getByRole('button', { name: /^stop$/i })
	];
	for (const part of parts) {
		const box = await part.boundingBox();
		expect(box, String(part)).not.toBeNull();
		expect(box!.y, String(part)).toBeGreaterThanOrEqual(0);
		expect(box!.y + box!.height, String(part)).toBeLessThanOrEqual(bottom);
	}
}

const point = (value: string | null) => {
	const [x, y] = (value ?? '').split(',').map(Number);
	return { x: x ?? NaN, y: y ?? NaN };
};

test('finds the stance leg of a real person in a photo', async ({ page, consoleErrors }) => {
	// The model download and the wasm start-up take a while on a busy machine.
	test.setTimeout(120_000);
	expect(
		existsSync(squatPhoto.image) && existsSync(squatPhoto.annotation),
		`${squatPhoto.image} is missing: run "node scripts/ensure-test-photos.js" (it installs the Debian package ${squatPhoto.package})`
	).toBe(true);

	// The photo goes in as bytes and is drawn from a blob: URL (the page's policy allows blob:
	// images), so no request is involved that the service worker could answer instead.
	const photo = readFileSync(squatPhoto.image).toString('base64');
	await page.addInitScript((base64) => {
		navigator.mediaDevices.getUserMedia = async () => {
			const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const image = new Image();
			image.src = URL.createObjectURL(new Blob([bytes], { type: 'image/jpeg' }));
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.naturalWidth;
			canvas.height = image.naturalHeight;
			const context = canvas.getContext('2d')!;
			// Repainted so the stream keeps delivering frames, as a camera does.
			const paint = () => context.drawImage(image, 0, 0);
			paint();
			setInterval(paint, 100);
			return canvas.captureStream(10);
		};
	}, photo);

	await open(page, '/form-check');
	await page.getByRole('radiogroup', { name: 'Leg' }).getByRole('radio', { name: 'Left' }).check();
	await page.getByRole('button', { name: /turn on form check/i }).click();
	const start = page.getByRole('button', { name: /start camera/i });
	await expect(start).toBeEnabled({ timeout: 60_000 });
	await start.click();

	const skeleton = page.locator('.stage canvas');
	await expect(skeleton).toHaveAttribute('data-knee', /^\d+,\d+$/, { timeout: 60_000 });
	const [hip, knee, ankle] = await Promise.all(
		['data-hip', 'data-knee', 'data-ankle'].map(async (name) =>
			point(await skeleton.getAttribute(name))
		)
	);
	console.log(
		`photo: hip ${JSON.stringify(hip)} knee ${JSON.stringify(knee)} ankle ${JSON.stringify(ankle)}`
	);
	const boxes = people();
	expect(boxes.length).toBeGreaterThan(0);
	const inside = (p: { x: number; y: number }, box: Box) =>
		p.x >= box.left && p.x <= box.right && p.y >= box.top && p.y <= box.bottom;
	const person = boxes.find((box) => [hip, knee, ankle].every((p) => inside(p!, box)));
	expect(person, 'hip, knee and ankle all on one of the people in the photo').toBeDefined();
	// In a standing-up order for a squat seen from the front: the hip below the head and shoulders,
	// the ankle lowest and in the lower half, thigh and shank each a real length (not one point).
	const { top, bottom } = person!;
	const height = bottom - top;
	const share = (p: { y: number }) => (p.y - top) / height;
	expect(share(hip!)).toBeGreaterThan(0.35);
	expect(share(ankle!)).toBeGreaterThan(0.5);
	expect(ankle!.y).toBeGreaterThan(Math.max(hip!.y, knee!.y));
	const length = (a: { x: number; y: number }, b: { x: number; y: number }) =>
		Math.hypot(a.x - b.x, a.y - b.y);
	expect(length(hip!, knee!) / height).toBeGreaterThan(0.1);
	expect(length(knee!, ankle!) / height).toBeGreaterThan(0.1);
	await expectLiveOnScreen(page, 780 - 64);
	await page.getByRole('button', { name: /^stop$/i }).click();

	// A phone on its side: again, and all of it on screen (the menu is at the top there).
	await page.getByRole('button', { name: /check again/i }).click();
	await page.setViewportSize({ width: 780, height: 360 });
	await page.getByRole('button', { name: /start camera/i }).click();
	await expect(skeleton).toHaveAttribute('data-knee', /^\d+,\d+$/, { timeout: 30_000 });
	await expectLiveOnScreen(page, 360);
	await page.getByRole('button', { name: /^stop$/i }).click();
	// MediaPipe prints its start-up notes through console.error.
	expect(consoleErrors.filter((e) => !e.startsWith('INFO:'))).toEqual([]);
});
