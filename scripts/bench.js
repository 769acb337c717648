#!/usr/bin/env node
// `npm run bench`: every benchmark, one after the other, each printing its own table.
// Expects a fresh build in build/ (the npm script builds first). Exits 1 when a figure misses
// its target, after printing them all.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const benches = [
	['scripts/bench-size.js'],
	['scripts/bench-timing.js'],
	['scripts/bench-form-check.js'],
	['scripts/bench-lighthouse.js', '--port', '4191']
].filter(([file]) => existsSync(file));
let failed = false;
for (const [file, ...args] of benches) {
	console.log(`\n# ${file}`);
	const { status } = spawnSync(process.execPath, [file, ...args], { stdio: 'inherit' });
	if (status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
