/** A count with its noun: "1 exercise", "6 exercises". */
export function count(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** Formats milliseconds as `m:ss`, rounding up to whole seconds (the player's countdown rule). */
export function clock(ms: number): string {
	const total = Math.max(0, Math.ceil(ms / 1000));
	const minutes = Math.floor(total / 60);
	const seconds = total % 60;
	return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** Formats milliseconds as a short spoken-style length: "45 s", "5 min", "12 min 30 s". */
export function duration(ms: number): string {
	const total = Math.max(0, Math.round(ms / 1000));
	if (total < 60) return `${total} s`;
	const minutes = Math.floor(total / 60);
	const seconds = total % 60;
	return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** Formats milliseconds as whole minutes for cards ("about 12 min"), never below 1. */
export function minutes(ms: number): string {
	return `${Math.max(1, Math.round(ms / 60000))} min`;
}
