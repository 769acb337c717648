import { describe, expect, it } from 'vitest';
import { isoDate } from './days';
import { calendar, consistency, minutesPerWeek, painSeries, thisWeek } from './stats';
import { session } from './testing';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';

describe('weekly consistency', () => {
	const now = Date.parse('2026-03-19T20:00:00Z'); // a Thursday

	it('counts this week against the aim, and the weeks in a row meeting it', () => {
		const sessions = [
			// Two weeks back: three sessions. Last week: three. This week: two so far.
			...['02', '04', '06', '09', '11', '13', '16', '18'].map((d) =>
				session(`2026-03-${d}T08:00:00Z`, { completed: true })
			)
		];
		expect(consistency(sessions, now, 3, 'UTC')).toEqual({ sessions: 2, aim: 3, weeks: 2 });
		// A third this week meets the aim: the run grows.
		const more = [...sessions, session('2026-03-19T08:00:00Z', { completed: true })];
		expect(consistency(more, now, 3, 'UTC')).toEqual({ sessions: 3, aim: 3, weeks: 3 });
	});

	it('rest days never break it: only a whole week under the aim does', () => {
		const sessions = ['02', '03', '04', '16'].map((d) => session(`2026-03-${d}T08:00:00Z`));
		// The week of 9 March had none: the run of weeks is 0, this week has 1.
		expect(consistency(sessions, now, 3, 'UTC')).toEqual({ sessions: 1, aim: 3, weeks: 0 });
		expect(consistency(sessions, Date.parse('2026-03-08T20:00:00Z'), 3, 'UTC').weeks).toBe(1);
	});

	it('a session with little work done counts for nothing', () => {
		const little = {
			completed: false,
			exercises: [
				{ exerciseId: 'x', name: 'X', setsDone: 0, sets: 3, workMs: 10_000, plannedMs: 90_000 }
			]
		};
		const sessions = [session('2026-03-18T08:00:00Z', little)];
		expect(consistency(sessions, now, 3, 'UTC').sessions).toBe(0);
		expect(thisWeek(sessions, now, 'UTC').sessions).toBe(0);
	});
});

describe('weekly totals', () => {
	it('count sessions and minutes of the week from Monday, local time', () => {
		const sessions = [
			session('2026-03-01T23:30:00Z', { durationMs: 5 * 60_000 }), // Sunday: last week
			session('2026-03-02T00:10:00Z', { durationMs: 12 * 60_000 }), // Monday
			session('2026-03-05T09:00:00Z', { durationMs: 8 * 60_000 + 29_000 }),
			session('2026-03-08T23:59:00Z', { durationMs: 60_000 }) // Sunday night
		];
		const week = thisWeek(sessions, Date.parse('2026-03-08T23:59:30Z'), 'UTC');
		expect(isoDate(week.start)).toBe('2026-03-02');
		expect(week).toMatchObject({ sessions: 3, minutes: 21 });
		// Next Monday a new week begins.
		expect(thisWeek(sessions, Date.parse('2026-03-09T00:00:00Z'), 'UTC')).toMatchObject({
			sessions: 0,
			minutes: 0
		});
	});

	it('put a late Sunday session in its local week across a daylight-saving change', () => {
		// London, the week of Mon 23 to Sun 29 March 2026 (clocks forward on the Sunday).
		const sunday = session('2026-03-29T23:30:00+01:00'); // 22:30 UTC
		const monday = session('2026-03-30T00:30:00+01:00'); // 23:30 UTC on Sunday
		const inWeek = thisWeek([sunday, monday], Date.parse('2026-03-29T23:45:00+01:00'), LONDON);
		expect(isoDate(inWeek.start)).toBe('2026-03-23');
		expect(inWeek.sessions).toBe(1);
		const next = thisWeek([sunday, monday], Date.parse('2026-03-30T08:00:00+01:00'), LONDON);
		expect(isoDate(next.start)).toBe('2026-03-30');
		expect(next.sessions).toBe(1);
		// In UTC both fall on Sunday 29 March.
		expect(thisWeek([sunday, monday], Date.parse('2026-03-29T23:50:00Z'), 'UTC').sessions).toBe(2);

		// New York, the week of Mon 26 Oct to Sun 1 Nov 2026 (clocks back on the Sunday): 23:30 EST
		// on Sunday is 04:30 UTC on Monday, and still belongs to the week that is ending.
		const late = session('2026-11-01T23:30:00-05:00');
		const week = thisWeek([late], Date.parse('2026-11-01T23:59:00-05:00'), NEW_YORK);
		expect(isoDate(week.start)).toBe('2026-10-26');
		expect(week.sessions).toBe(1);
	});

	it('give minutes per week for the last N weeks, oldest first, empty weeks included', () => {
		const sessions = [
			session('2026-02-10T10:00:00Z', { durationMs: 30 * 60_000 }), // too old for 4 weeks
			session('2026-02-17T10:00:00Z', { durationMs: 10 * 60_000 }),
			session('2026-02-18T10:00:00Z', { durationMs: 5 * 60_000 }),
			session('2026-03-04T10:00:00Z', { durationMs: 7 * 60_000 })
		];
		const weeks = minutesPerWeek(sessions, Date.parse('2026-03-06T12:00:00Z'), 4, 'UTC');
		expect(weeks.map((w) => isoDate(w.start))).toEqual([
			'2026-02-09',
			'2026-02-16',
			'2026-02-23',
			'2026-03-02'
		]);
		expect(weeks.map((w) => w.minutes)).toEqual([30, 15, 0, 7]);
		expect(weeks.map((w) => w.sessions)).toEqual([1, 2, 0, 1]);
	});

	it('are exactly seven civil days apart across both daylight-saving changes', () => {
		const weeks = minutesPerWeek([], Date.parse('2026-11-04T12:00:00-05:00'), 40, NEW_YORK);
		for (let i = 1; i < weeks.length; i++) expect(weeks[i]!.start - weeks[i - 1]!.start).toBe(7);
		expect(isoDate(weeks.at(-1)!.start)).toBe('2026-11-02');
	});
});

