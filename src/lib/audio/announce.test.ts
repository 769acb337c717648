import { describe, expect, it } from 'vitest';
import { compileRoutine } from '$lib/routines/timeline';
import { getExercise, getRoutine } from '$lib/routines';
import { cueSchedule } from '$lib/player/cues';
import { announcement, startAnnouncement } from './announce';

const routine = getRoutine('knee-foundation')!;
const { segments } = compileRoutine(routine, getExercise);
const lengths = segments.map((s) => s.durationMs);
const schedule = cueSchedule({ segments, totalMs: 0 }, lengths);
const say = (id: string, segment: number) => {
	const cue = schedule.find((c) => c.id === id && c.segment === segment)!;
	return announcement(cue, segments, lengths, schedule);
};

describe('announcement', () => {
	it('names the exercise, side and dose at go', () => {
		const i = segments.findIndex((s) => s.kind === 'work');
		const s = segments[i]!;
		const text = say('go', i)!;
		expect(text.startsWith(s.label)).toBe(true);
		if (s.side) expect(text).toContain(`${s.side} side`);
	});

	it('says the rest and what comes next', () => {
		const i = segments.findIndex((s) => s.kind === 'rest');
		const next = segments.slice(i + 1).find((s) => s.kind === 'work')!;
		expect(say('rest', i)).toMatch(new RegExp(`^Rest, \\d+ seconds\\. Next: ${next.label}`));
	});

	it('says nothing for ticks and reps', () => {
		const tick = schedule.find((c) => c.id === 'countdown')!;
		expect(announcement(tick, segments, lengths, schedule)).toBeNull();
	});

	it('never runs into the next countdown: a long text is shortened', () => {
		// A 5 s rest: "Rest, 5 seconds. Next: ..." would run into the 3-2-1 two seconds in.
		const short = segments.map((s) => (s.kind === 'rest' ? { ...s, durationMs: 5000 } : s));
		const shortLengths = short.map((s) => s.durationMs);
		const shortSchedule = cueSchedule({ segments: short, totalMs: 0 }, shortLengths);
		const i = short.findIndex((s) => s.kind === 'rest');
		const cue = shortSchedule.find((c) => c.id === 'rest' && c.segment === i)!;
		expect(announcement(cue, short, shortLengths, shortSchedule)).toBe('Rest, 5 seconds');
	});

	it('gets ready with the first exercise', () => {
		const first = segments.find((s) => s.kind === 'work')!;
		expect(startAnnouncement(segments, schedule)).toContain(`Get ready. First: ${first.label}`);
	});
});
