// Small helpers for the history charts' scales.

/** A round top for a minutes axis: at least 10, then the next of 10, 20, 30, 60, 90, 120, ... */
export function niceMax(value: number): number {
	const steps = [10, 20, 30, 60, 90, 120];
	for (const step of steps) if (value <= step) return step;
	return Math.ceil(value / 60) * 60;
}
