// The one rune class behind /form-check. It owns the whole session: the model download, the camera,
// the detection loop, the screen wake lock and the spoken cue; the page only lays it out. The rules
// (angles, reps, flags) live in the pure modules beside it.
import { cavedIn } from './flags';
import { createPoseDetector, type PoseDetector } from './detector';
import { readLeg, type Leg, type LegFrame, type Missing } from './landmarks';
import {
	ensureModel,
	isCached,
	MODEL_BASE,
	openModelStore,
	parseManifest,
	totalBytes,
	type Manifest,
	type ModelStore,
	type Progress
} from './model';
import { RepCounter, type Rep } from './reps';

/** Where the session is. */
export type Phase =
	'checking' | 'off' | 'downloading' | 'ready' | 'starting' | 'watching' | 'stopped';

/** What the coach says on a rep where the knee caves in. */
export const CAVE_CUE =
	'Knee caves in: push the knee out over the little toe, squeeze the glute, go less deep.';

/** The outside world, passed in so tests can fake it. */
export interface SessionDeps {
	fetcher: typeof fetch;
	openStore: () => Promise<ModelStore | null>;
	createDetector: (task: Uint8Array) => Promise<PoseDetector>;
	getCamera: (facing: 'user' | 'environment') => Promise<MediaStream>;
	speak: (text: string) => void;
	now: () => number;
	frame: (callback: () => void) => () => void;
}

const defaults: SessionDeps = {
	fetcher: (...args) => fetch(...args),
	openStore: openModelStore,
	createDetector: createPoseDetector,
	// Only the facing: a size or aspect constraint makes browsers crop the frame (and cut off feet);
	// the camera's default (640x480 on most phones) is plenty for a 256-pixel model.
	getCamera: (facing) =>
		navigator.mediaDevices.getUserMedia({ audio: false, video: { facingMode: facing } }),
	speak: (text) => {
		if (typeof speechSynthesis === 'undefined') return;
		speechSynthesis.cancel();
		speechSynthesis.speak(new SpeechSynthesisUtterance(text));
	},
	now: () => performance.now(),
	frame: (callback) => {
		const id = requestAnimationFrame(callback);
		return () => cancelAnimationFrame(id);
	}
};

/** A camera error in the runner's words. */
export function cameraMessage(error: unknown): string {
	const name = (error as { name?: unknown } | null)?.name;
	if (name === 'NotAllowedError' || name === 'SecurityError') {
		return 'Camera access was denied. Allow the camera for this site in the browser settings, then try again.';
	}
	if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') {
		return 'No camera could be opened. Check that the phone has one and no other app is using it.';
	}
	return 'The camera could not start here. Form check needs a browser with camera access over https.';
}

/** One form-check session on the page. */
export class FormCheckSession {
	phase = $state<Phase>('checking');
	manifest = $state.raw<Manifest | undefined>();
	progress = $state.raw<Progress>({ loaded: 0, total: 0 });
	error = $state<string | null>(null);
	reps = $state.raw<Rep[]>([]);
	/** The stance leg in the latest frame, for the skeleton. */
	leg = $state.raw<LegFrame | null>(null);
	/** Why the latest frame had no leg. */
	missing = $state<Missing | null>(null);
	/** Median detection time over recent frames, ms. */
	msPerFrame = $state(0);
	voice = $state(false);

	readonly caved = $derived(cavedIn(this.reps.map((rep) => rep.fppa)));
	readonly downloadBytes = $derived(this.manifest ? totalBytes(this.manifest) : 0);

	#deps: SessionDeps;
	#store: ModelStore | null = null;
	#task: Uint8Array | null = null;
	#detector: PoseDetector | null = null;
	#stream: MediaStream | null = null;
	#cancelFrame: (() => void) | null = null;
	#wakeLock: WakeLockSentinel | null = null;
	#counter = new RepCounter();
	#times: number[] = [];

	constructor(deps: Partial<SessionDeps> = {}) {
		this.#deps = { ...defaults, ...deps };
	}

