// Figures from the session history: this week, weekly consistency, minutes per week, the active-day
// calendar and the knee-pain series. Pure functions: the time (`now`) and the time zone come in as
// arguments. Minutes are time played; a session counts only when enough of its work was played.
import { dayOf, weekStart, type Day } from './days';
import { counts, type Session } from './session';

/** Sessions newest first (a copy). */
export function newestFirst(sessions: readonly Session[]): Session[] {
	return [...sessions].sort((a, b) => b.startedAt - a.startedAt);
}

/** Sessions oldest first (a copy). */
export function oldestFirst(sessions: readonly Session[]): Session[] {
	return [...sessions].sort((a, b) => a.startedAt - b.startedAt);
}

/** Sessions a week the advice aims at (three, as in the trials; two or three is the advice). */
const WEEKLY_AIM = 3;

/** This week against the aim, and how many weeks in a row have met it. */
export interface Consistency {
	/** Sessions that count this week. */
	sessions: number;
	aim: number;
	/** Weeks in a row meeting the aim: the weeks before this one, plus this one once it meets it. */
	weeks: number;
}

/**
 * Weekly consistency, which rest days never break: this week's sessions against the aim, and the
 * run of weeks meeting it. A week still under way does not end the run. The aim is three unless the
 * runner's plan trains on other days (`planDays`), so that `/`, History and /plan count alike.
 */
export function consistency(
	sessions: readonly Session[],
	now: number,
	aim = WEEKLY_AIM,
	zone?: string
): Consistency {
	const perWeek = new Map<Day, number>();
	for (const session of sessions) {
		if (!counts(session)) continue;
		const week = weekStart(dayOf(session.startedAt, zone));
		perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
	}
	const current = weekStart(dayOf(now, zone));
	const thisWeekCount = perWeek.get(current) ?? 0;
	let weeks = thisWeekCount >= aim ? 1 : 0;
	for (let week = current - 7; (perWeek.get(week) ?? 0) >= aim; week -= 7) weeks++;
	return { sessions: thisWeekCount, aim, weeks };
}

/** Sessions and whole minutes of one week. */
export interface WeekTotal {
	/** The Monday that starts the week. */
	start: Day;
	sessions: number;
	minutes: number;
}

function minutesOf(ms: number): number {
	return Math.round(ms / 60_000);
}

/** Sessions and minutes of the week holding `now` (weeks start on Monday, local time). */
export function thisWeek(sessions: readonly Session[], now: number, zone?: string): WeekTotal {
	return minutesPerWeek(sessions, now, 1, zone)[0]!;
}

/** Sessions and minutes for each of the last `weeks` weeks, oldest first, this week last. */
export function minutesPerWeek(
	sessions: readonly Session[],
	now: number,
	weeks: number,
	zone?: string
): WeekTotal[] {
	const current = weekStart(dayOf(now, zone));
	const first = current - 7 * (weeks - 1);
	const totals = Array.from({ length: weeks }, (_, i) => ({
		start: first + 7 * i,
		sessions: 0,
		ms: 0
	}));
	for (const session of sessions) {
		const index = (weekStart(dayOf(session.startedAt, zone)) - first) / 7;
		const total = totals[index];
		if (!total) continue;
		if (counts(session)) total.sessions++;
		total.ms += session.durationMs;
	}
	return totals.map(({ start, sessions, ms }) => ({ start, sessions, minutes: minutesOf(ms) }));
}

/** One day of the calendar. */
export interface CalendarDay {
	day: Day;
	sessions: number;
	minutes: number;
	/** After today: drawn empty. */
	future: boolean;
}

/**
 * The last `weeks` weeks as columns of seven days (Monday first), oldest week first; the last
 * column is this week, with the days after today marked `future`.
 */
export function calendar(
	sessions: readonly Session[],
	now: number,
	weeks = 12,
	zone?: string
): CalendarDay[][] {
	const today = dayOf(now, zone);
	const first = weekStart(today) - 7 * (weeks - 1);
	const byDay = new Map<Day, { sessions: number; ms: number }>();
	for (const session of sessions) {
		const day = dayOf(session.startedAt, zone);
		const entry = byDay.get(day) ?? { sessions: 0, ms: 0 };
		if (counts(session)) entry.sessions++;
		entry.ms += session.durationMs;
		byDay.set(day, entry);
	}
	return Array.from({ length: weeks }, (_, w) =>
		Array.from({ length: 7 }, (_, d) => {
			const day = first + 7 * w + d;
			const entry = byDay.get(day);
			return {
				day,
				sessions: entry?.sessions ?? 0,
				minutes: minutesOf(entry?.ms ?? 0),
				future: day > today
			};
		})
	);
}

/** One point of a pain line. */
export interface PainPoint {
	day: Day;
	/** When the pain was felt: the session's start, or the morning check's time. */
	at: number;
	pain: number;
	routineName: string;
}

/** Pain during sessions and the mornings after, oldest first, each at most the last `limit`. */
export function painSeries(
	sessions: readonly Session[],
	limit = 20,
	zone?: string
): { during: PainPoint[]; morning: PainPoint[] } {
	const ordered = oldestFirst(sessions);
	const point = (at: number, pain: number, s: Session): PainPoint => ({
		day: dayOf(at, zone),
		at,
		pain,
		routineName: s.routineName
	});
	return {
		during: ordered
			.flatMap((s) => (s.pain === null ? [] : [point(s.startedAt, s.pain, s)]))
			.slice(-limit),
		morning: ordered
			.flatMap((s) =>
				typeof s.morning?.pain === 'number' ? [point(s.morning.at, s.morning.pain, s)] : []
			)
			.sort((a, b) => a.at - b.at)
			.slice(-limit)
	};
}
