// The pose model's files: fetched from our own origin only when the runner turns form check on, with
// progress, and kept in a cache of their own (not the service worker's install precache) so form
// check works offline afterwards. The files are built into /pose/ by scripts/make-pose-model.js.

/** Where the files are served from (static/pose/ in the build). */
export const MODEL_BASE = '/pose/';
/** The files a detector needs, in download order. */
export const MODEL_FILES = [
	'vision_bundle.js',
	'vision_wasm_internal.js',
	'vision_wasm_internal.wasm',
	'pose_landmarker_lite.task'
] as const;
/** The Cache API cache holding them. Not `patella-*`: the service worker prunes those per version. */
export const MODEL_CACHE = 'form-check-pose-v1';

/** Bytes done and expected, for a progress bar. */
export interface Progress {
	loaded: number;
	total: number;
}

/** What a model cache offers: the subset of the Cache API we use, so tests can pass a fake. */
export interface ModelStore {
	match(url: string): Promise<Response | undefined>;
	put(url: string, response: Response): Promise<void>;
}

/** Parsed `/pose/manifest.json`: each file's size in bytes. */
export type Manifest = Record<string, number>;

/** Checks the manifest written by the build: every file, each size a sane whole number of bytes. */
export function parseManifest(raw: unknown): Manifest | undefined {
	if (typeof raw !== 'object' || raw === null) return undefined;
	const sizes: Manifest = {};
	for (const file of MODEL_FILES) {
		const size = (raw as Record<string, unknown>)[file];
		if (typeof size !== 'number' || !Number.isInteger(size) || size <= 0 || size > 200e6) {
			return undefined;
		}
		sizes[file] = size;
	}
	return sizes;
}

/** The total download, in bytes. */
export function totalBytes(manifest: Manifest): number {
	return MODEL_FILES.reduce((sum, file) => sum + (manifest[file] ?? 0), 0);
}

/** "17.4 MB": a size as the runner reads it. */
export function formatMegabytes(bytes: number): string {
	return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** The browser's model cache, or null where there is none (an insecure origin, private modes). */
export async function openModelStore(): Promise<ModelStore | null> {
	if (typeof caches === 'undefined') return null;
	try {
		const cache = await caches.open(MODEL_CACHE);
		return {
			match: (url) => cache.match(url),
			put: (url, response) => cache.put(url, response)
		};
	} catch {
		return null;
	}
}

/** Whether every file is already in `store`. */
export async function isCached(store: ModelStore | null): Promise<boolean> {
	if (!store) return false;
	for (const file of MODEL_FILES) {
		if (!(await store.match(MODEL_BASE + file))) return false;
	}
	return true;
}

/**
 * Makes sure every file is in `store`, downloading the missing ones and reporting bytes as they
 * arrive. Returns the landmarker bundle's bytes. Throws when a file cannot be fetched.
 */
export async function ensureModel(
	store: ModelStore | null,
	manifest: Manifest,
	onProgress: (progress: Progress) => void,
	fetcher: typeof fetch = fetch
): Promise<Uint8Array> {
	const total = totalBytes(manifest);
	let done = 0;
	let task: Uint8Array | undefined;
	for (const file of MODEL_FILES) {
		const url = MODEL_BASE + file;
		let response = await store?.match(url);
		if (!response) {
			const fetched = await fetcher(url);
			if (!fetched.ok) throw new Error(`${file}: HTTP ${fetched.status}`);
			const body = await readWithProgress(fetched, (n) => onProgress({ loaded: done + n, total }));
			const headers = { 'content-type': fetched.headers.get('content-type') ?? '' };
			await store?.put(url, new Response(body, { headers }));
			response = new Response(body, { headers });
		}
		const bytes = new Uint8Array(await response.arrayBuffer());
		if (file === 'pose_landmarker_lite.task') task = bytes;
		done += manifest[file] ?? 0;
		onProgress({ loaded: done, total });
	}
	if (!task) throw new Error('pose model missing');
	return task;
}

async function readWithProgress(
	response: Response,
	onBytes: (loaded: number) => void
): Promise<Uint8Array<ArrayBuffer>> {
	if (!response.body) return new Uint8Array(await response.arrayBuffer());
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		loaded += value.length;
		onBytes(loaded);
	}
	const body = new Uint8Array(loaded);
	let at = 0;
	for (const chunk of chunks) {
		body.set(chunk, at);
		at += chunk.length;
	}
	return body;
}
