// The shapes of the user's own data (bookmarks, sessions, settings) and their validators, shared by
// the stores (which drop what is unreadable) and by backup import (which refuses a bad file).

/** A bookmarked routine: its id and when it was bookmarked (ms since the epoch). */
export interface Favorite {
	id: string;
	at: number;
}

// The session record's shape belongs to the history (pure code that must not import storage).
import type { Effort, ExerciseDone, HurtChoice, Morning, Session } from '$lib/history/session';
export type { Effort, Session } from '$lib/history/session';

/** The player's settings. */
export interface Settings {
	sound: boolean;
	voice: boolean;
	/** From 0 to 1. */
	volume: number;
	/** Seconds of countdown before a segment ends. */
	countdown: 3 | 5;
	/** Default rest between sets in the builder, in seconds (0 to 180). */
	defaultRest: number;
	/** Rep-based sets wait for Done instead of a tempo. */
	selfPaced: boolean;
	/** Seconds of "Get ready" before the first exercise (5 to 60). */
	getReady: number;
	/** Seconds to switch sides in a per-side set (3 to 30). */
	switchSides: number;
}

/** The settings a runner starts with. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
	sound: true,
	voice: true,
	volume: 0.8,
	countdown: 3,
	defaultRest: 30,
	selfPaced: false,
	getReady: 10,
	switchSides: 5
});

/** The lengths the transition settings offer, in seconds. */
export const TRANSITION_RANGE = {
	getReady: { min: 5, max: 60 },
	switchSides: { min: 3, max: 30 }
} as const;

const within = (v: unknown, { min, max }: { min: number; max: number }) =>
	typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** Length limits for stored and imported text. */
export const TEXT_LIMITS = { id: 128, routineName: 200, note: 2000 } as const;

/** A validation result: the value, or one sentence saying what is wrong. */
export type Check<T> = { ok: true; value: T } | { ok: false; error: string };

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/** Whether `value` is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idError(value: unknown, field: string): string | null {
	if (typeof value !== 'string' || value.length === 0) return `${field} must be non-empty text`;
	if (value.length > TEXT_LIMITS.id) return `${field} is longer than ${TEXT_LIMITS.id} characters`;
	if (!ID.test(value)) return `${field} may hold only letters, digits, dashes and dots`;
	return null;
}

/**
 * The times Patella accepts on a record (ms since the epoch): from 1 January 2000 to 1 January 2100,
 * UTC. Anything outside is a damaged or planted value: `new Date(9e15)` cannot even be printed.
 */
export const TIME_RANGE = Object.freeze({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });

/** The longest session a record may hold: a day, in ms (no routine comes near it). */
export const MAX_SESSION_MS = 24 * 3_600_000;

/** Whether `value` is a time in `TIME_RANGE`. */
export function isDate(value: unknown): value is number {
	return (
		typeof value === 'number' &&
		Number.isFinite(value) &&
		value >= TIME_RANGE.min &&
		value <= TIME_RANGE.max
	);
}

const DATE_ERROR = 'must be a date between the years 2000 and 2100';

function isDuration(value: unknown): value is number {
	return (
		typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_SESSION_MS
	);
}

/** Validates a bookmark; unknown keys are dropped. */
export function checkFavorite(raw: unknown): Check<Favorite> {
	if (!isRecord(raw)) return { ok: false, error: 'it is not an object' };
	const error = idError(raw.id, 'its routine id');
	if (error) return { ok: false, error };
	if (!isDate(raw.at)) return { ok: false, error: `its time ${DATE_ERROR}` };
	return { ok: true, value: { id: raw.id as string, at: raw.at } };
}

