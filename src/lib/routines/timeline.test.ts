import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	compileRoutine,
	POSITION_CHANGE_SECONDS,
	PREPARE_SECONDS,
	SWITCH_SECONDS
} from './timeline';
import type { Exercise, Routine, RoutineItem } from './types';

/** A tiny library: one per-side reps exercise, one hold, one timed drill. */
const library: Exercise[] = [
	{
		id: 'clam',
		name: 'Clamshell',
		category: 'strength',
		areas: ['hips'],
		muscles: ['gluteus medius'],
		equipment: ['none'],
		perSide: true,
		position: 'standing',
		dose: { mode: 'reps', sets: 2, reps: 10, tempo: 3, rest: 20 },
		why: 'Hips.',
		intensity: 1,
		instructions: ['a', 'b', 'c'],
		cues: ['x', 'y'],
		mistakes: [],
		sources: ['s'],
		basis: 'trial'
	},
	{
		id: 'wall',
		name: 'Wall sit',
		category: 'isometric',
		areas: ['quads'],
		muscles: ['quadriceps'],
		equipment: ['wall'],
		perSide: false,
		position: 'standing',
		dose: { mode: 'hold', sets: 3, seconds: 45, rest: 60 },
		why: 'Quads.',
		intensity: 2,
		instructions: ['a', 'b', 'c'],
		cues: ['x', 'y'],
		mistakes: [],
		sources: ['s'],
		basis: 'trial'
	},
	{
		id: 'knees',
		name: 'High knees',
		category: 'dynamic-stretch',
		areas: ['whole-body'],
		muscles: ['hip flexors'],
		equipment: ['none'],
		perSide: false,
		position: 'standing',
		dose: { mode: 'timed', sets: 1, seconds: 30, rest: 0 },
		why: 'Warm.',
		intensity: 3,
		instructions: ['a', 'b', 'c'],
		cues: ['x', 'y'],
		mistakes: [],
		sources: ['s'],
		basis: 'trial'
	}
];
const lookup = (id: string) => library.find((e) => e.id === id);

function routine(items: RoutineItem[], restBetween = 30): Routine {
	return {
		id: 'r',
		name: 'R',
		kind: 'strength',
		goal: '',
		level: 'easy',
		focus: [],
		items,
		restBetween,
		sources: []
	};
}

