// What `/` has to show besides the routines: the morning question and the latest advice. Cheap,
// pure checks, so that the code that shows them loads only when there is something to show.
import { dayOf } from './days';
import { morningWorse, tooMuch, usualMorning } from './pain-model';
import type { Session } from './session';

/** Whether a session has a check-in: pain during it, or the morning after. */
export function checkedIn(session: Session): boolean {
	return session.pain !== null || typeof session.morning?.pain === 'number';
}

/** The latest session (by start) with a check-in: the one the advice in sight is about. */
export function latestCheckIn(sessions: readonly Session[]): Session | undefined {
	let latest: Session | undefined;
	for (const s of sessions)
		if (checkedIn(s) && (!latest || s.startedAt > latest.startedAt)) latest = s;
	return latest;
}

/** The morning question is asked from this hour (local time) of a later day. */
const MORNING_FROM_HOUR = 4;
/** Nor is it asked about a session more than this many days back. */
const MORNING_WITHIN_DAYS = 7;

const hourFormats = /* @__PURE__ */ new Map<string, Intl.DateTimeFormat>();

/** The hour (0 to 23) of an instant in a time zone, by default the runtime's own. */
export function hourOf(ms: number, zone?: string): number {
	// The runtime's own zone needs no formatter (see `dayOf`): a Date's hour is local time.
	if (zone === undefined) return new Date(ms).getHours();
	const key = zone;
	let format = hourFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat('en-GB', {
			timeZone: zone,
			hour: 'numeric',
			hourCycle: 'h23'
		});
		hourFormats.set(key, format);
	}
	return Number(format.formatToParts(ms).find((p) => p.type === 'hour')?.value ?? 0);
}

/**
 * The session to ask about this morning, if any: the latest session with knee pain checked in, on
 * an earlier calendar day (at most a week back), not yet asked about, once it is early morning.
 */
export function morningDue(
	sessions: readonly Session[],
	now: number,
	zone?: string
): Session | undefined {
	let latest: Session | undefined;
	for (const s of sessions) {
		if (s.pain !== null && (!latest || s.startedAt > latest.startedAt)) latest = s;
	}
	if (!latest || latest.morning) return undefined;
	const gap = dayOf(now, zone) - dayOf(latest.startedAt, zone);
	if (gap < 1 || gap > MORNING_WITHIN_DAYS) return undefined;
	return hourOf(now, zone) >= MORNING_FROM_HOUR ? latest : undefined;
}

/** Whether the latest check-in says to go easier: pain above 5, or a morning worse than usual. */
export function wantsEasier(sessions: readonly Session[], planMorning?: number | null): boolean {
	const latest = latestCheckIn(sessions);
	if (!latest) return false;
	if (latest.pain !== null && tooMuch(latest.pain)) return true;
	const morning = latest.morning?.pain;
	if (typeof morning !== 'number') return false;
	const mornings = sessions.flatMap((s) =>
		typeof s.morning?.pain === 'number' ? [{ at: s.morning.at, pain: s.morning.pain }] : []
	);
	const usual = usualMorning(mornings, planMorning);
	return usual !== null && morningWorse(morning, usual);
}
