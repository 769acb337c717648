import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/browser.js';

// PORT lets several checkouts run their suites side by side.
const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		launchOptions: { executablePath: chromiumPath(), args: chromiumArgs }
	},
	projects: [
		{ name: 'phone', use: { ...devices['Pixel 7'], viewport: { width: 360, height: 780 } } }
	],
	webServer: {
		// The static build, served as a static host would (npm run test:e2e builds first).
		command: `node scripts/serve.js --port ${port}`,
		port,
		reuseExistingServer: !process.env.CI
	}
});
