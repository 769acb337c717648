import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepare, rest, switchSides, timelineOf, work } from '$lib/routines/testing';
import type { Segment, WorkSegment } from '$lib/routines/types';
import {
	adjustRest,
	back,
	done,
	durations,
	finish,
	OPEN_MS,
	repSets,
	selfPacedSets,
	transitionAdjust,
	pause,
	resume,
	skip,
	startRun,
	stateAt,
	type RunRecord
} from './engine';
import { CueCursor, cueKey, cueSchedule, isAnnounced } from './cues';

/** A segment of `kind` lasting `seconds`; a work segment may be paced (`reps` at `tempoMs`). */
function segment(
	kind: Segment['kind'],
	seconds: number,
	paced: Pick<WorkSegment, 'reps' | 'tempoMs'> = { reps: null, tempoMs: null }
): Segment {
	if (kind === 'work') return work({ durationMs: seconds * 1000, ...paced });
	if (kind === 'switch') return switchSides({ durationMs: seconds * 1000 });
	return kind === 'rest' ? rest(seconds) : prepare(seconds);
}

/** prepare 10, work 30 (10 reps x 3 s), rest 20, work 45 (hold). */
const small = timelineOf([
	segment('prepare', 10),
	segment('work', 30, { reps: 10, tempoMs: 3000 }),
	segment('rest', 20),
	segment('work', 45)
]);

describe('stateAt', () => {
	it('derives the segment and the time left from timestamps alone', () => {
		const run = startRun(1000);
		expect(stateAt(small, run, 1000)).toMatchObject({ index: 0, segmentRemaining: 10_000 });
		expect(stateAt(small, run, 1000 + 9_999)).toMatchObject({ index: 0, segmentRemaining: 1 });
		expect(stateAt(small, run, 1000 + 10_000)).toMatchObject({
			index: 1,
			segmentRemaining: 30_000,
			rep: 1
		});
		expect(stateAt(small, run, 1000 + 16_000)).toMatchObject({ index: 1, rep: 3 });
		expect(stateAt(small, run, 1000 + 105_000)).toMatchObject({
			index: 3,
			finished: true,
			remaining: 0,
			progress: 1,
			running: false
		});
	});

	it('does not count paused time', () => {
		let run = startRun(0);
		run = pause(small, run, 5_000);
		expect(stateAt(small, run, 60_000).elapsed).toBe(5_000);
		run = resume(run, 60_000);
		expect(stateAt(small, run, 62_000).elapsed).toBe(7_000);
	});

	it('survives a JSON round trip exactly (the run record is plain data)', () => {
		let run = startRun(0);
		run = adjustRest(small, skip(small, skip(small, run, 1_000), 2_000), 3_000, 10_000);
		const copy = JSON.parse(JSON.stringify(run)) as RunRecord;
		expect(stateAt(small, copy, 9_000)).toEqual(stateAt(small, run, 9_000));
	});
});

describe('skip, back and rests', () => {
	it('skips to the start of the next segment', () => {
		const run = skip(small, startRun(0), 4_000);
		expect(stateAt(small, run, 4_000)).toMatchObject({ index: 1, segmentElapsed: 0 });
	});

	it('goes back to the start of the segment after 3 s, else to the previous one', () => {
		const run = startRun(0);
		expect(stateAt(small, back(small, run, 14_000), 14_000)).toMatchObject({
			index: 1,
			segmentElapsed: 0
		});
		expect(stateAt(small, back(small, run, 12_000), 12_000)).toMatchObject({
			index: 0,
			segmentElapsed: 0
		});
		expect(stateAt(small, back(small, run, 13_000), 13_000)).toMatchObject({ index: 0 });
	});

	it('adds and takes 10 s from the current rest only', () => {
		let run = startRun(0);
		run = adjustRest(small, run, 45_000, 10_000);
		expect(stateAt(small, run, 45_000)).toMatchObject({ index: 2, segmentRemaining: 25_000 });
		expect(stateAt(small, run, 45_000).total).toBe(115_000);
		run = adjustRest(small, run, 45_000, -10_000);
		run = adjustRest(small, run, 45_000, -10_000);
		expect(stateAt(small, run, 45_000)).toMatchObject({ index: 2, segmentRemaining: 5_000 });
		// Not in a rest: nothing changes.
		expect(adjustRest(small, run, 55_000, 10_000)).toBe(run);
	});

	it('never shortens a rest below what has passed of it', () => {
		const run = adjustRest(small, startRun(0), 58_000, -30_000);
		expect(stateAt(small, run, 58_000)).toMatchObject({ index: 3, segmentElapsed: 0 });
	});

	it('finishes on End', () => {
		const run = finish(small, startRun(0));
		expect(stateAt(small, run, 1)).toMatchObject({ finished: true, elapsed: 105_000 });
	});
});

