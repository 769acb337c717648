import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our own code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Plain static files; routes that cannot be prerendered (a saved routine, a shared link)
		// are served by the fallback page and rendered in the browser.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		typescript: {
			// Type-check (and type-aware lint) the tool configs and scripts too.
			config: (tsconfig) => {
				tsconfig.include.push(
					'../playwright.config.ts',
					'../vitest-setup.ts',
					'../scripts/**/*.ts'
				);
			}
		}
	}
};

export default config;