/** Validates a session record; unknown keys are dropped. */
export function checkSession(raw: unknown): Check<Session> {
	if (!isRecord(raw)) return { ok: false, error: 'it is not an object' };
	const error = idError(raw.id, 'its id') ?? idError(raw.routineId, 'its routine id');
	if (error) return { ok: false, error };
	const { routineName, startedAt, durationMs, completed, pain, effort, note } = raw;
	if (typeof routineName !== 'string') return { ok: false, error: 'the routine name must be text' };
	if (routineName.length > TEXT_LIMITS.routineName) {
		return {
			ok: false,
			error: `the routine name is longer than ${TEXT_LIMITS.routineName} characters`
		};
	}
	if (!isDate(startedAt)) return { ok: false, error: `its start time ${DATE_ERROR}` };
	if (!isDuration(durationMs)) {
		return { ok: false, error: 'its duration must be from 0 to 24 hours, in milliseconds' };
	}
	if (typeof completed !== 'boolean')
		return { ok: false, error: 'completed must be true or false' };
	if (
		pain !== null &&
		!(Number.isInteger(pain) && (pain as number) >= 0 && (pain as number) <= 10)
	) {
		return { ok: false, error: 'the knee pain score must be a whole number from 0 to 10, or null' };
	}
	if (effort !== null && effort !== 'easy' && effort !== 'right' && effort !== 'hard') {
		return { ok: false, error: 'the effort must be easy, right, hard or null' };
	}
	if (typeof note !== 'string') return { ok: false, error: 'the note must be text' };
	if (note.length > TEXT_LIMITS.note) {
		return { ok: false, error: `the note is longer than ${TEXT_LIMITS.note} characters` };
	}
	const honest = checkHonestFields(raw);
	if (!honest.ok) return honest;
	return {
		ok: true,
		value: {
			id: raw.id as string,
			routineId: raw.routineId as string,
			routineName,
			startedAt,
			durationMs,
			completed,
			pain: pain as number | null,
			effort: effort as Effort | null,
			note,
			...honest.value
		}
	};
}

/** The most exercises a session record may list, and the most sets or work time one may hold. */
const SESSION_LIMITS = { exercises: 100, sets: 100, workMs: 24 * 3_600_000 } as const;

const isWhole = (v: unknown, max: number): v is number =>
	typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

function checkExerciseDone(raw: unknown): ExerciseDone | string {
	if (!isRecord(raw)) return 'an exercise done is not an object';
	const { exerciseId, name, setsDone, sets, workMs, plannedMs } = raw;
	if (exerciseId !== null) {
		const error = idError(exerciseId, 'an exercise id');
		if (error) return error;
	}
	if (typeof name !== 'string' || name.length > TEXT_LIMITS.routineName) {
		return `an exercise name must be text of at most ${TEXT_LIMITS.routineName} characters`;
	}
	if (!isWhole(sets, SESSION_LIMITS.sets) || !isWhole(setsDone, sets as number)) {
		return 'sets done must be whole numbers from 0 to the sets planned (at most 100)';
	}
	if (!isWhole(plannedMs, SESSION_LIMITS.workMs) || !isWhole(workMs, plannedMs as number)) {
		return 'work time played must be whole milliseconds from 0 to the time planned';
	}
	return { exerciseId: exerciseId as string | null, name, setsDone, sets, workMs, plannedMs };
}

/** The most "This hurts" choices a session keeps, and the highest segment index one may name. */
export const HURT_LIMITS = { choices: 100, segment: 10_000 } as const;

/** Validates one "This hurts" choice of a session or a saved run. */
export function checkHurtChoice(raw: unknown): Check<HurtChoice> {
	const bad = {
		ok: false as const,
		error:
			'a "This hurts" choice must be swap, skip or end, with the exercise, its name and its place'
	};
	if (!isRecord(raw)) return bad;
	const { action, exerciseId, name, easierId, easierName, segment } = raw;
	if (action !== 'swap' && action !== 'skip' && action !== 'end') return bad;
	if (idError(exerciseId, 'an exercise id') || !isName(name)) return bad;
	if (!isWhole(segment, HURT_LIMITS.segment)) return bad;
	const value: HurtChoice = { action, exerciseId: exerciseId as string, name, segment };
	if (action === 'swap') {
		if (idError(easierId, 'an exercise id') || !isName(easierName)) return bad;
		value.easierId = easierId as string;
		value.easierName = easierName;
	}
	return { ok: true, value };
}

/** The "This hurts" choices in `raw`, or what is wrong with them. */
export function checkHurt(raw: unknown): Check<HurtChoice[]> {
	if (!Array.isArray(raw) || raw.length > HURT_LIMITS.choices) {
		return {
			ok: false,
			error: `the "This hurts" choices must be a list of at most ${HURT_LIMITS.choices}`
		};
	}
	const value: HurtChoice[] = [];
	for (const item of raw) {
		const checked = checkHurtChoice(item);
		if (!checked.ok) return checked;
		value.push(checked.value);
	}
	return { ok: true, value };
}

const isName = (v: unknown): v is string =>
	typeof v === 'string' && v.length > 0 && v.length <= TEXT_LIMITS.routineName;

