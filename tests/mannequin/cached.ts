// The mannequin video, rendered once per version of the scene and kept in the system's temp folder
// (about 60 MB, never committed). Shared by the e2e spec and the bench.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/browser.js';
import { renderMannequinVideo, type MannequinTruth } from './video';

const here = dirname(fileURLToPath(import.meta.url));

/** Chromium flags for WebGL in software (three.js needs it with no GPU). */
export const webglArgs = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader'];

/** Path of the .y4m and its ground truth ({ fps, width, height, frames, reps }), made if missing. */
export async function mannequinVideo(): Promise<{ video: string; truth: MannequinTruth }> {
	const hash = createHash('sha256');
	for (const file of ['scene.js', 'video.ts']) hash.update(await readFile(join(here, file)));
	const base = join(tmpdir(), 'patella-form-check', hash.digest('hex').slice(0, 16));
	const video = `${base}.y4m`;
	const truthFile = `${base}.json`;
	if (!existsSync(video) || !existsSync(truthFile)) {
		await mkdir(dirname(base), { recursive: true });
		const browser = await chromium.launch({
			executablePath: chromiumPath(),
			args: [...chromiumArgs.filter((a) => a !== '--disable-gpu'), ...webglArgs]
		});
		try {
			const truth = await renderMannequinVideo(browser, `${video}.part`);
			await rename(`${video}.part`, video);
			await writeFile(truthFile, JSON.stringify(truth));
		} finally {
			await browser.close();
		}
	}
	return { video, truth: JSON.parse(await readFile(truthFile, 'utf8')) as MannequinTruth };
}
