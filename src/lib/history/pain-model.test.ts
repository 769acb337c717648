import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ACCEPTABLE_MAX,
	ANCHORS,
	CLINICIAN_WINDOW_DAYS,
	NO_IMPROVEMENT_WEEKS,
	SAFE_MAX,
	SCALE,
	clinicianReason,
	isPainScore,
	morningWorse,
	painWords,
	painZone,
	risingWeekly,
	tooMuch,
	usualMorning,
	weeklyAverages
} from './pain-model';

const DAY = 86_400_000;
// A Monday, 07:00 UTC.
const monday = Date.parse('2026-03-02T07:00:00Z');
const at = (days: number, pain: number) => ({ at: monday + days * DAY, pain });
const score = fc.integer({ min: 0, max: 10 });

describe('zones', () => {
	it('0-2 safe, 3-5 acceptable, above 5 too much, at each boundary', () => {
		expect([0, 2, 3, 5, 6, 10].map(painZone)).toEqual([
			'safe',
			'safe',
			'acceptable',
			'acceptable',
			'too-much',
			'too-much'
		]);
		expect(SAFE_MAX).toBe(2);
		expect(ACCEPTABLE_MAX).toBe(5);
		expect(tooMuch(5)).toBe(false);
		expect(tooMuch(6)).toBe(true);
	});

	it('too much exactly when the score is above the acceptable limit', () => {
		fc.assert(
			fc.property(score, (p) => {
				expect(tooMuch(p)).toBe(p > ACCEPTABLE_MAX);
			})
		);
		// A higher score never falls in a milder zone.
		const order = ['safe', 'acceptable', 'too-much'];
		fc.assert(
			fc.property(score, score, (a, b) => {
				if (a <= b)
					expect(order.indexOf(painZone(a))).toBeLessThanOrEqual(order.indexOf(painZone(b)));
			})
		);
	});

	it('reads whole numbers from 0 to 10 only', () => {
		expect([0, 10, 5].every(isPainScore)).toBe(true);
		expect([-1, 11, 2.5, NaN, '3', null].some(isPainScore)).toBe(false);
	});

	it('has 11 choices with words at 0, 3, 5 and 8', () => {
		expect(SCALE.map((c) => c.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(SCALE.filter((c) => c.words).map((c) => `${c.value} ${c.words}`)).toEqual([
			'0 none',
			'3 mild',
			'5 moderate',
			'8 severe'
		]);
		expect(ANCHORS.size).toBe(4);
		expect(painWords(4)).toBe('4 out of 10, acceptable');
	});
});

describe('the morning after', () => {
	it('worse only when above the usual morning: equal is not worse', () => {
		expect(morningWorse(2, 2)).toBe(false);
		expect(morningWorse(3, 2)).toBe(true);
		expect(morningWorse(1, 2)).toBe(false);
		fc.assert(
			fc.property(score, (p) => {
				expect(morningWorse(p, p)).toBe(false);
				expect(morningWorse(p, p - 1)).toBe(true);
			})
		);
	});

	it('the usual morning is the first check, or the plan’s answer', () => {
		expect(usualMorning([])).toBeNull();
		expect(usualMorning([at(3, 4), at(1, 2), at(2, 5)])).toBe(2);
		expect(usualMorning([at(1, 2)], 1)).toBe(1);
		expect(usualMorning([at(1, 2)], null)).toBe(2);
	});
});

describe('rising', () => {
	it('needs the weekly average up two weeks running, not three sessions going 0, 1, 2', () => {
		expect(risingWeekly([at(0, 0), at(1, 1), at(2, 2)], 'UTC')).toBe(false);
		expect(risingWeekly([at(0, 2), at(7, 3), at(14, 4)], 'UTC')).toBe(true);
	});

	it('not when one week stays level, nor across a week without sessions', () => {
		expect(risingWeekly([at(0, 2), at(7, 3), at(14, 3)], 'UTC')).toBe(false);
		expect(risingWeekly([at(0, 2), at(7, 3), at(21, 4)], 'UTC')).toBe(false);
	});

	it('uses averages: one bad session in a good week is not a rise', () => {
		const scores = [at(0, 3), at(2, 3), at(7, 4), at(9, 2), at(14, 5)];
		expect(weeklyAverages(scores, 'UTC').map((w) => w.average)).toEqual([3, 3, 5]);
		expect(risingWeekly(scores, 'UTC')).toBe(false);
	});

	it('not while the latest week stays in the safe zone', () => {
		expect(risingWeekly([at(0, 0), at(7, 1), at(14, 2)], 'UTC')).toBe(false);
		expect(risingWeekly([at(0, 1), at(7, 2), at(14, 3)], 'UTC')).toBe(true);
	});

	it('weeks start on Monday in the runner’s time zone', () => {
		// Sunday 23:30 in New York is Monday in UTC.
		const sunday = Date.parse('2026-03-08T23:30:00-04:00');
		expect(weeklyAverages([{ at: sunday, pain: 3 }], 'America/New_York')[0]!.week).toBe(
			weeklyAverages([at(0, 1)], 'UTC')[0]!.week
		);
	});
});

describe('see a clinician', () => {
	it('after pain above 5 in two sessions within 7 days', () => {
		expect(clinicianReason([at(0, 6), at(7, 7)])).toBe('too-much-twice');
		expect(clinicianReason([at(0, 6), at(7, 7)].slice(0, 1))).toBeNull();
		expect(CLINICIAN_WINDOW_DAYS).toBe(7);
	});

	it('not when they are more than 7 days apart, nor at 5', () => {
		expect(clinicianReason([at(0, 6), { at: monday + 7 * DAY + 1, pain: 7 }])).toBeNull();
		expect(clinicianReason([at(0, 5), at(1, 6)])).toBeNull();
		expect(clinicianReason([at(0, 6), at(1, 5)])).toBeNull();
	});

	it('not for three sessions at 6 in one day long ago, once the latest is fine', () => {
		expect(clinicianReason([at(0, 6), at(0.1, 6), at(0.2, 6), at(30, 1)])).toBeNull();
	});

	it('after 6 weeks of sessions without improvement, even at 4 out of 10', () => {
		const weeks = Array.from({ length: 7 }, (_, w) => at(7 * w, 4));
		expect(clinicianReason(weeks)).toBe('no-improvement');
		expect(NO_IMPROVEMENT_WEEKS).toBe(6);
		// Five weeks in: not yet.
		expect(clinicianReason(weeks.slice(0, 6))).toBeNull();
	});

	it('not when pain fell over the 6 weeks, nor when it stays safe', () => {
		expect(clinicianReason([at(0, 4), at(21, 4), at(42, 3)])).toBeNull();
		expect(clinicianReason([at(0, 2), at(21, 2), at(42, 2)])).toBeNull();
		expect(clinicianReason([at(0, 2), at(21, 2), at(42, 3)])).toBe('no-improvement');
	});
});