describe('calendar', () => {
	it('has 12 weeks of 7 days from Monday, this week last, future days marked', () => {
		const sessions = [
			session('2026-03-04T08:00:00Z', { durationMs: 6 * 60_000 }),
			session('2026-03-04T19:00:00Z', { durationMs: 4 * 60_000 }),
			session('2025-12-14T08:00:00Z') // the Sunday before the calendar
		];
		const weeks = calendar(sessions, Date.parse('2026-03-05T12:00:00Z'), 12, 'UTC');
		expect(weeks).toHaveLength(12);
		expect(weeks.every((w) => w.length === 7)).toBe(true);
		expect(isoDate(weeks[0]![0]!.day)).toBe('2025-12-15');
		const wednesday = weeks[11]![2]!;
		expect(isoDate(wednesday.day)).toBe('2026-03-04');
		expect(wednesday).toMatchObject({ sessions: 2, minutes: 10, future: false });
		expect(weeks[11]!.map((d) => d.future)).toEqual([false, false, false, false, true, true, true]);
		expect(weeks.flat().filter((d) => d.sessions > 0)).toHaveLength(1);
	});

	it('files a session by the local date during a daylight-saving week', () => {
		const sessions = [session('2026-03-29T23:30:00+01:00')];
		const weeks = calendar(sessions, Date.parse('2026-03-30T09:00:00+01:00'), 12, LONDON);
		const active = weeks.flat().filter((d) => d.sessions > 0);
		expect(active.map((d) => isoDate(d.day))).toEqual(['2026-03-29']);
		expect(isoDate(weeks[11]![0]!.day)).toBe('2026-03-30');
	});
});

describe('pain', () => {
	it('lists recorded scores oldest first, the last N only, and the mornings after', () => {
		const sessions = [
			session('2026-03-03T08:00:00Z', {
				pain: 4,
				morning: { pain: 3, at: Date.parse('2026-03-04T07:00:00Z') }
			}),
			session('2026-03-01T08:00:00Z', { pain: 2 }),
			session('2026-03-02T08:00:00Z', {
				pain: null,
				morning: { pain: null, at: Date.parse('2026-03-03T07:00:00Z') }
			}),
			session('2026-03-04T08:00:00Z', { pain: 1 })
		];
		const series = painSeries(sessions, 20, 'UTC');
		expect(series.during.map((p) => p.pain)).toEqual([2, 4, 1]);
		expect(painSeries(sessions, 2, 'UTC').during.map((p) => p.pain)).toEqual([4, 1]);
		expect(series.morning.map((p) => [isoDate(p.day), p.pain])).toEqual([['2026-03-04', 3]]);
	});
});
