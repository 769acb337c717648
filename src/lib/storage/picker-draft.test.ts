import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exercises, getExercise } from '$lib/routines';
import { parseRoutine } from '$lib/routines/schema';
import { DRAFT_ID, warmupDrills, type Drill } from '$lib/routines/warmup';
import { draftItem, readDraft } from './picker-draft';
import { parseDraft } from './picker.svelte';

const drills = warmupDrills(exercises);
const perSideReps = drills.find((d) => d.perSide && d.dose.mode === 'reps')!;
const timed = drills.find((d) => d.dose.mode !== 'reps')!;
const notADrill = exercises.find((e) => e.category === 'strength')!;

/** What the schema makes of one item of a warm-up, or undefined when it refuses it. */
function schemaItem(item: unknown) {
	const parsed = parseRoutine({ id: DRAFT_ID, name: 'Draft', kind: 'warmup', items: [item] });
	return parsed.ok ? parsed.routine.items[0] : undefined;
}

describe('a stored draft item, read without the schema', () => {
	it('gets the schema’s verdict for every warm-up drill, whatever the stored fields', () => {
		const value = fc.oneof(
			fc.constant(undefined),
			fc.integer({ min: -2, max: 2000 }),
			fc.constantFrom(0.5, Number.NaN, Infinity, null, '10', true)
		);
		fc.assert(
			fc.property(
				fc.constantFrom(...drills.map((d) => d.id)),
				fc.record(
					{
						sets: value,
						reps: value,
						tempo: value,
						seconds: value,
						rest: value,
						selfPaced: fc.constantFrom(undefined, true, false, 'yes'),
						extra: fc.constant('dropped')
					},
					{ requiredKeys: [] }
				),
				(exercise, fields) => {
					const item = { exercise, ...fields };
					expect(draftItem(item, getExercise)).toEqual(schemaItem(item));
				}
			),
			{ numRuns: 400 }
		);
	});

	it('takes the dose a drill is counted in, and nothing longer than a routine may be', () => {
		expect(draftItem({ exercise: perSideReps.id, reps: 12, tempo: 2 }, getExercise)).toEqual({
			exercise: perSideReps.id,
			reps: 12,
			tempo: 2
		});
		expect(draftItem({ exercise: perSideReps.id, seconds: 30 }, getExercise)).toBeUndefined();
		expect(draftItem({ exercise: timed.id, reps: 10 }, getExercise)).toBeUndefined();
		expect(
			draftItem({ exercise: timed.id, seconds: 30, selfPaced: true }, getExercise)
		).toBeUndefined();
		const long = { exercise: timed.id, sets: 10, seconds: 1800 };
		expect(schemaItem(long)).toBeUndefined();
		expect(draftItem(long, getExercise)).toBeUndefined();
	});

	it('leaves out what is not a warm-up drill, even an exercise of the library', () => {
		expect(schemaItem({ exercise: notADrill.id })).toBeDefined();
		expect(draftItem({ exercise: notADrill.id }, getExercise)).toBeUndefined();
		expect(draftItem({ exercise: 'no-such-drill' }, getExercise)).toBeUndefined();
		for (const wrong of [null, 'ankle-rolls', [], { exercise: 7 }, { exercise: 'x'.repeat(65) }]) {
			expect(draftItem(wrong, getExercise)).toBeUndefined();
		}
	});
});

describe('a stored draft, read against the page’s own drills', () => {
	it('keeps the drills the page knows, drops the rest and says so, as the library’s reader does', () => {
		const mine = new Map<string, Drill>(drills.map((d) => [d.id, d]));
		const raw = {
			items: [
				{ exercise: timed.id, seconds: 40 },
				{ exercise: notADrill.id },
				{ exercise: 'no-such-drill' },
				{ exercise: timed.id, seconds: 50 },
				{ exercise: perSideReps.id }
			],
			editing: 'my-warm-up-abc123'
		};
		const problems: string[] = [];
		const draft = readDraft(
			raw,
			(p) => problems.push(p),
			(id) => mine.get(id)
		);
		expect(draft).toEqual({
			items: [{ exercise: timed.id, seconds: 40 }, { exercise: perSideReps.id }],
			editing: 'my-warm-up-abc123'
		});
		expect(problems).toHaveLength(3);
		expect(parseDraft(raw)).toEqual(draft);
		expect(
			readDraft(
				{ items: 'none' },
				() => {},
				(id) => mine.get(id)
			)
		).toBeUndefined();
	});
});