// ---- Properties: random timelines, random events, random time steps. ----

const anySegment = fc
	.tuple(
		fc.constantFrom('work', 'rest', 'switch') as fc.Arbitrary<Segment['kind']>,
		fc.integer({ min: 1, max: 90 }),
		fc.boolean(),
		fc.integer({ min: 1, max: 5 })
	)
	.map(([kind, seconds, paced, tempo]) =>
		kind === 'work' && paced
			? segment(kind, seconds * tempo, { reps: seconds, tempoMs: tempo * 1000 })
			: segment(kind, seconds)
	);
const anyTimeline = fc
	.array(anySegment, { minLength: 1, maxLength: 12 })
	.map((segments) => timelineOf([segment('prepare', 10), ...segments]));

type Step =
	| { type: 'wait'; ms: number }
	| { type: 'pause' | 'resume' | 'skip' | 'back' }
	| { type: 'adjust'; delta: number };
const anyStep: fc.Arbitrary<Step> = fc.oneof(
	{
		weight: 6,
		arbitrary: fc.integer({ min: 0, max: 20_000 }).map((ms) => ({ type: 'wait' as const, ms }))
	},
	fc.constantFrom<Step>({ type: 'pause' }, { type: 'resume' }, { type: 'skip' }, { type: 'back' }),
	fc.constantFrom<Step>({ type: 'adjust', delta: 10_000 }, { type: 'adjust', delta: -10_000 })
);

describe('engine properties', () => {
	it('keeps its invariants under any events and time steps', () => {
		fc.assert(
			fc.property(anyTimeline, fc.array(anyStep, { maxLength: 40 }), (tl, steps) => {
				let now = 0;
				let run = startRun(now);
				for (const step of steps) {
					const before = stateAt(tl, run, now);
					if (step.type === 'wait') {
						now += step.ms;
						const after = stateAt(tl, run, now);
						if (run.since === null) {
							// Paused time does not count.
							expect(after.elapsed).toBe(before.elapsed);
						} else {
							// Running time counts exactly, up to the end and never past it.
							expect(after.elapsed).toBe(Math.min(before.elapsed + step.ms, before.total));
						}
					} else if (step.type === 'pause') run = pause(tl, run, now);
					else if (step.type === 'resume') run = resume(run, now);
					else if (step.type === 'skip') run = skip(tl, run, now);
					else if (step.type === 'back') run = back(tl, run, now);
					else if (step.type === 'adjust') run = adjustRest(tl, run, now, step.delta);
					const s = stateAt(tl, run, now);
					if (step.type !== 'back') expect(s.elapsed).toBeGreaterThanOrEqual(before.elapsed);
					expect(s.index).toBeGreaterThanOrEqual(0);
					expect(s.index).toBeLessThan(tl.segments.length);
					expect(s.elapsed + s.remaining).toBe(s.total);
					expect(s.total).toBe(durations(tl, run).reduce((a, b) => a + b, 0));
					expect(s.finished).toBe(s.elapsed === s.total);
					expect(s.segmentRemaining).toBeGreaterThanOrEqual(0);
					if (!s.finished) expect(s.segmentRemaining).toBeGreaterThan(0);
					if (s.rep !== null) expect(s.rep).toBeLessThanOrEqual(s.segment.reps!);
				}
			})
		);
	});

	it('ends exactly at the total, not a millisecond before', () => {
		fc.assert(
			fc.property(anyTimeline, (tl) => {
				const run = startRun(0);
				expect(stateAt(tl, run, tl.totalMs - 1).finished).toBe(false);
				expect(stateAt(tl, run, tl.totalMs)).toMatchObject({ finished: true, progress: 1 });
			})
		);
	});

	it('fires each cue exactly once, in order, however the ticks fall', () => {
		fc.assert(
			fc.property(
				anyTimeline,
				fc.array(fc.integer({ min: 1, max: 999 }), { minLength: 1 }),
				(tl, gaps) => {
					const schedule = cueSchedule(tl, durations(tl, startRun(0)));
					const cursor = new CueCursor(0);
					const fired = [];
					let t = 0;
					let i = 0;
					while (t < tl.totalMs) {
						t = Math.min(t + gaps[i++ % gaps.length]!, tl.totalMs);
						fired.push(...cursor.advance(schedule, t));
					}
					expect(fired.map(cueKey)).toEqual(schedule.map(cueKey));
				}
			)
		);
	});

	it('never fires a cue twice, and drops stale ones after a gap instead of a burst', () => {
		fc.assert(
			fc.property(
				anyTimeline,
				fc.array(fc.integer({ min: 1, max: 30_000 }), { minLength: 1 }),
				(tl, gaps) => {
					const schedule = cueSchedule(tl, durations(tl, startRun(0)));
					const cursor = new CueCursor(0);
					const seen = new Set<string>();
					let t = 0;
					let i = 0;
					while (t < tl.totalMs) {
						t = Math.min(t + gaps[i++ % gaps.length]!, tl.totalMs);
						for (const cue of cursor.advance(schedule, t)) {
							expect(seen.has(cueKey(cue))).toBe(false);
							seen.add(cueKey(cue));
							expect(t - cue.at).toBeLessThan(1000);
						}
					}
				}
			)
		);
	});
});

