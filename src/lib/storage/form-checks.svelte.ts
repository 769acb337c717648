// Saved form checks (`patella:form-checks:v1`): the summary of a session in front of the camera, kept
// when the runner asks, for the FPPA-over-weeks chart on /history. No image is ever stored: only the
// date, the movement, the leg and each rep's angle.
import { FORM_EXERCISES, type FormExercise } from '$lib/form-check/exercises';
import type { Leg } from '$lib/form-check/landmarks';
import { Persisted, where, type Problem, type StoreOptions } from './persisted.svelte';
import { isRecord, readList, TIME_RANGE, type Check } from './records';

/** One saved form check. */
export interface FormCheckRecord {
	id: string;
	/** When it was done, ms since the epoch. */
	at: number;
	exercise: FormExercise;
	leg: Leg;
	/** Each rep's FPPA at its deepest point, degrees (positive = knee caving in). */
	angles: number[];
	/** How many reps were flagged "knee caves in". */
	caved: number;
}

/** The most reps one record holds, and the widest angle believed. */
const MAX_REPS = 200;
const MAX_ANGLE = 90;
/** Validates a stored or imported form check; its date must lie within TIME_RANGE (2000 to 2100). */
export function checkFormCheck(raw: unknown): Check<FormCheckRecord> {
	if (!isRecord(raw)) return { ok: false, error: 'it is not an object' };
	const { id, at, exercise, leg, angles, caved } = raw;
	if (typeof id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/.test(id)) {
		return { ok: false, error: 'its id is not valid' };
	}
	if (
		typeof at !== 'number' ||
		!Number.isFinite(at) ||
		at < TIME_RANGE.min ||
		at > TIME_RANGE.max
	) {
		return { ok: false, error: 'its date must be between the years 2000 and 2100' };
	}
	if (!FORM_EXERCISES.some((e) => e.id === exercise))
		return { ok: false, error: 'unknown exercise' };
	if (leg !== 'left' && leg !== 'right')
		return { ok: false, error: 'its leg must be left or right' };
	if (
		!Array.isArray(angles) ||
		angles.length === 0 ||
		angles.length > MAX_REPS ||
		!angles.every((a) => typeof a === 'number' && Number.isFinite(a) && Math.abs(a) <= MAX_ANGLE)
	) {
		return {
			ok: false,
			error: `its angles must be 1 to ${MAX_REPS} numbers within ±${MAX_ANGLE}°`
		};
	}
	if (typeof caved !== 'number' || !Number.isInteger(caved) || caved < 0 || caved > angles.length) {
		return { ok: false, error: 'its count of caved-in reps is out of range' };
	}
	return {
		ok: true,
		value: {
			id,
			at,
			exercise: exercise as FormExercise,
			leg,
			angles: [...(angles as number[])],
			caved
		}
	};
}

/** Parses the stored list, dropping invalid or repeated records. */
export function parseFormChecks(
	raw: unknown,
	problem: Problem = () => {}
): FormCheckRecord[] | undefined {
	return readList(raw, checkFormCheck, problem);
}

/** Creates the form-check store. */
export function createFormChecks(options: StoreOptions = {}): Persisted<FormCheckRecord[]> {
	return new Persisted({
		...options,
		key: 'form-checks',
		version: 1,
		label: 'form checks',
		plural: true,
		parse: parseFormChecks,
		fallback: []
	});
}

/** The saved form checks (in memory during a prerender). */
export const formChecks: Persisted<FormCheckRecord[]> = createFormChecks(where);

/** Deletes one saved form check; false when storage refused (its notice says so). */
export function deleteFormCheck(
	id: string,
	store: Persisted<FormCheckRecord[]> = formChecks
): boolean {
	return store.update((list) => list.filter((check) => check.id !== id));
}

/** Saves a form check (or puts a deleted one back), kept in date order. */
export function saveFormCheck(
	check: FormCheckRecord,
	store: Persisted<FormCheckRecord[]> = formChecks
): boolean {
	return store.update((list) =>
		[...list.filter((c) => c.id !== check.id), check].sort((a, b) => a.at - b.at)
	);
}
