#!/usr/bin/env node
// Makes sure the end-to-end tests have a Chromium. On Debian as root with none found, installs
// the distribution's package; elsewhere, says exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './browser.js';

/** Playwright's own Chromium, where `playwright install` was able to fetch it. */
async function playwrightOwnBrowser() {
	try {
		const { chromium } = await import('@playwright/test');
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

const found = chromiumPath() ?? (await playwrightOwnBrowser());
if (found) {
	console.log(`Browser for the tests: ${found}`);
	process.exit(0);
}

const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isDebian && isRoot) {
	console.log('No Chromium found: installing the Debian package "chromium" with apt-get...');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
		stdio: 'inherit'
	});
	if (chromiumPath()) process.exit(0);
	console.error('apt-get finished but /usr/bin/chromium is still missing.');
	process.exit(1);
}

console.error(`No Chromium found for the end-to-end tests. Do one of these, then run the tests again:
  - Debian or Ubuntu:  sudo apt-get install -y chromium
  - anywhere else:     npx -y playwright@1.65.1 install chromium
  - or point to a Chromium you have:  export CHROMIUM_PATH=/path/to/chromium`);
process.exit(1);
