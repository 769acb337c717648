#!/usr/bin/env node
// `npm run bench`: every benchmark, one after the other, each printing its own table.
// Expects a fresh build in build/ (the npm script builds first).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const benches = ['scripts/bench-timing.js'].filter((file) => existsSync(file));
let failed = false;
for (const file of benches) {
	console.log(`\n# ${file}`);
	const { status } = spawnSync(process.execPath, [file], { stdio: 'inherit' });
	if (status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
