#!/usr/bin/env node
// Form check's figures: the pose model download (raw and gzipped) and the detector's time per
// frame (BlazePose lite, CPU/XNNPACK, tracking mode) in headless Chromium, on a photo of real people
// from Debian's labelme-examples (two men squatting, frontal) when it is installed.
import { existsSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser.js';
import { squatPhoto } from './test-photos.js';

const port = Number(process.env.BENCH_FORM_PORT ?? 4192);
const dir = 'build/pose';
const files = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
let raw = 0;
let gzipped = 0;
for (const file of Object.keys(files)) {
	const bytes = readFileSync(`${dir}/${file}`);
	raw += bytes.length;
	gzipped += gzipSync(bytes).length;
}
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
console.log(`form check download: ${mb(raw)} (${mb(gzipped)} gzipped), only on /form-check`);

const PHOTO = squatPhoto.image;
if (!existsSync(PHOTO)) {
	console.log(
		'form check speed: skipped (node scripts/ensure-test-photos.js installs the test photo)'
	);
	process.exit(0);
}
const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port)], {
	stdio: 'ignore'
});
await new Promise((done) => setTimeout(done, 800));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
	const page = await browser.newPage();
	await page.goto(`http://localhost:${port}/form-check`);
	const photo = `data:image/jpeg;base64,${readFileSync(PHOTO).toString('base64')}`;
	const result = await page.evaluate(async (src) => {
		const vision = await import('/pose/vision_bundle.js');
		const task = new Uint8Array(
			await (await fetch('/pose/pose_landmarker_lite.task')).arrayBuffer()
		);
		const started = performance.now();
		const landmarker = await vision.PoseLandmarker.createFromOptions(
			{
				wasmLoaderPath: '/pose/vision_wasm_internal.js',
				wasmBinaryPath: '/pose/vision_wasm_internal.wasm'
			},
			{ baseOptions: { modelAssetBuffer: task, delegate: 'CPU' }, runningMode: 'VIDEO' }
		);
		const startup = performance.now() - started;
		const image = new Image();
		image.src = src;
		await image.decode();
		const times = [];
		let pose;
		for (let i = 0; i < 40; i++) {
			const t = performance.now();
			pose = landmarker.detectForVideo(image, i * 33 + 1).landmarks[0];
			times.push(performance.now() - t);
		}
		times.sort((a, b) => a - b);
		const legs = pose ? [23, 24, 25, 26, 27, 28].map((i) => pose[i].visibility ?? 0) : [];
		return { startup, median: times[times.length >> 1], legs };
	}, photo);
	console.log(`form check start-up: ${Math.round(result.startup)} ms`);
	console.log(`form check detection: ${result.median.toFixed(1)} ms a frame (median of 40, CPU)`);
	console.log(
		`form check on a real photo: hips, knees, ankles visibility ${result.legs.map((v) => v.toFixed(2)).join(', ')}`
	);
} finally {
	await browser.close();
	server.kill();
}
