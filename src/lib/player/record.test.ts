import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counts, sessionStatus, setsOf } from '$lib/history/session';
import { prepare, rest, switchSides, work } from '$lib/routines/testing';
import type { Segment, Timeline } from '$lib/routines/types';
import * as engine from './engine';
import { addSpan, closeSpan, honestRecord, sessionOf, type Span } from './record';

// Get ready 5 s; squat 2 sets of 10 s with a 5 s rest; a per-side bridge, 1 set, 10 s a side.
const segments: Segment[] = [
	prepare(5),
	work({ set: 1, sets: 2, item: 0, durationMs: 10_000 }),
	rest(5),
	work({ set: 2, sets: 2, item: 0, durationMs: 10_000 }),
	rest(5),
	work({ label: 'Bridge', side: 'left', item: 1, durationMs: 10_000 }),
	switchSides({ exerciseId: 'bridge', item: 1, durationMs: 5000 }),
	work({ label: 'Bridge', side: 'right', item: 1, durationMs: 10_000 })
];
const timeline: Timeline = {
	segments,
	totalMs: segments.reduce((t, s) => t + s.durationMs, 0)
};
const lengths = segments.map((s) => s.durationMs);
const identity = { id: 'r1', routineId: 'tiny', routineName: 'Tiny', startedAt: 1_700_000_000_000 };

/** Plays the timeline with the engine: `steps` are ms to wait, or 'skip' / 'back' / 'end'. */
function play(steps: (number | 'skip' | 'back' | 'end')[]): { spans: Span[]; ended: boolean } {
	let now = 0;
	let run = engine.startRun(now);
	let spans: Span[] = [];
	let ended = false;
	for (const step of steps) {
		if (typeof step === 'number') {
			now += step;
			continue;
		}
		spans = closeSpan(spans, run, now, timeline.totalMs);
		if (step === 'skip') run = engine.skip(timeline, run, now);
		else if (step === 'back') run = engine.back(timeline, run, now);
		else {
			run = engine.finish(timeline, run);
			ended = true;
		}
	}
	if (!ended) spans = closeSpan(spans, run, now, timeline.totalMs);
	return { spans, ended };
}

