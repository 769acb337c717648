// Figures from the session history: this week, the streak, minutes per week, the active-day calendar
// and the knee-pain series. Pure functions: the time (`now`) and the time zone come in as arguments.
import type { Session } from '$lib/storage/records';
import { dayOf, weekStart, type Day } from './days';

/** Sessions newest first (a copy). */
export function newestFirst(sessions: readonly Session[]): Session[] {
	return [...sessions].sort((a, b) => b.startedAt - a.startedAt);
}

/** Sessions oldest first (a copy). */
export function oldestFirst(sessions: readonly Session[]): Session[] {
	return [...sessions].sort((a, b) => a.startedAt - b.startedAt);
}

/** The days on which at least one session was started. */
export function activeDays(sessions: readonly Session[], zone?: string): Set<Day> {
	return new Set(sessions.map((s) => dayOf(s.startedAt, zone)));
}

/**
 * The current streak: consecutive active days ending today, or ending yesterday when nothing has
 * been done yet today (the streak is not lost until a whole day passes without a session).
 */
export function streak(sessions: readonly Session[], now: number, zone?: string): number {
	const days = activeDays(sessions, zone);
	const today = dayOf(now, zone);
	let day = days.has(today) ? today : today - 1;
	let count = 0;
	while (days.has(day)) {
		count++;
		day--;
	}
	return count;
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
		total.sessions++;
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
		entry.sessions++;
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

/** One point of the knee-pain line. */
export interface PainPoint {
	day: Day;
	startedAt: number;
	pain: number;
	routineName: string;
}

/** The knee-pain scores recorded, oldest first, at most the last `limit` of them. */
export function painSeries(sessions: readonly Session[], limit = 20, zone?: string): PainPoint[] {
	return oldestFirst(sessions)
		.filter((s): s is Session & { pain: number } => s.pain !== null)
		.slice(-limit)
		.map((s) => ({
			day: dayOf(s.startedAt, zone),
			startedAt: s.startedAt,
			pain: s.pain,
			routineName: s.routineName
		}));
}

/** Knee pain from 0 to 10 in words, as the check-in shows it. */
export function painWords(pain: number): string {
	if (pain <= 0) return 'no pain';
	if (pain <= 3) return 'mild';
	if (pain <= 6) return 'moderate';
	if (pain <= 9) return 'severe';
	return 'worst pain imaginable';
}
