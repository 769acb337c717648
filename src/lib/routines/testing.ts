// Shared test fixtures for routines and timelines: a routine of the user's own, segments of each
// kind with sensible defaults, and a timeline made of them. Used only by tests.
import type { PauseSegment, Routine, Segment, SwitchSegment, Timeline, WorkSegment } from './types';

const pauseFields = {
	exerciseId: null,
	side: null,
	set: null,
	sets: null,
	reps: null,
	tempoMs: null,
	item: null
} as const;

/** A work segment (a squat, one set of one, 30 s), with any field overridden. */
export function work(overrides: Partial<Omit<WorkSegment, 'kind'>> = {}): WorkSegment {
	const label = overrides.label ?? 'Squat';
	return {
		kind: 'work',
		label,
		exerciseId: label.toLowerCase().replace(/\s+/g, '-'),
		side: null,
		set: 1,
		sets: 1,
		reps: null,
		tempoMs: null,
		item: 0,
		durationMs: 30_000,
		...overrides
	};
}

/** A rest of `seconds` (30 by default). */
export function rest(seconds = 30): PauseSegment {
	return { ...pauseFields, kind: 'rest', label: 'Rest', durationMs: seconds * 1000 };
}

/** "Get ready" for `seconds` (10 by default). */
export function prepare(seconds = 10): PauseSegment {
	return { ...pauseFields, kind: 'prepare', label: 'Get ready', durationMs: seconds * 1000 };
}

/** "Switch sides" within set `set` of `sets` of item `item`, for `seconds` (5 by default). */
export function switchSides(overrides: Partial<Omit<SwitchSegment, 'kind'>> = {}): SwitchSegment {
	return {
		kind: 'switch',
		label: 'Switch sides',
		exerciseId: 'squat',
		side: null,
		set: 1,
		sets: 1,
		reps: null,
		tempoMs: null,
		item: 0,
		durationMs: 5000,
		...overrides
	};
}

/** A timeline of these segments, with its total. */
export function timelineOf(segments: Segment[]): Timeline {
	return { segments, totalMs: segments.reduce((t, s) => t + s.durationMs, 0) };
}

/** A routine of the user's own, as the builder saves it ("Tuesday knees"), with any field overridden. */
export function ownRoutine(overrides: Partial<Routine> = {}): Routine {
	return {
		id: 'my-tuesday-knees-a1b2c3',
		name: 'Tuesday knees',
		kind: 'strength',
		goal: '',
		level: 'moderate',
		focus: [],
		items: [{ exercise: 'clamshell', sets: 2 }],
		restBetween: 30,
		sources: [],
		...overrides
	};
}
