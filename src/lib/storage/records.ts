// The basics every record check of the user's own data shares (ids, dates, text limits, lists), and
// the bookmark, the smallest record. The session record's checks are in ./session-record.ts and the
// settings' in ./settings-record.ts, so that a page which reads only bookmarks loads neither.

/** A bookmarked routine: its id and when it was bookmarked (ms since the epoch). */
export interface Favorite {
	id: string;
	at: number;
}

/** Length limits for stored and imported text. */
export const TEXT_LIMITS = { id: 128, routineName: 200, note: 2000 } as const;

/** A validation result: the value, or one sentence saying what is wrong. */
export type Check<T> = { ok: true; value: T } | { ok: false; error: string };

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/** Whether `value` is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What is wrong with `value` as an id, in a sentence about `field`, or null when it is a valid id. */
export function idError(value: unknown, field: string): string | null {
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

/** The end of the sentence refusing a time outside `TIME_RANGE`. */
export const DATE_ERROR = 'must be a date between the years 2000 and 2100';

/** Validates a bookmark; unknown keys are dropped. */
export function checkFavorite(raw: unknown): Check<Favorite> {
	if (!isRecord(raw)) return { ok: false, error: 'it is not an object' };
	const error = idError(raw.id, 'its routine id');
	if (error) return { ok: false, error };
	if (!isDate(raw.at)) return { ok: false, error: `its time ${DATE_ERROR}` };
	return { ok: true, value: { id: raw.id as string, at: raw.at } };
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