describe('cueSchedule', () => {
	it('places the contract cues', () => {
		const schedule = cueSchedule(small, durations(small, startRun(0)));
		const at = (id: string) => schedule.filter((c) => c.id === id).map((c) => [c.at, c.text]);
		expect(at('go')).toEqual([
			[10_000, 'Squat'],
			[60_000, 'Squat']
		]);
		expect(at('rest')).toEqual([[40_000, 'Rest']]);
		expect(at('halfway')).toEqual([
			[25_000, 'Halfway'],
			[82_500, 'Halfway']
		]);
		expect(at('rep').map(([t]) => t)).toEqual(
			[13, 16, 19, 22, 25, 28, 31, 34, 37].map((s) => s * 1000)
		);
		expect(at('countdown').slice(0, 3)).toEqual([
			[7_000, '3'],
			[8_000, '2'],
			[9_000, '1']
		]);
		expect(at('complete')).toEqual([[105_000, 'Routine complete']]);
	});

	it('gives no countdown to segments under 5 s and a 5-4-3-2-1 when asked', () => {
		const tl = timelineOf([segment('prepare', 10), segment('switch', 4), segment('work', 6)]);
		const three = cueSchedule(tl, durations(tl, startRun(0)));
		expect(three.filter((c) => c.id === 'countdown' && c.segment === 1)).toEqual([]);
		const five = cueSchedule(tl, durations(tl, startRun(0)), { countdown: 5 });
		expect(five.filter((c) => c.segment === 0 && c.id === 'countdown').map((c) => c.text)).toEqual([
			'5',
			'4',
			'3',
			'2',
			'1'
		]);
		expect(five.filter((c) => c.segment === 2 && c.id === 'countdown')).toEqual([]);
	});
});

