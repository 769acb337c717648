import { describe, expect, it } from 'vitest';
import { hourOf, latestCheckIn, morningDue, wantsEasier } from './attention';
import { session } from './testing';

const at = (iso: string) => Date.parse(iso);

describe('the morning question', () => {
	const evening = session('2026-03-04T18:00:00Z', { pain: 3 });

	it('is asked on a later calendar day, from early morning on', () => {
		expect(morningDue([evening], at('2026-03-04T22:00:00Z'), 'UTC')).toBeUndefined();
		expect(morningDue([evening], at('2026-03-05T03:59:00Z'), 'UTC')).toBeUndefined();
		expect(morningDue([evening], at('2026-03-05T04:00:00Z'), 'UTC')).toBe(evening);
		expect(morningDue([evening], at('2026-03-05T15:00:00Z'), 'UTC')).toBe(evening);
	});

	it('only after a session with knee pain checked in, once, and not about a session weeks back', () => {
		const noCheckIn = session('2026-03-04T18:00:00Z');
		expect(morningDue([noCheckIn], at('2026-03-05T08:00:00Z'), 'UTC')).toBeUndefined();
		const answered = { ...evening, morning: { pain: null, at: at('2026-03-05T08:00:00Z') } };
		expect(morningDue([answered], at('2026-03-05T09:00:00Z'), 'UTC')).toBeUndefined();
		expect(morningDue([evening], at('2026-03-20T08:00:00Z'), 'UTC')).toBeUndefined();
	});

	it('follows the runner’s own days and hours', () => {
		// 23:00 in New York on the 4th is 04:00 UTC on the 5th: still the same evening there.
		const late = session('2026-03-04T20:00:00-05:00', { pain: 2 });
		expect(morningDue([late], at('2026-03-04T23:00:00-05:00'), 'America/New_York')).toBeUndefined();
		expect(hourOf(at('2026-03-05T04:30:00Z'), 'America/New_York')).toBe(23);
	});

	it('without a zone, gives the hour in the runtime zone named, hour by hour through a year', () => {
		const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
		// On the quarter hour, so that zones a half or three quarters off the hour are caught too.
		const start = Date.parse('2026-01-01T00:15:00Z');
		for (let hour = 0; hour < 366 * 24; hour += 1) {
			const instant = start + hour * 3_600_000;
			expect(hourOf(instant), new Date(instant).toISOString()).toBe(hourOf(instant, zone));
		}
	});
});

describe('the advice in sight', () => {
	it('is about the latest session with a check-in', () => {
		const a = session('2026-03-02T08:00:00Z', { pain: 7 });
		const b = session('2026-03-03T08:00:00Z');
		expect(latestCheckIn([b, a])).toBe(a);
		expect(wantsEasier([a, b])).toBe(true);
		expect(wantsEasier([a, session('2026-03-04T08:00:00Z', { pain: 5 })])).toBe(false);
	});

	it('wants easier after a morning worse than the usual one', () => {
		const first = session('2026-03-02T08:00:00Z', {
			pain: 2,
			morning: { pain: 1, at: at('2026-03-03T07:00:00Z') }
		});
		const worse = session('2026-03-04T08:00:00Z', {
			pain: 2,
			morning: { pain: 2, at: at('2026-03-05T07:00:00Z') }
		});
		expect(wantsEasier([first])).toBe(false);
		expect(wantsEasier([first, worse])).toBe(true);
		expect(wantsEasier([first, worse], 2)).toBe(false);
	});
});
