import { describe, expect, it } from 'vitest';
import { dayLabel, dayOf, isoDate, weekStart, weekday } from './days';

describe('dayOf', () => {
	it('gives the civil date in the zone, not in UTC', () => {
		// 23:30 on Sunday 29 March 2026 in London (BST, UTC+1) is 22:30 UTC the same day...
		expect(isoDate(dayOf(Date.parse('2026-03-29T23:30:00+01:00'), 'Europe/London'))).toBe(
			'2026-03-29'
		);
		// ...and 21:00 in New York on 1 March is already 2 March in UTC.
		const evening = Date.parse('2026-03-01T21:00:00-05:00');
		expect(isoDate(dayOf(evening, 'America/New_York'))).toBe('2026-03-01');
		expect(isoDate(dayOf(evening, 'UTC'))).toBe('2026-03-02');
		expect(isoDate(dayOf(evening, 'Asia/Tokyo'))).toBe('2026-03-02');
	});

	it('counts a 23-hour and a 25-hour day as one day each', () => {
		const zone = 'Europe/London';
		// Clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October.
		const sat = dayOf(Date.parse('2026-03-28T12:00:00Z'), zone);
		const sunLate = dayOf(Date.parse('2026-03-29T22:59:00Z'), zone);
		const monEarly = dayOf(Date.parse('2026-03-29T23:00:00Z'), zone);
		expect(sunLate - sat).toBe(1);
		expect(monEarly - sunLate).toBe(1);
		const sunOct = dayOf(Date.parse('2026-10-25T00:30:00Z'), zone); // 01:30 BST
		const sunOctLate = dayOf(Date.parse('2026-10-25T23:59:00Z'), zone); // 23:59 GMT
		expect(sunOctLate).toBe(sunOct);
	});

	it('without a zone, agrees with the runtime zone named, hour by hour through a year', () => {
		const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
		const start = Date.parse('2026-01-01T00:30:00Z');
		for (let hour = 0; hour < 366 * 24; hour += 1) {
			const at = start + hour * 3_600_000;
			expect(dayOf(at), new Date(at).toISOString()).toBe(dayOf(at, zone));
		}
	});

	it('uses the runtime zone without an argument', () => {
		const now = Date.parse('2026-06-15T12:00:00Z');
		const local = new Date(now);
		expect(isoDate(dayOf(now))).toBe(
			`${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`
		);
	});
});

describe('weeks', () => {
	it('start on Monday', () => {
		const wed = dayOf(Date.parse('2026-03-04T12:00:00Z'), 'UTC');
		expect(weekday(wed)).toBe(2);
		expect(isoDate(weekStart(wed))).toBe('2026-03-02');
		const sun = dayOf(Date.parse('2026-03-08T12:00:00Z'), 'UTC');
		expect(isoDate(weekStart(sun))).toBe('2026-03-02');
		const mon = dayOf(Date.parse('2026-03-09T00:00:00Z'), 'UTC');
		expect(weekStart(mon)).toBe(mon);
		expect(weekStart(dayOf(0, 'UTC'))).toBe(-3);
	});

	it('labels days in words', () => {
		const day = dayOf(Date.parse('2026-03-02T12:00:00Z'), 'UTC');
		expect(dayLabel(day)).toBe('Mon 2 Mar');
		expect(dayLabel(day, true)).toMatch(/^Monday,? 2 March 2026$/);
	});
});
