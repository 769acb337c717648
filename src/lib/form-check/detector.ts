// The pose detector: MediaPipe's PoseLandmarker (BlazePose lite) running in wasm on the CPU, loaded
// from our own origin. Its JavaScript is not part of the app's bundle: it is imported from /pose/ at
// run time, so nothing of it reaches a page other than /form-check.
import type { PoseLandmarker } from '@mediapipe/tasks-vision';
import type { Landmark } from './landmarks';
import { MODEL_BASE } from './model';

/** Finds the runner's pose in a video frame. */
export interface PoseDetector {
	/** The landmarks of the one person found in the current frame, or undefined when nobody is. */
	detect(video: HTMLVideoElement, now: number): Landmark[] | undefined;
	close(): void;
}

type VisionModule = typeof import('@mediapipe/tasks-vision');

/** Loads the wasm runtime and the model (`task`: the bytes of pose_landmarker_lite.task). */
export async function createPoseDetector(task: Uint8Array): Promise<PoseDetector> {
	const vision = (await import(/* @vite-ignore */ `${MODEL_BASE}vision_bundle.js`)) as VisionModule;
	const landmarker: PoseLandmarker = await vision.PoseLandmarker.createFromOptions(
		{
			wasmLoaderPath: `${MODEL_BASE}vision_wasm_internal.js`,
			wasmBinaryPath: `${MODEL_BASE}vision_wasm_internal.wasm`
		},
		{
			baseOptions: { modelAssetBuffer: task, delegate: 'CPU' },
			runningMode: 'VIDEO',
			numPoses: 1
		}
	);
	let last = -1;
	return {
		detect(video, now) {
			// The landmarker needs strictly increasing timestamps.
			last = Math.max(now, last + 1);
			const result = landmarker.detectForVideo(video, last);
			return result.landmarks[0];
		},
		close() {
			landmarker.close();
		}
	};
}
