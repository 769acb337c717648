// Calendar days in the runner's time zone, as whole numbers. A "day" is a civil date (the date on the
// runner's wall calendar) counted from 1970-01-01, so adding a day is adding 1: a 23- or 25-hour
// daylight-saving day is still one day, and no arithmetic on milliseconds crosses a time change.

/** A civil date as a number of days since 1970-01-01. */
export type Day = number;

const formatters = /* @__PURE__ */ new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string | undefined): Intl.DateTimeFormat {
	const key = zone ?? '';
	let found = formatters.get(key);
	if (!found) {
		found = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			year: 'numeric',
			month: 'numeric',
			day: 'numeric'
		});
		formatters.set(key, found);
	}
	return found;
}

/**
 * The civil day of an instant in a time zone (an IANA name such as `Europe/London`); without a
 * zone, the runtime's own, as the browser's local time.
 */
export function dayOf(ms: number, zone?: string): Day {
	// The runtime's own zone needs no formatter: a Date's fields are local time. The first
	// Intl.DateTimeFormat of a page costs a phone a visible pause (about 50 ms of a desktop's CPU).
	if (zone === undefined) {
		const local = new Date(ms);
		return Math.round(
			Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / 86_400_000
		);
	}
	let year = 1970;
	let month = 1;
	let day = 1;
	for (const part of formatter(zone).formatToParts(ms)) {
		if (part.type === 'year') year = Number(part.value);
		else if (part.type === 'month') month = Number(part.value);
		else if (part.type === 'day') day = Number(part.value);
	}
	return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The weekday of a day: 0 for Monday to 6 for Sunday. */
export function weekday(day: Day): number {
	// 1970-01-01 was a Thursday (3 when Monday is 0).
	return (((day + 3) % 7) + 7) % 7;
}

/** The Monday that starts the week holding `day`. */
export function weekStart(day: Day): Day {
	return day - weekday(day);
}

/** A day as `YYYY-MM-DD`. */
export function isoDate(day: Day): string {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A day in words, for labels and screen readers: "Mon 2 Mar", or with `long` "Monday 2 March 2026". */
export function dayLabel(day: Day, long = false): string {
	return new Date(day * 86_400_000).toLocaleDateString('en-GB', {
		timeZone: 'UTC',
		weekday: long ? 'long' : 'short',
		day: 'numeric',
		month: long ? 'long' : 'short',
		...(long ? { year: 'numeric' } : {})
	});
}

/** A day as "2 Mar", for chart axes. */
export function shortDate(day: Day): string {
	return new Date(day * 86_400_000).toLocaleDateString('en-GB', {
		timeZone: 'UTC',
		day: 'numeric',
		month: 'short'
	});
}
