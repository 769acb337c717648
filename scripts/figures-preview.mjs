// A dev aid: draws every exercise's start, middle and end pose on one HTML contact sheet, on a light
// or a dark background, framed the way ExerciseFigure.svelte frames them, so the figures can be
// looked at together. Usage:
//   node scripts/figures-preview.mjs [out.html] [--dark] [--size=96] [--player] [--cols=3]
//     [--only=id,id] [--page=n]     (default /tmp/figures.html)
//   --size is the thumbnail width in CSS pixels (routine card 96, stretch picker 56); --player draws
//   each pose cropped into a 288 x 176 box, as the player and the exercise page do.
//   /usr/bin/chromium --headless=new --no-sandbox --disable-gpu --screenshot=/tmp/figures.png \
//     --window-size=1400,3000 file:///tmp/figures.html
// It compiles the two pure modules with TypeScript's own transpiler into a temporary folder.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';

const out = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/tmp/figures.html';
const size = Number(process.argv.find((a) => a.startsWith('--size='))?.slice(7) ?? 96);
const player = process.argv.includes('--player');
const cols = Number(process.argv.find((a) => a.startsWith('--cols='))?.slice(7) ?? 3);
const page = Number(process.argv.find((a) => a.startsWith('--page='))?.slice(7) ?? 0);
const dark = process.argv.includes('--dark');
const only = process.argv
	.find((a) => a.startsWith('--only='))
	?.slice(7)
	.split(',');
const dir = mkdtempSync(join(tmpdir(), 'figures-'));
for (const name of ['figure', 'poses']) {
	const source = readFileSync(new URL(`../src/lib/figures/${name}.ts`, import.meta.url), 'utf8');
	const { outputText } = ts.transpileModule(source, {
		compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
	});
	writeFileSync(
		join(dir, `${name}.mjs`),
		outputText.replace("from './figure'", "from './figure.mjs'")
	);
}
const { drawFigure, floorFor, frameOf, lerpPose, THUMBNAIL_ASPECT } = await import(
	join(dir, 'figure.mjs')
);
const { poses, fallbackFigure } = await import(join(dir, 'poses.mjs'));

const opacity = { prop: 0.45, far: 0.42, body: 1, near: 1 };

/** One pose as an SVG string, framed and drawn the way ExerciseFigure.svelte draws it. */
function svg(pose, frame) {
	const shapes = drawFigure(pose, floorFor(frame)).shapes.map((s) =>
		s.kind === 'circle'
			? `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="currentColor" stroke="none" opacity="${opacity[s.layer]}"/>`
			: `<path d="${s.d}" stroke-width="${s.width}" opacity="${opacity[s.layer]}"/>`
	);
	const [width, height] = player ? [288, 176] : [size, size / THUMBNAIL_ASPECT];
	const box = `${frame.x} ${frame.y} ${frame.width} ${frame.height}`;
	return `<svg viewBox="${box}" width="${width}" height="${height}" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">${shapes.join('')}</svg>`;
}

const entries = [...Object.entries(poses), ['(fallback)', fallbackFigure]].filter(([id], i) =>
	only ? only.includes(id) : !page || Math.floor(i / 12) === page - 1
);
const cells = entries
	.map(([id, f]) => {
		const frame = frameOf(f.start, f.end, player ? undefined : THUMBNAIL_ASPECT);
		const drawn = [f.start, lerpPose(f.start, f.end, 0.5), f.end].map((p) => svg(p, frame));
		return `<figure><figcaption>${id}</figcaption>${drawn.join('')}</figure>`;
	})
	.join('\n');
const html = `<!doctype html><meta charset="utf-8"><title>Figures</title><style>
body{margin:0;font:12px system-ui}
section{padding:8px;display:grid;grid-template-columns:repeat(${cols},max-content);gap:4px}
.light{background:#fbfaf7;color:#17201d;--box:#eef1ec}.dark{background:#151b1e;color:#e9efec;--box:#212926}
figure{margin:0;border:1px solid color-mix(in srgb,currentColor 15%,transparent);padding:2px}
figcaption{font-weight:600}svg{vertical-align:top;margin:2px;background:var(--box)}
</style><section class="${dark ? 'dark' : 'light'}">${cells}</section>`;
writeFileSync(out, html);
console.log(`${entries.length} figures -> ${out}`);
