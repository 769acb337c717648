// Renders the mannequin (./scene.js) doing single-leg squats, in headless Chromium with three.js,
// into a .y4m file that Chromium can play as a fake camera (--use-file-for-fake-video-capture).
// Returns, for each rep, the projected joint centres at its deepest frame: the ground truth.
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));
const three = resolve(here, '../../node_modules/three/build');
const ORIGIN = 'http://mannequin.test';

/** The default session: five reps, the second and fourth with the knee caving in (projected FPPA
 *  about 14 and 21 degrees; the others about 0). */
export const DEFAULT_REPS: number[] = [1, 6, 1.5, 9, 1];

/** A point in image pixels. */
export interface Pixel {
	x: number;
	y: number;
}

/** The projected joint centres of the stance leg and the other hip. */
export type Joints = Record<'hip' | 'knee' | 'ankle' | 'otherHip', Pixel>;

/** What the video holds, with each rep's ground truth at its deepest frame. */
export interface MannequinTruth {
	fps: number;
	width: number;
	height: number;
	frames: number;
	reps: { valgus: number; joints: Joints | null }[];
}

interface Step {
	depth: number;
	valgus: number;
	rep?: number;
	deepest?: boolean;
}

declare global {
	interface Window {
		ready?: boolean;
		frameSize: { width: number; height: number };
		renderFrame: (depth: number, valgus: number) => { frame: string; joints: Joints };
	}
}

/**
 * Writes the video to `out` and returns { fps, width, height, frames, reps: [{ valgus, joints }] }.
 * `browser` is a Playwright Browser launched with --enable-unsafe-swiftshader (WebGL in software).
 */
export async function renderMannequinVideo(
	browser: Browser,
	out: string,
	{ valgus = DEFAULT_REPS, fps = 8 } = {}
): Promise<MannequinTruth> {
	const page = await browser.newPage();
	try {
		// Everything is served from memory: the page makes no real request.
		await page.route(`${ORIGIN}/**`, async (route) => {
			const path = new URL(route.request().url()).pathname;
			if (path === '/') {
				return route.fulfill({
					contentType: 'text/html',
					body: `<!doctype html><body style="margin:0"><script type="importmap">{"imports":{"three":"/three/three.module.js"}}</script><script type="module" src="/scene.js"></script></body>`
				});
			}
			const file = path.startsWith('/three/')
				? join(three, path.slice(7))
				: join(here, path.slice(1));
			return route.fulfill({ contentType: 'text/javascript', body: await readFile(file) });
		});
		await page.goto(`${ORIGIN}/`);
		await page.waitForFunction(() => window.ready === true);
		const { width, height } = await page.evaluate(() => window.frameSize);

		// The schedule: stand 3 s (the runner getting into place while the detector warms up), then
		// per rep 3 s down and up with a 1 s hold at the deepest point (as a slow, controlled squat
		// does; on a busy machine the detector still sees the bottom several times), and 0.75 s
		// standing.
		const stand = Math.round(fps * 0.75);
		const down = Math.round(fps * 3);
		const hold = fps;
		const schedule: Step[] = [];
		for (let i = 0; i < fps * 3; i++) schedule.push({ depth: 0, valgus: 0 });
		valgus.forEach((angle, rep) => {
			for (let f = 0; f <= down; f++) {
				const phase = Math.sin((Math.PI * f) / down);
				schedule.push({ depth: phase, valgus: angle * phase, rep, deepest: f === down / 2 });
				if (f === down / 2) {
					for (let i = 0; i < hold; i++)
						schedule.push({ depth: phase, valgus: angle * phase, rep });
				}
			}
			for (let i = 0; i < stand; i++) schedule.push({ depth: 0, valgus: 0 });
		});

		const file = createWriteStream(out);
		file.write(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
		const reps: MannequinTruth['reps'] = valgus.map((angle) => ({ valgus: angle, joints: null }));
		for (const step of schedule) {
			const { frame, joints } = await page.evaluate(
				({ depth, angle }) => window.renderFrame(depth, angle),
				{ depth: step.depth, angle: step.valgus }
			);
			file.write('FRAME\n');
			file.write(Buffer.from(frame, 'base64'));
			const rep = step.deepest && step.rep !== undefined ? reps[step.rep] : undefined;
			if (rep) rep.joints = joints;
		}
		await new Promise<void>((done) => file.end(done));
		return { fps, width, height, frames: schedule.length, reps };
	} finally {
		await page.close();
	}
}