	/** Finds out whether the model is here already (then form check is on) and how big it is. */
	async init(): Promise<void> {
		this.#store = await this.#deps.openStore();
		if (await isCached(this.#store)) {
			this.phase = 'ready';
			return;
		}
		try {
			const response = await this.#deps.fetcher(`${MODEL_BASE}manifest.json`);
			this.manifest = parseManifest(await response.json());
		} catch {
			this.manifest = undefined;
		}
		this.phase = 'off';
		if (!this.manifest)
			this.error = 'The pose model cannot be downloaded now. Connect to the internet and reload.';
	}

	/** Turns form check on: downloads the model files into the cache, with progress. */
	async download(): Promise<void> {
		if (!this.manifest) return;
		this.phase = 'downloading';
		this.error = null;
		try {
			this.#task = await ensureModel(
				this.#store,
				this.manifest,
				(p) => (this.progress = p),
				this.#deps.fetcher
			);
			this.phase = 'ready';
		} catch {
			this.phase = 'off';
			this.error = 'The download stopped. Check the connection and try again; nothing was lost.';
		}
	}

	/** Opens the camera into `video` and starts watching `leg`. */
	async start(video: HTMLVideoElement, leg: Leg, facing: 'user' | 'environment'): Promise<void> {
		this.phase = 'starting';
		this.error = null;
		this.reps = [];
		this.leg = null;
		this.missing = null;
		this.#counter = new RepCounter();
		this.#times = [];
		try {
			this.#task ??= await ensureModel(
				this.#store,
				this.manifest ?? {},
				() => {},
				this.#deps.fetcher
			);
			this.#detector ??= await this.#deps.createDetector(this.#task);
		} catch {
			this.phase = 'ready';
			this.error = 'The pose model could not start on this device.';
			return;
		}
		try {
			this.#stream = await this.#deps.getCamera(facing);
		} catch (error) {
			this.phase = 'ready';
			this.error = cameraMessage(error);
			return;
		}
		video.srcObject = this.#stream;
		await video.play().catch(() => {});
		this.phase = 'watching';
		void this.#keepAwake();
		this.#loop(video, leg);
	}

	/** Stops the camera; the reps stay for the summary. */
	stop(): void {
		this.#cancelFrame?.();
		this.#cancelFrame = null;
		for (const track of this.#stream?.getTracks() ?? []) track.stop();
		this.#stream = null;
		void this.#wakeLock?.release().catch(() => {});
		this.#wakeLock = null;
		if (this.phase === 'watching' || this.phase === 'starting') this.phase = 'stopped';
	}

	/** Back to the set-up, ready for another go. */
	reset(): void {
		this.stop();
		this.reps = [];
		this.phase = 'ready';
	}

	/** Ends everything when the page goes. */
	destroy(): void {
		this.stop();
		this.#detector?.close();
		this.#detector = null;
	}

	#loop(video: HTMLVideoElement, leg: Leg): void {
		let lastVideoTime = -1;
		const step = () => {
			this.#cancelFrame = this.#deps.frame(step);
			if (!this.#detector || video.readyState < 2 || video.currentTime === lastVideoTime) return;
			lastVideoTime = video.currentTime;
			const started = this.#deps.now();
			const pose = this.#detector.detect(video, started);
			this.#timed(this.#deps.now() - started);
			this.#see(started, readLeg(pose, leg, video.videoWidth, video.videoHeight));
		};
		step();
	}

	#see(at: number, seen: LegFrame | Missing): void {
		if (typeof seen === 'string') {
			this.missing = seen;
			this.leg = null;
			return;
		}
		this.missing = null;
		this.leg = seen;
		const rep = this.#counter.push(at, seen);
		if (!rep) return;
		this.reps = [...this.reps, rep];
		if (this.voice && this.caved[this.caved.length - 1]) this.#deps.speak(CAVE_CUE);
	}

	#timed(ms: number): void {
		this.#times = [...this.#times.slice(-29), ms];
		const sorted = [...this.#times].sort((a, b) => a - b);
		this.msPerFrame = Math.round(sorted[sorted.length >> 1] ?? 0);
	}

	async #keepAwake(): Promise<void> {
		try {
			this.#wakeLock = (await navigator.wakeLock?.request('screen')) ?? null;
		} catch {
			// No wake lock (an old browser, low battery): the screen may dim; nothing else changes.
		}
	}
}
