// The one limit on a rest's length, shared by the builder (a routine's rests), the player (the
// runner's +10 s) and the saved-run reader, so that a rest the player allows is always one a reload
// can read back. (Not imported from the schema, which would bring the validator into the player:
// a unit test holds the two equal.)

/** The longest a rest may be, in seconds: the builder's limit on a planned rest, `LIMITS.rest`. */
export const MAX_REST_SECONDS = 600;

/** The longest a rest may be, in ms. */
export const MAX_REST_MS = MAX_REST_SECONDS * 1000;

/** The shortest a rest may be, in ms. */
export const MIN_REST_MS = 1000;

/** What the player says when the runner asks for a longer rest than the limit. */
export const REST_LIMIT_TEXT = `Rests go up to ${MAX_REST_SECONDS / 60} minutes.`;

/**
 * The length of a rest planned at `planned` ms when the runner asks for `wanted` ms, `passed` ms of
 * it already gone: at least 1 s and what has passed, at most the limit (or the planned length, if a
 * routine planned longer). `limited`: the ask was cut at the limit.
 */
export function restLength(
	planned: number,
	wanted: number,
	passed = 0
): { length: number; limited: boolean } {
	const most = Math.max(MAX_REST_MS, planned);
	const least = Math.max(MIN_REST_MS, Math.ceil(passed));
	const length = Math.min(Math.max(wanted, least), Math.max(most, least));
	return { length, limited: wanted > most };
}

/** Whether a saved change of `adjust` ms to a rest planned at `planned` ms is one the player allows. */
export function isRestAdjust(planned: number, adjust: number): boolean {
	if (!Number.isFinite(adjust)) return false;
	const length = planned + adjust;
	return length >= MIN_REST_MS && length <= Math.max(MAX_REST_MS, planned);
}
