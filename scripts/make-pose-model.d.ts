// Types for the exports of make-pose-model.js, for its unit test.

/** A TFLite ModelMetadata flatbuffer saying how the one input image is normalised. */
export function normalizationMetadata(name: string, mean: number[], std: number[]): Uint8Array;
/** `model` (a .tflite file) with `metadata` attached under the name TFLITE_METADATA. */
export function attachMetadata(model: Uint8Array, metadata: Uint8Array): Uint8Array;
/** A stored (uncompressed) zip archive of `files`. */
export function zip(files: { name: string; bytes: Uint8Array }[]): Buffer;
/** The pose landmarker bundle (pose_landmarker_lite.task). */
export function makeTask(): Promise<Buffer>;
