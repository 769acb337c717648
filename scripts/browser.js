// Where the tests' Chromium lives: $CHROMIUM_PATH, else the system /usr/bin/chromium, else
// Playwright's own browser (undefined). Shared by playwright.config.ts and the scripts.
import { existsSync } from 'node:fs';

/** The Chromium binary to drive, or undefined to let Playwright use its own. */
export function chromiumPath() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
		if (existsSync(candidate)) return candidate;
	}
	return undefined;
}

/** Flags for a headless Chromium on a closed network, run as root in a container. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
