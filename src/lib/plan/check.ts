// Small checks shared by the plan's validators.

/** Whether `value` is a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` is a time in ms since the epoch, between 2000 and 2200. */
export function isTime(value: unknown): value is number {
	return (
		typeof value === 'number' &&
		Number.isInteger(value) &&
		value >= 946_684_800_000 &&
		value < 7_258_118_400_000
	);
}
