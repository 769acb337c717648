import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '$lib/routines/schema';
import type { Timeline } from '$lib/routines/types';
import { MAX_REST_MS, MAX_REST_SECONDS } from './rest-limit';
import { parseSavedRun, type SavedRun } from './saved-run';

const T = Date.UTC(2026, 11, 1, 9);
const timeline = {
	segments: [
		{ kind: 'work', durationMs: 30_000 },
		{ kind: 'rest', durationMs: 30_000 },
		{ kind: 'work', durationMs: 30_000 }
	]
} as unknown as Timeline;

const run = (overrides: Partial<SavedRun> = {}): SavedRun => ({
	routineId: 'r',
	startedAt: T,
	savedAt: T + 60_000,
	position: 40_000,
	adjust: {},
	...overrides
});

describe('reading a saved run back', () => {
	it('the rest limit is the builder’s', () => {
		expect(MAX_REST_SECONDS).toBe(LIMITS.rest);
	});

	it('reads back every rest the player allows, up to the limit, and a place inside it', () => {
		const longest = run({ adjust: { 1: MAX_REST_MS - 30_000 }, position: 60_000 + 500_000 });
		expect(parseSavedRun(longest, 'r', timeline)).toEqual(longest);
	});

	it('refuses a rest past the limit, a change to work, and a place past the end', () => {
		expect(parseSavedRun(run({ adjust: { 1: MAX_REST_MS } }), 'r', timeline)).toBeUndefined();
		expect(parseSavedRun(run({ adjust: { 0: 10_000 } }), 'r', timeline)).toBeUndefined();
		expect(parseSavedRun(run({ position: 90_000 }), 'r', timeline)).toBeUndefined();
		expect(parseSavedRun(run(), 'other', timeline)).toBeUndefined();
	});

	it('accepts only dates between 2000 and 2100', () => {
		fc.assert(
			fc.property(fc.double(), fc.double(), (startedAt, savedAt) => {
				const parsed = parseSavedRun(run({ startedAt, savedAt }), 'r', timeline);
				const ok = [startedAt, savedAt].every(
					(t) => t >= Date.UTC(2000, 0, 1) && t <= Date.UTC(2100, 0, 1)
				);
				expect(parsed !== undefined).toBe(ok);
			})
		);
	});
});
