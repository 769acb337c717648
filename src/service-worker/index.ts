// The offline layer. After one visit the whole app lives in one cache per version: the built
// JavaScript and CSS, everything in static/ (icons, manifest, the audio sprite), every
// prerendered page and file (such as `/routine-cards.json`, which a client-side navigation to `/`
// fetches) and the fallback page that renders the others (a saved routine's player, a shared link)
// in the browser. A new version installs beside the old one and waits: the update
// prompt asks it to take over (`skip-waiting`) when the runner is not in the middle of a routine.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `patella-${version}`;
/** The page Kit writes for paths with no prerendered file; it renders any route in the browser. */
const FALLBACK = '/200.html';
/** Form check's pose model (17 MB): never precached; /form-check downloads it into its own cache
 *  (src/lib/form-check/model.ts) only when the runner turns form check on. */
const POSE = '/pose/';

/** Hashed build output and static files: they never change within a version. */
const IMMUTABLE = new Set([...build, ...files.filter((path) => !isJunk(path))]);
/** Everything the app needs with no network. */
const PRECACHE = [...IMMUTABLE, ...prerendered, FALLBACK];

/** Files in static/ that no page ever asks for (editor and OS leftovers). */
function isJunk(path: string): boolean {
	const name = path.slice(path.lastIndexOf('/') + 1);
	return name.startsWith('.') || name === 'Thumbs.db' || path.startsWith(POSE);
}

sw.addEventListener('install', (event) => {
	// No skipWaiting here: an update waits for the prompt, so it never swaps code under a routine.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE && key.startsWith('patella-')) await caches.delete(key);
			}
			// The first visit's page works offline at once, without a reload.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: unknown } | null)?.type === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	if (request.mode === 'navigate') {
		event.respondWith(navigate(request, url));
	} else if (url.pathname.startsWith(POSE)) {
		event.respondWith(poseFile(request));
	} else if (IMMUTABLE.has(url.pathname)) {
		event.respondWith(cacheFirst(request, url));
	} else {
		event.respondWith(networkFirst(request));
	}
});

/** Pages: the network when it answers, else this version's copy, else the fallback page. */
async function navigate(request: Request, url: URL): Promise<Response> {
	try {
		const response = await fetch(request);
		if (response.ok) return response;
		throw new Error(`HTTP ${response.status}`);
	} catch (error) {
		const cache = await caches.open(CACHE);
		const page = (await cache.match(url.pathname)) ?? (await cache.match(FALLBACK));
		if (page) return page;
		throw error;
	}
}

/** Build files and static files: from the cache, the network only if the cache lost them. */
async function cacheFirst(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// Audio elements ask for ranges; the whole cached file answers them as well.
	const cached = await cache.match(url.pathname);
	return cached ?? fetch(request);
}

/** The pose model's files: the copy form check cached, else the network. */
async function poseFile(request: Request): Promise<Response> {
	return (await caches.match(request, { ignoreSearch: true })) ?? fetch(request);
}

/** Anything else of ours (the prerendered JSON files, Kit's version check): fresh if possible. */
async function networkFirst(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const cached = await caches.match(request, { ignoreSearch: true });
		if (cached) return cached;
		throw error;
	}
}
