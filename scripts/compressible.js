// The file types a static host compresses (audio and images are compressed already): the build
// precompresses them (scripts/precompress.js) and scripts/serve.js serves them compressed.
export const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.webmanifest',
	'.svg',
	'.txt',
	'.wasm'
]);