/**
 * The honest record's fields, each optional so that records from before it still read: what was
 * played per exercise, whether End (or leaving) stopped it, the morning after.
 */
function checkHonestFields(
	raw: Record<string, unknown>
): Check<Pick<Session, 'exercises' | 'endedEarly' | 'morning' | 'hurt'>> {
	const value: Pick<Session, 'exercises' | 'endedEarly' | 'morning' | 'hurt'> = {};
	if (raw.hurt !== undefined) {
		const hurt = checkHurt(raw.hurt);
		if (!hurt.ok) return hurt;
		value.hurt = hurt.value;
	}
	if (raw.exercises !== undefined) {
		if (!Array.isArray(raw.exercises) || raw.exercises.length > SESSION_LIMITS.exercises) {
			return {
				ok: false,
				error: `the exercises done must be a list of at most ${SESSION_LIMITS.exercises}`
			};
		}
		const exercises: ExerciseDone[] = [];
		for (const item of raw.exercises) {
			const checked = checkExerciseDone(item);
			if (typeof checked === 'string') return { ok: false, error: checked };
			exercises.push(checked);
		}
		value.exercises = exercises;
	}
	if (raw.endedEarly !== undefined) {
		if (typeof raw.endedEarly !== 'boolean') {
			return { ok: false, error: 'ended early must be true or false' };
		}
		value.endedEarly = raw.endedEarly;
	}
	if (raw.morning !== undefined) {
		const morning = raw.morning;
		if (
			!isRecord(morning) ||
			!(morning.pain === null || isWhole(morning.pain, 10)) ||
			!isDate(morning.at) ||
			(morning.at as number) < (raw.startedAt as number)
		) {
			return {
				ok: false,
				error:
					'the morning check must hold a knee pain score from 0 to 10 (or null) and a time after the session'
			};
		}
		value.morning = { pain: morning.pain as Morning['pain'], at: morning.at as number };
	}
	return { ok: true, value };
}

const SETTINGS_CHECKS: { [K in keyof Settings]: [(value: unknown) => boolean, string] } = {
	sound: [(v) => typeof v === 'boolean', 'sound must be true or false'],
	voice: [(v) => typeof v === 'boolean', 'voice must be true or false'],
	volume: [
		(v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1,
		'volume must be a number from 0 to 1'
	],
	countdown: [(v) => v === 3 || v === 5, 'the countdown must be 3 or 5 seconds'],
	defaultRest: [
		(v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 180,
		'the default rest must be a whole number of seconds from 0 to 180'
	],
	selfPaced: [(v) => typeof v === 'boolean', 'self-paced reps must be true or false'],
	getReady: [
		(v) => within(v, TRANSITION_RANGE.getReady),
		'get ready must be a whole number of seconds from 5 to 60'
	],
	switchSides: [
		(v) => within(v, TRANSITION_RANGE.switchSides),
		'switch sides must be a whole number of seconds from 3 to 30'
	]
};

/**
 * Reads settings field by field: a missing field takes its default, an invalid one takes its default
 * and is reported through `invalid`, unknown keys are dropped. Undefined when `raw` is not an object.
 */
export function readSettings(
	raw: unknown,
	invalid: (message: string) => void = () => {}
): Settings | undefined {
	if (!isRecord(raw)) return undefined;
	const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
	for (const [field, [valid, message]] of Object.entries(SETTINGS_CHECKS)) {
		if (!Object.hasOwn(raw, field)) continue;
		if (valid(raw[field])) settings[field] = raw[field];
		else invalid(message);
	}
	return settings as unknown as Settings;
}

/**
 * Reads a list for a store: undefined when `raw` is not an array; items that fail `check` and
 * repeated ids are dropped and reported through `problem`.
 */
export function readList<T extends { id: string }>(
	raw: unknown,
	check: (item: unknown) => Check<T>,
	problem: (message: string) => void
): T[] | undefined {
	if (!Array.isArray(raw)) return undefined;
	const seen = new Set<string>();
	const items: T[] = [];
	raw.forEach((item, i) => {
		const result = check(item);
		if (!result.ok) problem(`item ${i + 1}: ${result.error}`);
		else if (seen.has(result.value.id)) problem(`item ${i + 1}: id ${result.value.id} is repeated`);
		else {
			seen.add(result.value.id);
			items.push(result.value);
		}
	});
	return items;
}
