// Shared links: a routine travels inside the link itself, in the URL fragment, as base64url of a
// compact JSON (short keys, defaults dropped), deflated first (`#z=`, about 40 % shorter) where the
// browser can; the first links (`#r=`, not deflated) still open. Decoding is strict and everything
// decoded goes through the one routine schema, so a tampered link can only ever give an error
// sentence.
import { getExercise } from './index';
import { parseRoutine } from './schema';
import { resolveDose, type ExerciseLookup } from './timeline';
import type { Level, Routine, RoutineKind } from './types';

/** The path of the page that opens shared links. */
const SHARE_PATH = '/shared';

/** The compact format's version, written as `v`. */
const SHARE_VERSION = 1;

/** The longest fragment accepted, in characters: a 40-exercise routine fits in well under half. */
export const MAX_SHARE_CHARS = 8 * 1024;

/** The most bytes a deflated link may inflate to: far above any routine, far below harm. */
export const MAX_INFLATED_BYTES = 64 * 1024;

/** The result of reading a shared link: the routine, or one sentence saying what is wrong. */
export type ShareResult = { ok: true; routine: Routine } | { ok: false; error: string };

const KINDS: Record<string, RoutineKind> = { s: 'strength', w: 'warmup', c: 'cooldown', r: 'run' };
const KIND_CODES: Record<RoutineKind, string> = {
	strength: 's',
	warmup: 'w',
	cooldown: 'c',
	run: 'r'
};
const LEVELS: Record<string, Level> = { e: 'easy', m: 'moderate', h: 'hard' };
const LEVEL_CODES: Record<Level, string> = { easy: 'e', moderate: 'm', hard: 'h' };
// Item fields and their one-letter keys in a link.
const ITEM_KEYS = [
	['sets', 's'],
	['reps', 'r'],
	['tempo', 't'],
	['seconds', 'd'],
	['rest', 'p']
] as const;
const DEFAULT_REST_BETWEEN = 30;

function bytesToBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function toBase64Url(text: string): string {
	return bytesToBase64Url(new TextEncoder().encode(text));
}

