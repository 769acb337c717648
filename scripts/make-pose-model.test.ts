import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachMetadata, makeTask, normalizationMetadata, zip } from './make-pose-model.js';

/** The entries of a stored (uncompressed) zip, read back from its central directory. */
function unzip(archive: Buffer): { name: string; bytes: Buffer; crc: number }[] {
	const end = archive.length - 22;
	expect(archive.readUInt32LE(end)).toBe(0x06054b50);
	const count = archive.readUInt16LE(end + 10);
	let at = archive.readUInt32LE(end + 16);
	const entries = [];
	for (let i = 0; i < count; i++) {
		expect(archive.readUInt32LE(at)).toBe(0x02014b50);
		const crc = archive.readUInt32LE(at + 16);
		const size = archive.readUInt32LE(at + 20);
		const nameLength = archive.readUInt16LE(at + 28);
		const local = archive.readUInt32LE(at + 42);
		const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
		expect(archive.readUInt32LE(local)).toBe(0x04034b50);
		expect(archive.readUInt16LE(local + 8)).toBe(0); // stored, as .task bundles are
		const start = local + 30 + archive.readUInt16LE(local + 26);
		entries.push({ name, bytes: archive.subarray(start, start + size), crc });
		at += 46 + nameLength;
	}
	return entries;
}

const pose = join(import.meta.dirname, '../node_modules/@mediapipe/pose');

describe('the pose model builder', () => {
	it('zips files stored as they are, with their names and CRC-32', () => {
		const digits = new TextEncoder().encode('123456789');
		const archive = zip([
			{ name: 'a.tflite', bytes: digits },
			{ name: 'b/empty.txt', bytes: new Uint8Array(0) }
		]);
		const entries = unzip(archive);
		expect(entries.map((e) => e.name)).toEqual(['a.tflite', 'b/empty.txt']);
		expect([...entries[0]!.bytes]).toEqual([...digits]);
		// The standard check value of CRC-32.
		expect(entries[0]!.crc).toBe(0xcbf43926);
		expect(entries[1]!.crc).toBe(0);
		// Reproducible: no clock in the output.
		expect(zip([{ name: 'a.tflite', bytes: digits }])).toEqual(
			zip([{ name: 'a.tflite', bytes: digits }])
		);
	});

	it('writes normalisation metadata as a TFLite metadata flatbuffer holding the mean and std', () => {
		const metadata = Buffer.from(normalizationMetadata('pose_detector', [127.5], [127.5]));
		expect(metadata.toString('latin1', 4, 8)).toBe('M001');
		expect(metadata.includes(Buffer.from('pose_detector'))).toBe(true);
		const float = Buffer.alloc(4);
		float.writeFloatLE(127.5);
		expect(metadata.indexOf(float)).not.toBe(metadata.lastIndexOf(float));
	});

	it('attaches metadata in front of a model whose own bytes stay untouched and aligned, once only', async () => {
		const model = new Uint8Array(await readFile(join(pose, 'pose_landmark_lite.tflite')));
		const withMetadata = Buffer.from(
			attachMetadata(model, normalizationMetadata('pose_landmarks_detector', [0], [255]))
		);
		expect(withMetadata.toString('latin1', 4, 8)).toBe('TFL3');
		expect(withMetadata.includes(Buffer.from('TFLITE_METADATA'))).toBe(true);
		const at = withMetadata.indexOf(Buffer.from(model.subarray(0, 4096)));
		expect(at).toBeGreaterThan(0);
		expect(at % 16).toBe(0);
		expect(withMetadata.subarray(at, at + model.length).equals(Buffer.from(model))).toBe(true);
		expect(() => attachMetadata(withMetadata, normalizationMetadata('x', [0], [1]))).toThrow(
			'model already has metadata'
		);
		expect(() => attachMetadata(new Uint8Array(64), normalizationMetadata('x', [0], [1]))).toThrow(
			'not a TFLite model'
		);
	});

	it('bundles the detector and the landmark model as the .task Tasks Vision opens', async () => {
		const entries = unzip(await makeTask());
		expect(entries.map((e) => e.name)).toEqual([
			'pose_detector.tflite',
			'pose_landmarks_detector.tflite'
		]);
		for (const entry of entries) {
			expect(entry.bytes.toString('latin1', 4, 8)).toBe('TFL3');
			expect(entry.bytes.includes(Buffer.from('TFLITE_METADATA'))).toBe(true);
		}
	});
});
