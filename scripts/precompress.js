#!/usr/bin/env node
// Writes a brotli (.br) and a gzip (.gz) copy beside each text file of the build, as a static host
// that serves precompressed files wants them (see the README). Brotli at full strength (quality 11)
// for files up to 1 MiB, the app's own code; quality 6 above, the form check's 11 MB pose model,
// where 11 takes minutes for a few per cent. Usage: node scripts/precompress.js [--dir build]
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { COMPRESSIBLE } from './compressible.js';

const args = process.argv.slice(2);
const dirIndex = args.indexOf('--dir');
const root = dirIndex >= 0 && args[dirIndex + 1] ? args[dirIndex + 1] : 'build';

const BIG = 1024 * 1024;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Every file under `dir`, recursively. */
async function* files(/** @type {string} */ dir) {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else if (entry.isFile()) yield path;
	}
}

let count = 0;
let before = 0;
let after = 0;
for await (const path of files(root)) {
	if (!COMPRESSIBLE.has(extname(path))) continue;
	const content = await readFile(path);
	const size = (await stat(path)).size;
	const quality = size > BIG ? 6 : constants.BROTLI_MAX_QUALITY;
	const [br, gzipped] = await Promise.all([
		brotli(content, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: quality,
				[constants.BROTLI_PARAM_SIZE_HINT]: size
			}
		}),
		gz(content, { level: 9 })
	]);
	await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
	count += 1;
	before += size;
	after += br.length;
}
console.log(
	`precompressed ${count} files in ${root}/: ${(before / 1024 / 1024).toFixed(1)} MiB, ${(after / 1024 / 1024).toFixed(1)} MiB as brotli`
);