describe('compileRoutine', () => {
	it('plays a per-side set as left, switch, right, with rests between sets and exercises', () => {
		const { segments, totalMs } = compileRoutine(
			routine([{ exercise: 'clam' }, { exercise: 'wall', sets: 2 }]),
			lookup
		);
		expect(segments.map((s) => [s.kind, s.side, s.set, s.durationMs / 1000])).toEqual([
			['prepare', null, null, PREPARE_SECONDS],
			['work', 'left', 1, 30],
			['switch', null, 1, SWITCH_SECONDS],
			['work', 'right', 1, 30],
			['rest', null, null, 20],
			['work', 'left', 2, 30],
			['switch', null, 2, SWITCH_SECONDS],
			['work', 'right', 2, 30],
			['rest', null, null, 30],
			['work', null, 1, 45],
			['rest', null, null, 60],
			['work', null, 2, 45]
		]);
		expect(totalMs).toBe((10 + 30 + 5 + 30 + 20 + 30 + 5 + 30 + 30 + 45 + 60 + 45) * 1000);
	});

	it('labels segments as the player shows them and paces reps', () => {
		const { segments } = compileRoutine(
			routine([{ exercise: 'clam', reps: 12, tempo: 2 }]),
			lookup
		);
		expect(segments[0]?.label).toBe('Get ready');
		expect(segments[1]).toMatchObject({
			label: 'Clamshell',
			exerciseId: 'clam',
			reps: 12,
			tempoMs: 2000,
			durationMs: 24_000,
			sets: 2
		});
		expect(segments[2]?.label).toBe('Switch sides');
		expect(segments[4]?.label).toBe('Rest');
	});

	it('marks the sets of a self-paced item, and only those, keeping their paced length', () => {
		const paced = compileRoutine(
			routine([{ exercise: 'clam', selfPaced: true }, { exercise: 'wall' }]),
			lookup
		);
		const plain = compileRoutine(routine([{ exercise: 'clam' }, { exercise: 'wall' }]), lookup);
		const marked = paced.segments.flatMap((s, i) => (s.kind === 'work' && s.selfPaced ? [i] : []));
		// Both sides of both clamshell sets; not the switch, the rests or the wall sit.
		expect(marked).toEqual([1, 3, 5, 7]);
		expect(paced.totalMs).toBe(plain.totalMs);
		const unmarked = paced.segments.map((s) =>
			Object.fromEntries(Object.entries(s).filter(([key]) => key !== 'selfPaced'))
		);
		expect(unmarked).toEqual(plain.segments);
		// A routine without the flag compiles exactly as before: no key is added.
		expect(plain.segments.some((s) => 'selfPaced' in s)).toBe(false);
	});

	it('makes no segment for a rest of 0', () => {
		const { segments } = compileRoutine(
			routine([{ exercise: 'knees' }, { exercise: 'wall', rest: 0 }], 0),
			lookup
		);
		expect(segments.filter((s) => s.kind === 'rest')).toEqual([]);
	});

	it('gives a longer get-ready before an exercise done in another position, and only then', () => {
		const bridge: Exercise = {
			...lookup('wall')!,
			id: 'bridge',
			name: 'Bridge',
			position: 'floor'
		};
		const withFloor = (id: string) => (id === 'bridge' ? bridge : lookup(id));
		const r = routine([
			{ exercise: 'wall', sets: 1 },
			{ exercise: 'knees' },
			{ exercise: 'bridge', sets: 1 },
			{ exercise: 'bridge', sets: 1 },
			{ exercise: 'wall', sets: 1 }
		]);
		const { segments } = compileRoutine(r, withFloor);
		expect(segments.map((s) => [s.kind, s.durationMs / 1000])).toEqual([
			['prepare', PREPARE_SECONDS],
			['work', 45],
			['rest', 30],
			['work', 30],
			// Standing to the floor: the rest, then a longer get-ready.
			['rest', 30],
			['prepare', PREPARE_SECONDS + POSITION_CHANGE_SECONDS],
			['work', 45],
			['rest', 30],
			['work', 45],
			// And back up.
			['rest', 30],
			['prepare', PREPARE_SECONDS + POSITION_CHANGE_SECONDS],
			['work', 45]
		]);
		expect(segments[5]?.label).toBe('Get ready');
	});

	it('refuses an unknown exercise', () => {
		expect(() => compileRoutine(routine([{ exercise: 'nope' }]), lookup)).toThrow(/nope/);
	});

	const item = fc.record(
		{
			exercise: fc.constantFrom('clam', 'wall', 'knees'),
			sets: fc.integer({ min: 1, max: 6 }),
			reps: fc.integer({ min: 1, max: 30 }),
			tempo: fc.integer({ min: 1, max: 6 }),
			seconds: fc.integer({ min: 1, max: 120 }),
			rest: fc.integer({ min: 0, max: 120 })
		},
		{ requiredKeys: ['exercise'] }
	);
	const anyRoutine = fc
		.tuple(fc.array(item, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 90 }))
		.map(([items, rest]) => routine(items, rest));

	it('keeps the timeline invariants for any routine', () => {
		fc.assert(
			fc.property(anyRoutine, (r) => {
				const { segments, totalMs } = compileRoutine(r, lookup);
				// The total is the sum of the segments, each a whole number of seconds, at least 1 s.
				expect(totalMs).toBe(segments.reduce((sum, s) => sum + s.durationMs, 0));
				for (const s of segments) {
					expect(s.durationMs).toBeGreaterThanOrEqual(1000);
					expect(s.durationMs % 1000).toBe(0);
				}
				// A prepare first, work last, never two rests in a row, nothing after the last work.
				expect(segments[0]?.kind).toBe('prepare');
				expect(segments.at(-1)?.kind).toBe('work');
				segments.forEach((s, i) => {
					if (s.kind === 'rest') expect(['work', 'prepare']).toContain(segments[i + 1]?.kind);
					if (s.kind === 'switch') {
						expect(segments[i - 1]).toMatchObject({ kind: 'work', side: 'left' });
						expect(segments[i + 1]).toMatchObject({ kind: 'work', side: 'right' });
					}
				});
				// Per item: set numbers count up 1..sets, and a per-side set is left then right.
				const work = segments.filter((s) => s.kind === 'work');
				r.items.forEach((_, index) => {
					const mine = work.filter((s) => s.item === index);
					const perSide = mine.some((s) => s.side !== null);
					const sets = mine[0]!.sets!;
					expect(mine.map((s) => s.set)).toEqual(
						Array.from({ length: sets }, (_, i) => i + 1).flatMap((n) => (perSide ? [n, n] : [n]))
					);
					if (perSide) {
						expect(mine.map((s) => s.side)).toEqual(mine.map((_, i) => (i % 2 ? 'right' : 'left')));
					}
				});
			})
		);
	});

	it('is deterministic', () => {
		fc.assert(
			fc.property(anyRoutine, (r) => {
				expect(compileRoutine(r, lookup)).toEqual(compileRoutine(structuredClone(r), lookup));
			})
		);
	});
});
