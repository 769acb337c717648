#!/usr/bin/env node
// Builds the form-check files into static/pose/ from npm packages alone (no other network):
// - MediaPipe Tasks Vision's JavaScript and SIMD wasm (@mediapipe/tasks-vision), copied as they are;
// - pose_landmarker_lite.task: the BlazePose detector and lite landmark weights of @mediapipe/pose
//   (the legacy solution's .tflite files), each given the TFLite metadata block that Tasks Vision
//   requires (the input normalisation the legacy graphs applied), zipped as Tasks Vision expects.
// Weights, operators and tensors stay byte-identical: the metadata is added by prepending a new
// root table that points at the untouched original flatbuffer. Runs from `prepare` and `prebuild`;
// it does nothing when its outputs are already there for the same package versions.
// Usage: node scripts/make-pose-model.js [--out static/pose] [--force]
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as flatbuffers from 'flatbuffers';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const out = resolve(root, args.includes('--out') ? args[args.indexOf('--out') + 1] : 'static/pose');

// Straight from node_modules: the packages' `exports` do not list their package.json or wasm files.
const visionDir = join(root, 'node_modules/@mediapipe/tasks-vision');
const poseDir = join(root, 'node_modules/@mediapipe/pose');
const version = async (dir) =>
	JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')).version;

/** Builds a TFLite ModelMetadata flatbuffer (metadata_schema.fbs, identifier M001) that says how
 *  the one input image is normalised: (pixel - mean) / std. */
export function normalizationMetadata(name, mean, std) {
	const b = new flatbuffers.Builder(256);
	const floats = (values) => {
		b.startVector(4, values.length, 4);
		for (let i = values.length - 1; i >= 0; i--) b.addFloat32(values[i]);
		return b.endVector();
	};
	const meanVector = floats(mean);
	const stdVector = floats(std);
	b.startObject(2); // NormalizationOptions { mean, std }
	b.addFieldOffset(0, meanVector, 0);
	b.addFieldOffset(1, stdVector, 0);
	const options = b.endObject();
	b.startObject(2); // ProcessUnit { options_type, options }
	b.addFieldInt8(0, 1, 0); // ProcessUnitOptions.NormalizationOptions
	b.addFieldOffset(1, options, 0);
	const unit = b.endObject();
	b.startVector(4, 1, 4);
	b.addOffset(unit);
	const unitVector = b.endVector();
	const tensorName = b.createString('image');
	b.startObject(7); // TensorMetadata { name, description, dimension_names, content, process_units, ... }
	b.addFieldOffset(0, tensorName, 0);
	b.addFieldOffset(4, unitVector, 0);
	const tensor = b.endObject();
	b.startVector(4, 1, 4);
	b.addOffset(tensor);
	const inputs = b.endVector();
	b.startObject(10); // SubGraphMetadata { name, description, input_tensor_metadata, ... }
	b.addFieldOffset(2, inputs, 0);
	const subgraph = b.endObject();
	b.startVector(4, 1, 4);
	b.addOffset(subgraph);
	const subgraphs = b.endVector();
	const modelName = b.createString(name);
	const parser = b.createString('1.0.0');
	b.startObject(8); // ModelMetadata { name, description, version, subgraph_metadata, ..., min_parser_version }
	b.addFieldOffset(0, modelName, 0);
	b.addFieldOffset(3, subgraphs, 0);
	b.addFieldOffset(7, parser, 0);
	const model = b.endObject();
	b.finish(model, 'M001');
	return b.asUint8Array();
}

/** Reads the absolute positions of a TFLite Model table's fields (schema.fbs, identifier TFL3). */
function readModel(bytes) {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (String.fromCharCode(...bytes.subarray(4, 8)) !== 'TFL3')
		throw new Error('not a TFLite model');
	const table = view.getUint32(0, true);
	const vtable = table - view.getInt32(table, true);
	const vtableSize = view.getUint16(vtable, true);
	const field = (i) => {
		const at = 4 + 2 * i;
		const offset = at < vtableSize ? view.getUint16(vtable + at, true) : 0;
		return offset ? table + offset : 0;
	};
	const target = (position) => (position ? position + view.getUint32(position, true) : 0);
	const tables = (vector) => {
		if (!vector) return [];
		const length = view.getUint32(vector, true);
		return Array.from({ length }, (_, i) => target(vector + 4 + 4 * i));
	};
	const fields = Array.from({ length: 8 }, (_, i) => field(i));
	return {
		version: fields[0] ? view.getUint32(fields[0], true) : 3,
		// Offsets of the fields that are kept as they are: operator_codes, subgraphs, description,
		// metadata_buffer, signature_defs.
		kept: new Map([1, 2, 3, 5, 7].filter((i) => fields[i]).map((i) => [i, target(fields[i])])),
		buffers: tables(target(fields[4])),
		metadata: tables(target(fields[6])),
		metadataNames: tables(target(fields[6])).map((t) => {
			const vt = t - view.getInt32(t, true);
			const nameField = view.getUint16(vt + 4, true);
			const s = t + nameField + view.getUint32(t + nameField, true);
			return new TextDecoder().decode(bytes.subarray(s + 4, s + 4 + view.getUint32(s, true)));
		})
	};
}