describe('the honest record', () => {
	it('a routine played to its end is completed, every set done', () => {
		const { spans } = play([timeline.totalMs]);
		const record = honestRecord(timeline, lengths, spans);
		expect(record.completed).toBe(true);
		expect(record.playedMs).toBe(timeline.totalMs);
		expect(record.exercises).toEqual([
			{
				exerciseId: 'squat',
				name: 'Squat',
				setsDone: 2,
				sets: 2,
				workMs: 20_000,
				plannedMs: 20_000
			},
			{
				exerciseId: 'bridge',
				name: 'Bridge',
				setsDone: 1,
				sets: 1,
				workMs: 20_000,
				plannedMs: 20_000
			}
		]);
	});

	it('a self-paced set ended with Done is done, however fast; one still open is not', () => {
		const selfPaced = engine.repSets({
			...timeline,
			segments: segments.map((s) => (s.kind === 'work' ? { ...s, reps: 10, tempoMs: 1000 } : s))
		});
		let now = 0;
		let run = engine.startRun(now, selfPaced);
		let spans: Span[] = [];
		// Get ready, then each set is done after 4 s (paced: 10 s), the rests and the switch run out.
		for (let i = 0; i < segments.length; i++) {
			const s = engine.stateAt(timeline, run, now);
			now += s.open ? 4000 : s.segmentRemaining;
			if (s.open) {
				spans = closeSpan(spans, run, now, engine.stateAt(timeline, run, now).total);
				run = engine.done(timeline, run, now);
			}
		}
		const total = engine.stateAt(timeline, run, now).total;
		spans = closeSpan(spans, run, now, total);
		const record = honestRecord(timeline, engine.durations(timeline, run), spans);
		expect(record.completed).toBe(true);
		expect(record.exercises.map((e) => [e.setsDone, e.sets, e.workMs, e.plannedMs])).toEqual([
			[2, 2, 8000, 8000],
			[1, 1, 8000, 8000]
		]);
		expect(counts(sessionOf(identity, record, false))).toBe(true);

		// Ended in the middle of the first open set: nothing of it is done.
		let open = engine.startRun(0, selfPaced);
		const at = 5000 + 3000;
		const partial = closeSpan([], open, at, engine.stateAt(timeline, open, at).total);
		open = engine.finish(timeline, open);
		const left = honestRecord(timeline, engine.durations(timeline, open), partial);
		expect(left.exercises[0]).toMatchObject({ setsDone: 0, workMs: 3000, plannedMs: 20_000 });
	});

	it('skipping through is not completed: no set done, no time played, counts for nothing', () => {
		const { spans } = play(Array(segments.length).fill('skip'));
		const record = honestRecord(timeline, lengths, spans);
		expect(record).toMatchObject({ completed: false, playedMs: 0 });
		const session = sessionOf(identity, record, false);
		expect(sessionStatus(session)).toBe('partial');
		expect(setsOf(session)).toEqual({ done: 0, of: 3 });
		expect(counts(session)).toBe(false);
	});

	it('a skipped set counts its played seconds but not as done: partly done', () => {
		// Prepare, 4 s of set 1 then skip, then the rest played to the end.
		const { spans } = play([5000, 4000, 'skip', timeline.totalMs]);
		const record = honestRecord(timeline, lengths, spans);
		expect(record.completed).toBe(false);
		expect(record.exercises[0]).toMatchObject({ setsDone: 1, workMs: 14_000 });
		expect(record.playedMs).toBe(timeline.totalMs - 6000);
		const session = sessionOf(identity, record, false);
		expect(sessionStatus(session)).toBe('partial');
		expect(setsOf(session)).toEqual({ done: 2, of: 3 });
		expect(counts(session)).toBe(true);
	});

	it('a per-side set is done only when both sides ran to their end', () => {
		// Everything up to the bridge's right side, skipped.
		const { spans } = play([50_000, 'skip', timeline.totalMs]);
		const record = honestRecord(timeline, lengths, spans);
		expect(record.exercises[1]).toMatchObject({ setsDone: 0, workMs: 10_000 });
	});

	it('End records what was played up to there as ended early, with how much', () => {
		const { spans, ended } = play([20_000, 'end']);
		const session = sessionOf(identity, honestRecord(timeline, lengths, spans), ended);
		expect(sessionStatus(session)).toBe('ended-early');
		expect(setsOf(session)).toEqual({ done: 1, of: 3 });
		expect(session.durationMs).toBe(20_000);
	});

	it('End after the last work segment is still completed', () => {
		const { spans, ended } = play([timeline.totalMs - 1, 'end']);
		expect(sessionStatus(sessionOf(identity, honestRecord(timeline, lengths, spans), ended))).toBe(
			'completed'
		);
	});

	it('going back and playing a set again counts its time once', () => {
		const { spans } = play([10_000, 'back', timeline.totalMs]);
		const record = honestRecord(timeline, lengths, spans);
		expect(record.completed).toBe(true);
		expect(record.exercises[0]!.workMs).toBe(20_000);
	});

	it('never reports more played, or more sets, than the routine holds, whatever the buttons', () => {
		const step = fc.oneof(
			fc.integer({ min: 0, max: 20_000 }),
			fc.constantFrom<'skip' | 'back' | 'end'>('skip', 'back', 'end')
		);
		fc.assert(
			fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
				const { spans } = play(steps);
				const record = honestRecord(timeline, lengths, spans);
				expect(record.playedMs).toBeLessThanOrEqual(timeline.totalMs);
				for (const e of record.exercises) {
					expect(e.setsDone).toBeLessThanOrEqual(e.sets);
					expect(e.workMs).toBeLessThanOrEqual(e.plannedMs);
				}
				if (record.completed)
					expect(record.exercises.every((e) => e.setsDone === e.sets)).toBe(true);
			})
		);
	});
});

describe('spans', () => {
	it('merge when they touch or overlap, and ignore empty ones', () => {
		expect(addSpan([[0, 5]], 5, 9)).toEqual([[0, 9]]);
		expect(addSpan([[10, 20]], 0, 5)).toEqual([
			[0, 5],
			[10, 20]
		]);
		expect(addSpan([[0, 5]], 3, 3)).toEqual([[0, 5]]);
	});
});
