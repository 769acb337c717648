import { describe, expect, it, vi } from 'vitest';
import {
	MODEL_BASE,
	MODEL_FILES,
	ensureModel,
	formatMegabytes,
	isCached,
	openModelStore,
	parseManifest,
	totalBytes,
	type Manifest,
	type ModelStore,
	type Progress
} from './model';

/** Each file's size and bytes: a few kB apiece, the .task last. */
const files = new Map(
	MODEL_FILES.map((file, i) => [file, new Uint8Array(1000 * (i + 1)).fill(i + 1)] as const)
);
const manifest: Manifest = Object.fromEntries([...files].map(([file, b]) => [file, b.length]));

/** A Cache API stand-in that remembers what was put. */
function memoryStore(): ModelStore & { urls: () => string[] } {
	const kept = new Map<string, ArrayBuffer>();
	return {
		match: async (url) => (kept.has(url) ? new Response(kept.get(url)!.slice(0)) : undefined),
		put: async (url, response) => void kept.set(url, await response.arrayBuffer()),
		urls: () => [...kept.keys()]
	};
}

/** A fetch of the built files, streamed in two chunks each; `fail` answers 404 for one file. */
function server(fail?: string) {
	return vi.fn(async (input: RequestInfo | URL) => {
		const file = String(input).slice(MODEL_BASE.length);
		const bytes = files.get(file as (typeof MODEL_FILES)[number]);
		if (!bytes || file === fail) return new Response('missing', { status: 404 });
		const half = bytes.length >> 1;
		const body = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(bytes.slice(0, half));
				controller.enqueue(bytes.slice(half));
				controller.close();
			}
		});
		return new Response(body, { headers: { 'content-type': 'application/octet-stream' } });
	});
}

describe('the pose model manifest', () => {
	it('gives every file a whole, sane size', () => {
		expect(parseManifest(manifest)).toEqual(manifest);
		expect(totalBytes(manifest)).toBe(10_000);
		expect(formatMegabytes(9_240_000)).toBe('9.2 MB');
	});

	it('refuses a manifest with a file missing or a size out of range', () => {
		const [first] = MODEL_FILES;
		for (const size of [0, -1, 1.5, 3e8, '100', null]) {
			expect(parseManifest({ ...manifest, [first]: size })).toBeUndefined();
		}
		const rest = { ...manifest };
		delete rest[first];
		expect(parseManifest(rest)).toBeUndefined();
		expect(parseManifest(null)).toBeUndefined();
		expect(parseManifest('x')).toBeUndefined();
	});
});

describe('downloading and caching the pose model', () => {
	it('downloads every file once, with progress rising to the total, and keeps them', async () => {
		const store = memoryStore();
		const fetcher = server();
		const progress: Progress[] = [];
		const task = await ensureModel(store, manifest, (p) => progress.push(p), fetcher);

		expect(task).toEqual(files.get('pose_landmarker_lite.task'));
		expect(fetcher).toHaveBeenCalledTimes(MODEL_FILES.length);
		expect(fetcher.mock.calls.map(([url]) => String(url))).toEqual(
			MODEL_FILES.map((f) => MODEL_BASE + f)
		);
		expect(store.urls().sort()).toEqual(MODEL_FILES.map((f) => MODEL_BASE + f).sort());
		expect(await isCached(store)).toBe(true);
		// Bytes are reported as they stream in, never going back, ending at the total.
		const loaded = progress.map((p) => p.loaded);
		expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
		expect(progress.at(-1)).toEqual({ loaded: 10_000, total: 10_000 });
		expect(loaded.filter((n) => n > 0 && n < 1000).length).toBeGreaterThan(0);
	});

	it('offline after the first time: a full cache needs no network', async () => {
		const store = memoryStore();
		await ensureModel(store, manifest, () => {}, server());
		const offline = vi.fn(async () => {
			throw new TypeError('Failed to fetch');
		});
		const task = await ensureModel(store, {}, () => {}, offline);
		expect(task).toEqual(files.get('pose_landmarker_lite.task'));
		expect(offline).not.toHaveBeenCalled();
	});

	it('a download cut short keeps the files already fetched, and the next try fetches only the rest', async () => {
		const store = memoryStore();
		const broken = server('vision_wasm_internal.wasm');
		await expect(ensureModel(store, manifest, () => {}, broken)).rejects.toThrow(
			'vision_wasm_internal.wasm: HTTP 404'
		);
		expect(await isCached(store)).toBe(false);
		expect(store.urls()).toEqual([
			MODEL_BASE + 'vision_bundle.js',
			MODEL_BASE + 'vision_wasm_internal.js'
		]);

		const again = server();
		await ensureModel(store, manifest, () => {}, again);
		expect(again.mock.calls.map(([url]) => String(url))).toEqual([
			MODEL_BASE + 'vision_wasm_internal.wasm',
			MODEL_BASE + 'pose_landmarker_lite.task'
		]);
		expect(await isCached(store)).toBe(true);
	});

	it('works without a cache (a private window): downloaded, not kept', async () => {
		expect(await isCached(null)).toBe(false);
		const task = await ensureModel(null, manifest, () => {}, server());
		expect(task).toEqual(files.get('pose_landmarker_lite.task'));
	});

	it('has no cache where the Cache API is missing or refuses', async () => {
		expect(await openModelStore()).toBeNull();
		vi.stubGlobal('caches', {
			open: () => Promise.reject(new DOMException('no', 'SecurityError'))
		});
		try {
			expect(await openModelStore()).toBeNull();
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
