import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackup } from './backup';
import { isDate, MAX_SESSION_MS, TIME_RANGE } from './records';
import { checkSession } from './session-record';
import { anyNumber, session } from './testing';

const validTime = fc.integer({ min: TIME_RANGE.min, max: TIME_RANGE.max });

describe('dates on session records', () => {
	it('a session is accepted only with a printable start and a duration up to a day', () => {
		fc.assert(
			fc.property(anyNumber, anyNumber, (startedAt, durationMs) => {
				const result = checkSession(session({ startedAt, durationMs }));
				const valid =
					isDate(startedAt) &&
					Number.isFinite(durationMs) &&
					durationMs >= 0 &&
					durationMs <= MAX_SESSION_MS;
				expect(result.ok).toBe(valid);
				if (result.ok) expect(() => new Date(result.value.startedAt).toISOString()).not.toThrow();
			})
		);
	});

	it('a valid session always passes, with the same values', () => {
		fc.assert(
			fc.property(
				validTime,
				fc.integer({ min: 0, max: MAX_SESSION_MS }),
				fc.option(fc.integer({ min: 0, max: 10 })),
				(startedAt, durationMs, pain) => {
					const record = session({ startedAt, durationMs, pain });
					expect(checkSession(record)).toEqual({ ok: true, value: record });
				}
			)
		);
	});

	it('a pain score outside 0 to 10, or not whole, is refused', () => {
		fc.assert(
			fc.property(anyNumber, (pain) => {
				const ok = checkSession(session({ pain })).ok;
				expect(ok).toBe(Number.isInteger(pain) && pain >= 0 && pain <= 10);
			})
		);
	});
});

describe('the import door', () => {
	it('the far-future session from the report is refused with one sentence, and nothing else is', () => {
		const file = (startedAt: number) =>
			JSON.stringify({
				app: 'patella',
				version: 1,
				favorites: [],
				routines: [],
				history: [{ ...session({ id: 's-far', startedAt }) }],
				settings: {}
			});
		expect(parseBackup(file(9e15))).toEqual({
			ok: false,
			error:
				'Session 1 is not valid: its start time must be a date between the years 2000 and 2100.'
		});
		fc.assert(
			fc.property(anyNumber, (startedAt) => {
				const result = parseBackup(file(startedAt));
				expect(result.ok).toBe(isDate(startedAt));
			})
		);
	});

	it('an export date outside 2000 to 2100 is refused', () => {
		const file = (exportedAt: string) =>
			JSON.stringify({
				app: 'patella',
				version: 1,
				exportedAt,
				favorites: [],
				routines: [],
				history: [],
				settings: {}
			});
		expect(parseBackup(file('+275760-09-13T00:00:00.000Z')).ok).toBe(false);
		expect(parseBackup(file('1970-01-01T00:00:00.000Z')).ok).toBe(false);
		expect(parseBackup(file('2026-12-01T10:00:00.000Z')).ok).toBe(true);
	});
});