/**
 * Returns `model` (a .tflite file) with `metadata` attached under the name TFLITE_METADATA: a new
 * root table, buffer and metadata entry are written in front, pointing at the original bytes,
 * which follow unchanged (at an offset that keeps their 16-byte alignment).
 */
export function attachMetadata(model, metadata) {
	const old = readModel(model);
	if (old.metadataNames.includes('TFLITE_METADATA')) throw new Error('model already has metadata');
	const parts = [];
	let size = 0;
	const at = () => size;
	const put = (u8) => {
		parts.push({ at: size, bytes: u8 });
		size += u8.length;
	};
	const align = (n) => {
		if (size % n) put(new Uint8Array(n - (size % n)));
	};
	// Offsets to fill in once the header size is known: [position, absolute target or old position].
	const links = [];
	const u32 = (value) => {
		const u8 = new Uint8Array(4);
		new DataView(u8.buffer).setUint32(0, value, true);
		return u8;
	};
	const link = (targetFn) => {
		links.push({ at: at(), targetFn });
		put(new Uint8Array(4));
	};
	const table = (fieldCount, build) => {
		// vtable: [vtable size][table size][field offsets...]; then the table: [soffset][fields...]
		align(4);
		const vtableAt = at();
		const entries = new Uint8Array(4 + 2 * fieldCount);
		put(entries);
		align(4);
		const tableAt = at();
		put(u32(tableAt - vtableAt)); // soffset: table - vtable
		const offsets = build(tableAt);
		const dv = new DataView(entries.buffer);
		dv.setUint16(0, entries.length, true);
		dv.setUint16(2, at() - tableAt, true);
		offsets.forEach((offset, i) => dv.setUint16(4 + 2 * i, offset, true));
		return tableAt;
	};
	let header = 0; // filled in after layout: where the old model starts
	const old_ = (position) => () => header + position;

	put(new Uint8Array(8)); // root offset + file identifier
	const later = {};
	const rootAt = table(8, (start) => {
		const offsets = new Array(8).fill(0);
		offsets[0] = at() - start;
		put(u32(old.version));
		for (const [i, position] of old.kept) {
			offsets[i] = at() - start;
			link(old_(position));
		}
		offsets[4] = at() - start;
		link(() => later.buffers);
		offsets[6] = at() - start;
		link(() => later.metadata);
		return offsets;
	});
	// buffers: the old ones, then the metadata buffer
	align(4);
	later.buffers = at();
	put(u32(old.buffers.length + 1));
	for (const position of old.buffers) link(old_(position));
	link(() => later.buffer);
	// metadata entries: the old ones, then TFLITE_METADATA -> the new buffer
	align(4);
	later.metadata = at();
	put(u32(old.metadata.length + 1));
	for (const position of old.metadata) link(old_(position));
	link(() => later.entry);
	later.entry = table(2, (start) => {
		const offsets = [at() - start, 0];
		link(() => later.name);
		offsets[1] = at() - start;
		put(u32(old.buffers.length));
		return offsets;
	});
	align(4);
	later.name = at();
	const name = new TextEncoder().encode('TFLITE_METADATA');
	put(u32(name.length));
	put(name);
	put(new Uint8Array(1));
	later.buffer = table(1, (start) => {
		const offsets = [at() - start];
		link(() => later.data);
		return offsets;
	});
	// The data vector's bytes start 16-byte aligned (schema: force_align: 16).
	while ((size + 4) % 16) put(new Uint8Array(1));
	later.data = at();
	put(u32(metadata.length));
	put(metadata);
	align(16);
	header = size;

	const result = new Uint8Array(header + model.length);
	for (const part of parts) result.set(part.bytes, part.at);
	result.set(model, header);
	const view = new DataView(result.buffer);
	view.setUint32(0, rootAt, true);
	result.set(new TextEncoder().encode('TFL3'), 4);
	for (const { at: position, targetFn } of links) {
		const target = targetFn();
		if (target <= position) throw new Error('flatbuffer offsets must point forward');
		view.setUint32(position, target - position, true);
	}
	return result;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes) {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive of `files` ({ name, bytes }), stored without compression (as .task bundles are). */
export function zip(files) {
	const chunks = [];
	const central = [];
	let offset = 0;
	for (const { name, bytes } of files) {
		const nameBytes = new TextEncoder().encode(name);
		const crc = crc32(bytes);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(10, 4); // version needed
		local.writeUInt16LE(0, 6); // flags
		local.writeUInt16LE(0, 8); // stored
		local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00, so the output is reproducible
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(bytes.length, 18);
		local.writeUInt32LE(bytes.length, 22);
		local.writeUInt16LE(nameBytes.length, 26);
		local.writeUInt16LE(0, 28);
		const entry = Buffer.alloc(46);
		entry.writeUInt32LE(0x02014b50, 0);
		entry.writeUInt16LE(20, 4);
		entry.writeUInt16LE(10, 6);
		entry.writeUInt32LE(0x00210000, 12);
		entry.writeUInt32LE(crc, 16);
		entry.writeUInt32LE(bytes.length, 20);
		entry.writeUInt32LE(bytes.length, 24);
		entry.writeUInt16LE(nameBytes.length, 28);
		entry.writeUInt32LE(offset, 42);
		chunks.push(local, nameBytes, bytes);
		central.push(entry, nameBytes);
		offset += 30 + nameBytes.length + bytes.length;
	}
	const centralSize = central.reduce((n, c) => n + c.length, 0);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(files.length, 8);
	end.writeUInt16LE(files.length, 10);
	end.writeUInt32LE(centralSize, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...chunks, ...central, end]);
}

