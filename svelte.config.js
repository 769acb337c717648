import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// No `window.__svelte.v` version marker: a file and a request less on every page.
		discloseVersion: false,
		// Runes everywhere in our own code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Plain static files; routes that cannot be prerendered (a saved routine, a shared link)
		// are served by the fallback page and rendered in the browser.
		// scripts/precompress.js then writes a brotli (.br) and a gzip (.gz) file beside each text
		// file, for hosts that serve them as they are (see the README). Not the adapter's
		// `precompress`: its brotli at full strength on the 11 MB pose model took minutes.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		// Every page's stylesheets go inline into its HTML (the largest is under 12 KB): the first
		// paint waits for no stylesheet request, which made Lighthouse's Speed Index 3.9 s in 13 of
		// 43 runs. Kit adds each inline <style>'s hash to the policy below.
		inlineStyleThreshold: 16_384,
		// The update prompt (src/lib/components/UpdatePrompt.svelte) registers the service worker
		// itself, so that it alone decides when a waiting version takes over.
		serviceWorker: { register: false },
		// A static host sends no headers of ours, so the policy travels in a <meta> tag, with hashes
		// of Kit's inline boot script (nonces need a server). `frame-ancestors` has no effect in a
		// meta tag and is left out; a host that can send headers should add it there.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// 'wasm-unsafe-eval' lets form check compile its pose model's WebAssembly (served from
				// /pose/); it allows no eval of JavaScript.
				'script-src': ['self', 'wasm-unsafe-eval'],
				// Stylesheets come from our own files, or inline with their hash (added by Kit). Inline
				// style *attributes* are allowed:
				// the prerendered HTML carries some (Kit's `<div style="display: contents">`
				// wrapper, Svelte's `style:` directives such as the player's progress fill), and a
				// style attribute cannot run script. No inline <style> element without its hash.
				'style-src': ['self'],
				'style-src-elem': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				// howler parks idle HTML5 audio elements on a silent data: URI.
				'media-src': ['self', 'blob:', 'data:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
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
