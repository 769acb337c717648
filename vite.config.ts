import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Tests are sorted by what they need, not by their name: these need a DOM or Svelte's client
// runtime (components, effects, storage events); everything else runs in Node, which starts faster.
const BROWSER_TESTS = [
	'src/lib/components/**/*.svelte.test.ts',
	'src/routes/**/*.svelte.test.ts',
	'src/lib/player/session.svelte.test.ts',
	'src/lib/storage/persisted.svelte.test.ts',
	'src/lib/storage/stores.svelte.test.ts',
	'src/lib/storage/favorites.svelte.test.ts'
];

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				// Svelte's runtime and Kit's client in one chunk that every page loads anyway, rather
				// than in many small ones split by which pages share them: fewer requests, and
				// measured 0.9 KiB less on every page (scripts/bench-size.js).
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]/
						}
					]
				}
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: BROWSER_TESTS
				}
			},
			{
				extends: './vite.config.ts',
				// Svelte 5 components need the browser build of svelte in jsdom.
				resolve: { conditions: ['browser'] },
				test: {
					name: 'component',
					environment: 'jsdom',
					include: BROWSER_TESTS,
					setupFiles: ['./vitest-setup.ts']
				}
			}
		]
	}
});