/** Decodes base64url to bytes; throws on anything that is not valid base64url. */
function base64UrlToBytes(data: string): Uint8Array<ArrayBuffer> {
	const base64 = data.replace(/-/g, '+').replace(/_/g, '/');
	const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Decodes UTF-8 strictly; throws on bytes that are not UTF-8. */
function utf8(bytes: Uint8Array): string {
	return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Decodes base64url to text; throws on anything that is not valid base64url of UTF-8. */
function fromBase64Url(data: string): string {
	return utf8(base64UrlToBytes(data));
}

/** Whether this browser can deflate and inflate (every current one can). */
function canCompress(): boolean {
	return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

async function deflate(text: string): Promise<Uint8Array> {
	const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates, stopping (and throwing) past `MAX_INFLATED_BYTES`: a tiny link cannot fill memory. */
async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
	const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > MAX_INFLATED_BYTES) {
			await reader.cancel();
			throw new RangeError('too large');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

/** The compact object of a routine: one-letter keys, anything equal to its default left out. */
export function compactRoutine(
	routine: Routine,
	lookup: ExerciseLookup = getExercise
): Record<string, unknown> {
	const compact: Record<string, unknown> = { v: SHARE_VERSION, i: routine.id, n: routine.name };
	if (routine.kind !== 'strength') compact.k = KIND_CODES[routine.kind];
	if (routine.goal) compact.g = routine.goal;
	if (routine.level !== 'moderate') compact.l = LEVEL_CODES[routine.level];
	if (routine.focus.length > 0) compact.f = routine.focus;
	if (routine.restBetween !== DEFAULT_REST_BETWEEN) compact.b = routine.restBetween;
	compact.x = routine.items.map((item) => {
		const exercise = lookup(item.exercise);
		const base = exercise ? resolveDose({ exercise: item.exercise }, exercise) : undefined;
		const defaults = (base ?? {}) as Record<string, number | undefined>;
		const row: Record<string, unknown> = { e: item.exercise };
		for (const [field, key] of ITEM_KEYS) {
			const value = item[field];
			if (value !== undefined && value !== defaults[field]) row[key] = value;
		}
		if (item.selfPaced) row.q = 1;
		return row;
	});
	if (routine.sources.length > 0) compact.o = routine.sources;
	return compact;
}

/** The fragment payload for a routine: base64url of its compact JSON. */
export function encodeRoutine(routine: Routine, lookup: ExerciseLookup = getExercise): string {
	return toBase64Url(JSON.stringify(compactRoutine(routine, lookup)));
}

/** The path and fragment that open this routine on any device: `/shared#r=<payload>`. */
export function sharePath(routine: Routine, lookup: ExerciseLookup = getExercise): string {
	return `${SHARE_PATH}#r=${encodeRoutine(routine, lookup)}`;
}

/**
 * The fragment (without `#`) a new link carries: `z=` and the deflated compact JSON, or `r=` and
 * the plain one where the browser cannot deflate or deflating would not make it shorter.
 */
export async function shareFragment(
	routine: Routine,
	lookup: ExerciseLookup = getExercise
): Promise<string> {
	const plain = `r=${encodeRoutine(routine, lookup)}`;
	if (!canCompress()) return plain;
	try {
		const text = JSON.stringify(compactRoutine(routine, lookup));
		const deflated = `z=${bytesToBase64Url(await deflate(text))}`;
		return deflated.length < plain.length ? deflated : plain;
	} catch {
		return plain;
	}
}

function own(record: Record<string, unknown>, key: string): unknown {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(error: string): ShareResult {
	return { ok: false, error };
}

/** Turns a compact object back into routine input for the schema, reading only known own keys. */
function expand(compact: Record<string, unknown>): Record<string, unknown> | string {
	const code = (table: Record<string, string>, key: string, what: string) => {
		const value = own(compact, key);
		if (value === undefined) return undefined;
		return typeof value === 'string' && Object.hasOwn(table, value) ? table[value] : what;
	};
	const kind = code(KINDS, 'k', '?');
	if (kind === '?') return 'The link names an unknown kind of routine.';
	const level = code(LEVELS, 'l', '?');
	if (level === '?') return 'The link names an unknown level.';
	const rows = own(compact, 'x');
	if (!Array.isArray(rows)) return 'The link holds no list of exercises.';
	const items: unknown[] = rows.map((row) => {
		if (!isPlainObject(row)) return row;
		const item: Record<string, unknown> = { exercise: own(row, 'e') };
		for (const [field, key] of ITEM_KEYS) {
			const value = own(row, key);
			if (value !== undefined) item[field] = value;
		}
		// Self-paced is `q: 1`; anything else there is passed on for the schema to refuse.
		const paced = own(row, 'q');
		if (paced !== undefined) item.selfPaced = paced === 1 ? true : paced;
		return item;
	});
	const input: Record<string, unknown> = {
		id: own(compact, 'i'),
		name: own(compact, 'n'),
		kind: kind ?? 'strength',
		items
	};
	const optional: [string, string][] = [
		['goal', 'g'],
		['focus', 'f'],
		['restBetween', 'b'],
		['sources', 'o']
	];
	for (const [field, key] of optional) {
		const value = own(compact, key);
		if (value !== undefined) input[field] = value;
	}
	if (level !== undefined) input.level = level;
	return input;
}

/** Ends a schema message as a sentence. */
function sentence(message: string): string {
	return /[.!?]$/.test(message) ? message : `${message}.`;
}

/** Checks a payload's length and alphabet: the sentence saying what is wrong, or null. */
function payloadProblem(payload: unknown): string | null {
	if (typeof payload !== 'string' || payload.length === 0) {
		return 'The link holds no routine: it may have been cut short when it was copied.';
	}
	if (payload.length > MAX_SHARE_CHARS) return 'The link is too long to be a Patella routine.';
	if (!/^[A-Za-z0-9_-]+$/.test(payload) || payload.length % 4 === 1) {
		return 'The link is damaged: it holds characters a Patella link never has.';
	}
	return null;
}

/** Reads the compact JSON a link held: a newer format, bad JSON or a bad routine give a sentence. */
function parseCompactText(text: string, lookup: ExerciseLookup): ShareResult {
	let compact: unknown;
	try {
		compact = JSON.parse(text);
	} catch {
		return fail('The link is damaged or cut short: the routine in it could not be read.');
	}
	if (!isPlainObject(compact)) return fail('The link does not hold a routine.');
	const version = own(compact, 'v');
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return fail('The link does not hold a routine.');
	}
	if (version > SHARE_VERSION) {
		return fail(
			'The link comes from a newer version of Patella: reload the app, then open it again.'
		);
	}
	const input = expand(compact);
	if (typeof input === 'string') return fail(input);
	const parsed = parseRoutine(input, lookup);
	if (!parsed.ok) {
		const first = parsed.errors[0] ?? 'it is not a valid routine';
		const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more problems)` : '';
		return fail(sentence(`The routine in this link is not valid: ${first}${more}`));
	}
	return { ok: true, routine: parsed.routine };
}

/**
 * Reads the payload of a shared link (the part after `r=`). Anything but a valid routine gives one
 * sentence: too long, not base64url, not JSON, a newer format, or a routine the schema refuses.
 */
export function decodeRoutine(payload: unknown, lookup: ExerciseLookup = getExercise): ShareResult {
	const problem = payloadProblem(payload);
	if (problem) return fail(problem);
	let text: string;
	try {
		text = fromBase64Url(payload as string);
	} catch {
		return fail('The link is damaged: it could not be decoded.');
	}
	return parseCompactText(text, lookup);
}

/** Reads the payload of a deflated link (the part after `z=`), as strictly as `decodeRoutine`. */
export async function decodeDeflated(
	payload: unknown,
	lookup: ExerciseLookup = getExercise
): Promise<ShareResult> {
	const problem = payloadProblem(payload);
	if (problem) return fail(problem);
	if (!canCompress()) {
		return fail('This browser cannot open this link: update it, or open the link in another.');
	}
	let text: string;
	try {
		text = utf8(await inflate(base64UrlToBytes(payload as string)));
	} catch (error) {
		if (error instanceof RangeError) return fail('The link is too long to be a Patella routine.');
		return fail('The link is damaged: it could not be decoded.');
	}
	return parseCompactText(text, lookup);
}

/** Reads a whole fragment (`#r=...`, with or without the `#`), as `location.hash` gives it. */
export function decodeFragment(hash: string, lookup: ExerciseLookup = getExercise): ShareResult {
	const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
	if (fragment.length > MAX_SHARE_CHARS + 2) {
		return fail('The link is too long to be a Patella routine.');
	}
	if (!fragment.startsWith('r=')) {
		return fail('The link holds no routine: it may have been cut short when it was copied.');
	}
	return decodeRoutine(fragment.slice(2), lookup);
}

/** Reads a whole fragment of either format: `#z=` (deflated) or `#r=` (the first links). */
export async function readFragment(
	hash: string,
	lookup: ExerciseLookup = getExercise
): Promise<ShareResult> {
	const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
	if (fragment.startsWith('z=') && fragment.length <= MAX_SHARE_CHARS + 2) {
		return decodeDeflated(fragment.slice(2), lookup);
	}
	return decodeFragment(hash, lookup);
}

/** Whether two routines play the same (same items with the same resolved doses and rests). */
export function sameRoutine(a: Routine, b: Routine): boolean {
	return JSON.stringify(compactRoutine(a)) === JSON.stringify(compactRoutine(b));
}