/** The pose landmarker bundle: detector (input -1..1) and lite landmarks (input 0..1). */
export async function makeTask() {
	const detector = await readFile(join(poseDir, 'pose_solution_packed_assets.data'));
	const landmarks = await readFile(join(poseDir, 'pose_landmark_lite.tflite'));
	return zip([
		{
			name: 'pose_detector.tflite',
			bytes: attachMetadata(detector, normalizationMetadata('pose_detector', [127.5], [127.5]))
		},
		{
			name: 'pose_landmarks_detector.tflite',
			bytes: attachMetadata(landmarks, normalizationMetadata('pose_landmarks_detector', [0], [255]))
		}
	]);
}

async function exists(path) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

async function main() {
	const versions = {
		'tasks-vision': await version(visionDir),
		pose: await version(poseDir),
		script: createHash('sha256')
			.update(await readFile(fileURLToPath(import.meta.url)))
			.digest('hex')
			.slice(0, 16)
	};
	const stampFile = join(out, 'stamp.json');
	const stamp = JSON.stringify(versions);
	if (
		!args.includes('--force') &&
		(await exists(stampFile)) &&
		(await readFile(stampFile, 'utf8')) === stamp
	) {
		return;
	}
	await rm(out, { recursive: true, force: true });
	await mkdir(out, { recursive: true });
	// The ES module is served as .js so every static host gives it a JavaScript type.
	const bundle = (await readFile(join(visionDir, 'vision_bundle.mjs'), 'utf8')).replace(
		/\n\/\/# sourceMappingURL=.*\s*$/,
		'\n'
	);
	await writeFile(join(out, 'vision_bundle.js'), bundle);
	for (const file of ['vision_wasm_internal.js', 'vision_wasm_internal.wasm']) {
		await copyFile(join(visionDir, 'wasm', file), join(out, file));
	}
	await writeFile(join(out, 'pose_landmarker_lite.task'), await makeTask());
	// Each file's size, for the download notice and progress bar on /form-check.
	const files = [
		'vision_bundle.js',
		'vision_wasm_internal.js',
		'vision_wasm_internal.wasm',
		'pose_landmarker_lite.task'
	];
	const sizes = {};
	for (const file of files) sizes[file] = (await stat(join(out, file))).size;
	await writeFile(join(out, 'manifest.json'), JSON.stringify(sizes, null, '\t') + '\n');
	await writeFile(
		join(out, 'NOTICE'),
		'MediaPipe Tasks Vision (@mediapipe/tasks-vision) and the BlazePose models (@mediapipe/pose),\n' +
			'Copyright The MediaPipe Authors, Apache License 2.0: https://www.apache.org/licenses/LICENSE-2.0\n' +
			'pose_landmarker_lite.task holds the unmodified BlazePose weights with TFLite input metadata added.\n'
	);
	await writeFile(stampFile, stamp);
	console.log(`form check: pose model files written to ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await main();
}
