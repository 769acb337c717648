// The session record's checks, shared by the history store (which drops a session it cannot read),
// backup import (which refuses a bad file) and the player's saved run (its "This hurts" choices).
// Apart from ./records.ts so that a page reading only bookmarks does not load them.
import type { Effort, ExerciseDone, HurtChoice, Morning, Session } from '$lib/history/session';
import {
	DATE_ERROR,
	MAX_SESSION_MS,
	TEXT_LIMITS,
	idError,
	isDate,
	isRecord,
	type Check
} from './records';

// The session record's shape belongs to the history (pure code that must not import storage).
export type { Effort, Session } from '$lib/history/session';

function isDuration(value: unknown): value is number {
	return (
		typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_SESSION_MS
	);
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