describe('self-paced sets', () => {
	// The rep-based set (segment 1) waits for Done.
	const paced = () => startRun(0, repSets(small));

	it('finds the rep-based sets', () => {
		expect(repSets(small)).toEqual([1]);
	});

	it('waits on every rep set with the setting on, else on the sets the routine marks', () => {
		const marked = timelineOf([
			segment('prepare', 10),
			{ ...(segment('work', 30, { reps: 10, tempoMs: 3000 }) as WorkSegment), selfPaced: true },
			segment('rest', 20),
			segment('work', 30, { reps: 10, tempoMs: 3000 })
		]);
		expect(selfPacedSets(marked, true)).toEqual([1, 3]);
		expect(selfPacedSets(marked, false)).toEqual([1]);
		expect(selfPacedSets(small, false)).toEqual([]);
		// The marked set waits for Done; the other rep set keeps its tempo.
		const run = startRun(0, selfPacedSets(marked, false));
		expect(stateAt(marked, run, 10_000 + 95_000)).toMatchObject({ index: 1, open: true });
		const after = done(marked, run, 10_000 + 95_000);
		expect(stateAt(marked, after, 10_000 + 95_000 + 20_000 + 4_000)).toMatchObject({
			index: 3,
			open: false,
			rep: 2
		});
	});

	it('a rep-based set does not end by time: it counts up until Done', () => {
		const run = paced();
		const at = (t: number) => stateAt(small, run, t);
		expect(at(10_000)).toMatchObject({ index: 1, open: true, segmentElapsed: 0, rep: null });
		// Long past its paced 30 s, still the same set, still counting up.
		expect(at(10_000 + 95_000)).toMatchObject({ index: 1, open: true, segmentElapsed: 95_000 });
		expect(at(10_000 + OPEN_MS - 1)).toMatchObject({ index: 1, open: true });
		// Time left counts the set at what it has taken, and the rest as planned.
		expect(at(10_000 + 95_000).remaining).toBe(20_000 + 45_000);
		expect(at(20_000).remaining).toBe(small.totalMs - 20_000);
		expect(at(20_000).progress).toBeCloseTo(20_000 / small.totalMs);
	});

	it('Done ends the set where it is; the rest of the routine follows by time', () => {
		let run = paced();
		run = done(small, run, 10_000 + 41_500);
		const after = stateAt(small, run, 10_000 + 41_500);
		expect(after).toMatchObject({ index: 2, open: false, segmentElapsed: 0 });
		expect(durations(small, run)[1]).toBe(41_500);
		// The played time is the real one: 10 s + 41.5 s, then the rest and the hold.
		const end = stateAt(small, run, 51_500 + 65_000);
		expect(end).toMatchObject({ finished: true, elapsed: 51_500 + 65_000 });
		// Anywhere else Done changes nothing.
		expect(done(small, run, 60_000)).toBe(run);
	});

	it('pauses like any segment, and Skip is Done', () => {
		let run = pause(small, paced(), 25_000);
		expect(stateAt(small, run, 500_000)).toMatchObject({ index: 1, segmentElapsed: 15_000 });
		run = resume(run, 500_000);
		run = skip(small, run, 505_000);
		expect(stateAt(small, run, 505_000)).toMatchObject({ index: 2, segmentElapsed: 0 });
		expect(durations(small, run)[1]).toBe(20_000);
	});

	it('Back into a set done opens it again', () => {
		let run = done(small, paced(), 22_000);
		run = back(small, run, 23_000);
		expect(stateAt(small, run, 23_000)).toMatchObject({ index: 1, open: true, segmentElapsed: 0 });
		expect(stateAt(small, run, 23_000 + 200_000)).toMatchObject({ index: 1, open: true });
	});

	it('the schedule gives a self-paced set its go, and no rep, halfway or countdown', () => {
		const run = paced();
		const cues = cueSchedule(small, durations(small, run), { selfPaced: run.selfPaced });
		const inSet = cues.filter((c) => c.segment === 1).map((c) => c.id);
		expect(inSet).toEqual(['go']);
		const closed = done(small, run, 50_000);
		const after = cueSchedule(small, durations(small, closed), { selfPaced: closed.selfPaced });
		expect(after.find((c) => c.id === 'rest')!.at).toBe(50_000);
		expect(after.at(-1)).toMatchObject({ id: 'complete', at: 50_000 + 65_000 });
	});
});

describe('transitions', () => {
	const sided = timelineOf([
		prepare(10),
		work({ side: 'left', durationMs: 20_000 }),
		switchSides(),
		work({ side: 'right', durationMs: 20_000 })
	]);

	it("give every get ready and switch the runner's lengths", () => {
		const adjust = transitionAdjust(sided, { getReady: 20, switchSides: 10 });
		expect(adjust).toEqual({ 0: 10_000, 2: 5_000 });
		expect(durations(sided, startRun(0, [], adjust))).toEqual([20_000, 20_000, 10_000, 20_000]);
		expect(transitionAdjust(sided, { getReady: 10, switchSides: 5 })).toEqual({});
	});

	it("a get-ready before a change of position keeps its extra time with the runner's length", () => {
		// The first get-ready (10 s), a set, and a 15 s get-ready before an exercise on the floor.
		const moved = timelineOf([
			segment('prepare', 10),
			segment('work', 20),
			segment('prepare', 15),
			segment('work', 20)
		]);
		const adjust = transitionAdjust(moved, { getReady: 20, switchSides: 5 });
		expect(durations(moved, startRun(0, [], adjust))).toEqual([20_000, 20_000, 25_000, 20_000]);
		expect(transitionAdjust(moved, { getReady: 10, switchSides: 5 })).toEqual({});
	});

	it('a switch takes +10 s like a rest', () => {
		const run = adjustRest(sided, startRun(0), 31_000, 10_000);
		expect(stateAt(sided, run, 31_000)).toMatchObject({ index: 2, segmentRemaining: 14_000 });
	});
});

describe('what the live region announces', () => {
	it('a new exercise, side, switch, rest and the end; not numbers, reps or halfway', () => {
		const cues = cueSchedule(small, durations(small, startRun(0)));
		const heard = cues.filter(isAnnounced).map((c) => c.id);
		expect(new Set(heard)).toEqual(new Set(['go', 'rest', 'complete']));
		const quiet = cues.filter((c) => !isAnnounced(c)).map((c) => c.id);
		expect(new Set(quiet)).toEqual(new Set(['countdown', 'rep', 'halfway']));
		expect(isAnnounced({ id: 'switch' })).toBe(true);
	});
});
