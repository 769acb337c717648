// The audio clock: the parts of Web Audio the cue player uses, and how the audio clock's seconds
// map to `performance.now()` milliseconds (the time cues are given in). No howler here.

/** The parts of an `AudioBufferSourceNode` the cue player uses. */
export interface BufferSourceLike {
	buffer: AudioBuffer | null;
	connect(destination: AudioNode): unknown;
	disconnect(): void;
	start(when: number, offset: number, duration: number): void;
	stop(when?: number): void;
}

/** The parts of an `AudioContext` the cue player uses (`interrupted` is iOS Safari's extra state). */
export interface AudioContextLike {
	readonly state: string;
	readonly currentTime: number;
	resume(): Promise<void>;
	getOutputTimestamp?(): { contextTime?: number; performanceTime?: number };
	createBufferSource(): BufferSourceLike;
	decodeAudioData(data: ArrayBuffer): Promise<AudioBuffer>;
	addEventListener?(type: 'statechange', listener: () => void): void;
}

/** How the audio clock maps to `performance.now()` at one instant. */
export interface ClockMap {
	/** `output` = from `getOutputTimestamp()` (when sound reaches the speaker); else `current`. */
	kind: 'output' | 'current';
	/** The audio-clock time (s) of a `performance.now()` time (ms). */
	toContext(ms: number): number;
	/** The `performance.now()` time (ms) of an audio-clock time (s). */
	toPerformance(seconds: number): number;
}

/**
 * Maps the audio clock to `performance.now()`: through `getOutputTimestamp()` where it gives a
 * time near `nowMs` (it is missing in old Safari, zero before the context runs, and on another
 * timebase when `performance.now()` is faked), else by taking `currentTime` as now.
 */
export function clockMap(ctx: AudioContextLike, nowMs: number): ClockMap {
	const stamp = ctx.getOutputTimestamp?.();
	const contextTime = stamp?.contextTime;
	const performanceTime = stamp?.performanceTime;
	if (
		contextTime !== undefined &&
		performanceTime !== undefined &&
		performanceTime > 0 &&
		Math.abs(performanceTime - nowMs) < 1000
	) {
		return {
			kind: 'output',
			toContext: (ms) => contextTime + (ms - performanceTime) / 1000,
			toPerformance: (seconds) => performanceTime + (seconds - contextTime) * 1000
		};
	}
	const base = ctx.currentTime;
	return {
		kind: 'current',
		toContext: (ms) => base + (ms - nowMs) / 1000,
		toPerformance: (seconds) => nowMs + (seconds - base) * 1000
	};
}

export /** Resolves true when the context runs, false when it refuses or takes longer than `timeoutMs`. */
function resumeContext(ctx: AudioContextLike, timeoutMs: number): Promise<boolean> {
	if (ctx.state === 'running') return Promise.resolve(true);
	return new Promise((resolve) => {
		// Chrome leaves resume() pending, not rejected, when there was no gesture.
		const timer = setTimeout(() => resolve(false), timeoutMs);
		ctx.resume().then(
			() => {
				clearTimeout(timer);
				resolve(ctx.state === 'running');
			},
			() => {
				clearTimeout(timer);
				resolve(false);
			}
		);
	});
}
