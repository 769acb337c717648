#!/usr/bin/env node
// Serves the static build the way a static host or CDN does: files as they are, and the
// fallback page (200.html) for paths with no file, such as a saved routine's player.
// Usage: node scripts/serve.js [--port 4173] [--dir build]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMPRESSIBLE } from './compressible.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? 4173));
const root = resolve(option('dir', 'build'));

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.webm': 'audio/webm',
	'.ogg': 'audio/ogg',
	'.mp3': 'audio/mpeg',
	'.m4a': 'audio/mp4',
	'.wasm': 'application/wasm'
};

async function isFile(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

/** Maps a URL path to a file of the build: exact file, then `path.html`, then `path/index.html`. */
async function find(pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, clean);
	if (!base.startsWith(root)) return null;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		if (await isFile(candidate)) return candidate;
	}
	return null;
}

const server = createServer(async (req, res) => {
	try {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const file = (await find(url.pathname)) ?? join(root, '200.html');
		const immutable = url.pathname.startsWith('/_app/immutable/');
		const headers = {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			vary: 'accept-encoding'
		};
		// Compress text as static hosts and CDNs do, so budgets and Lighthouse see real transfer
		// sizes: the build's precompressed .br or .gz beside the file when there is one (brotli
		// first, as a CDN over HTTPS serves it), gzip on the fly otherwise.
		const accepted = req.headers['accept-encoding'] ?? '';
		let body;
		if (COMPRESSIBLE.has(extname(file))) {
			for (const [encoding, suffix] of [
				['br', '.br'],
				['gzip', '.gz']
			]) {
				if (body || !new RegExp(`\\b${encoding}\\b`).test(accepted)) continue;
				if (!(await isFile(file + suffix))) continue;
				body = await readFile(file + suffix);
				headers['content-encoding'] = encoding;
			}
			if (!body && /\bgzip\b/.test(accepted)) {
				body = gzipSync(await readFile(file));
				headers['content-encoding'] = 'gzip';
			}
		}
		body ??= await readFile(file);
		res.writeHead(200, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	} catch {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
		res.end('Not found. Run `npm run build` first.');
	}
});

server.listen(port, '127.0.0.1', () => {
	console.log(`Patella is served at http://localhost:${port}/ (Ctrl-C to stop)`);
});
