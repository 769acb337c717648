// The content library holds together: unique ids, references that resolve, complete exercises,
// routines of a playable length, warm-ups and cool-downs of the right kind, and sources cited.
import { describe, expect, it } from 'vitest';
import { exercises } from './exercises';
import { BUILT_IN_ROUTINE_IDS } from './ids';
import { routines } from './routines';
import { sources } from './sources';
import { parseRoutine } from './schema';
import { compileRoutine } from './timeline';
import type { Category, Exercise } from './types';

const exerciseById = new Map(exercises.map((e) => [e.id, e]));
const sourceIds = new Set(sources.map((s) => s.id));
const lookup = (id: string): Exercise | undefined => exerciseById.get(id);

/** Ids another engineer is drawing illustrations for: none may be renamed or dropped. */
const illustratedIds: Record<string, string[]> = {
	'strength-stability-isometric': [
		'side-lying-hip-abduction',
		'clamshell',
		'glute-bridge',
		'single-leg-bridge',
		'wall-sit',
		'spanish-squat',
		'quad-set',
		'straight-leg-raise',
		'terminal-knee-extension',
		'mini-squat',
		'sit-to-stand',
		'lateral-step-down',
		'forward-step-down',
		'step-up',
		'split-squat',
		'single-leg-squat-to-box',
		'lateral-band-walk',
		'standing-hip-abduction',
		'single-leg-balance',
		'single-leg-deadlift',
		'calf-raise',
		'bent-knee-calf-raise',
		'single-leg-calf-raise',
		'hamstring-bridge',
		'side-plank-knees',
		'side-plank',
		'copenhagen-plank-short'
	],
	'dynamic-stretch': [
		'leg-swing-front',
		'leg-swing-side',
		'hip-circles',
		'walking-lunge',
		'lateral-lunge',
		'high-knees',
		'butt-kicks',
		'a-skip',
		'ankle-rolls',
		'inchworm',
		'walking-knee-hug',
		'air-squat'
	],
	'static-stretch': [
		'standing-quad-stretch',
		'hamstring-stretch',
		'calf-stretch',
		'soleus-stretch',
		'hip-flexor-stretch',
		'figure-four-stretch',
		'butterfly-stretch',
		'lateral-hip-stretch'
	]
};

function duplicates(ids: string[]): string[] {
	return ids.filter((id, i) => ids.indexOf(id) !== i);
}

function ofCategory(category: Category): Exercise[] {
	return exercises.filter((e) => e.category === category);
}

describe('ids', () => {
	it('are unique among exercises, routines and sources', () => {
		expect(duplicates(exercises.map((e) => e.id))).toEqual([]);
		expect(duplicates(routines.map((r) => r.id))).toEqual([]);
		expect(duplicates(sources.map((s) => s.id))).toEqual([]);
	});

	it('are kebab-case', () => {
		const all = [...exercises, ...routines, ...sources].map((x) => x.id);
		expect(all.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
	});

	it('include every illustrated exercise, in its category group', () => {
		for (const [group, ids] of Object.entries(illustratedIds)) {
			for (const id of ids) {
				const exercise = exerciseById.get(id);
				expect(exercise, id).toBeDefined();
				if (group === 'strength-stability-isometric') {
					expect(['strength', 'stability', 'isometric'], id).toContain(exercise?.category);
				} else {
					expect(exercise?.category, id).toBe(group);
				}
			}
		}
	});

	it('of the routines are listed, in order, where the player page looks them up', () => {
		expect(BUILT_IN_ROUTINE_IDS).toEqual(routines.map((r) => r.id));
	});

	it('keep the knee-foundation routine other code refers to', () => {
		expect(routines.find((r) => r.id === 'knee-foundation')?.kind).toBe('strength');
	});
});

describe('size of the library', () => {
	it('has enough exercises of each kind and enough routines', () => {
		expect(exercises.length).toBeGreaterThanOrEqual(44);
		expect(ofCategory('dynamic-stretch').length).toBeGreaterThanOrEqual(10);
		expect(ofCategory('static-stretch').length).toBeGreaterThanOrEqual(8);
		expect(routines.length).toBeGreaterThanOrEqual(11);
	});
});

describe('references', () => {
	it('easier and harder variants name exercises in the library, never the exercise itself', () => {
		for (const e of exercises) {
			for (const variant of [e.easier, e.harder]) {
				if (variant === undefined) continue;
				expect(exerciseById.has(variant), `${e.id} -> ${variant}`).toBe(true);
				expect(variant, e.id).not.toBe(e.id);
			}
			if (e.easier && e.harder) expect(e.easier, e.id).not.toBe(e.harder);
		}
	});

	it('following easier or harder always ends: the chains have no loops', () => {
		for (const direction of ['easier', 'harder'] as const) {
			for (const start of exercises) {
				const seen = new Set<string>();
				let current: Exercise | undefined = start;
				while (current && !seen.has(current.id)) {
					seen.add(current.id);
					const next: string | undefined = current[direction];
					current = next === undefined ? undefined : exerciseById.get(next);
				}
				expect(current, `${direction} loop from ${start.id}`).toBeUndefined();
			}
		}
	});

	it('keeps the promised progressions', () => {
		expect(exerciseById.get('side-plank-knees')?.harder).toBe('side-plank');
		expect(exerciseById.get('calf-raise')?.harder).toBe('single-leg-calf-raise');
		expect(exerciseById.get('glute-bridge')?.harder).toBe('single-leg-bridge');
		expect(exerciseById.get('sit-to-stand')?.harder).toBe('single-leg-squat-to-box');
		expect(exerciseById.get('single-leg-squat-to-box')?.easier).toBe('sit-to-stand');
	});

	it('every exercise and routine source, and every routine item, resolves', () => {
		for (const e of exercises) {
			for (const id of e.sources) expect(sourceIds.has(id), `${e.id} cites ${id}`).toBe(true);
		}
		for (const r of routines) {
			for (const id of r.sources) expect(sourceIds.has(id), `${r.id} cites ${id}`).toBe(true);
			for (const item of r.items) {
				expect(exerciseById.has(item.exercise), `${r.id} uses ${item.exercise}`).toBe(true);
			}
		}
	});

	it('every source is cited by something, and links to its DOI', () => {
		const cited = new Set([...exercises, ...routines].flatMap((x) => x.sources));
		for (const s of sources) {
			expect(cited.has(s.id), `${s.id} is never cited`).toBe(true);
			expect(s.link, s.id).toMatch(/^https:\/\/doi\.org\/10\.\d+\//);
			expect(s.authors.length, s.id).toBeGreaterThan(0);
			expect(s.title.length, s.id).toBeGreaterThan(0);
			expect(s.journal, s.id).toMatch(/\d{4}/);
		}
	});
});

describe('every exercise', () => {
	it('cites at least one source', () => {
		expect(exercises.filter((e) => e.sources.length === 0).map((e) => e.id)).toEqual([]);
	});

	it('has 2-3 cues, the first short enough to read from two metres', () => {
		for (const e of exercises) {
			expect(e.cues.length, e.id).toBeGreaterThanOrEqual(2);
			expect(e.cues.length, e.id).toBeLessThanOrEqual(3);
			const shown = e.cues[0] ?? '';
			expect(shown.length, `${e.id}: "${shown}"`).toBeLessThanOrEqual(35);
		}
	});

	it('has 3-5 instructions, each a sentence, and at least one common mistake', () => {
		for (const e of exercises) {
			expect(e.instructions.length, e.id).toBeGreaterThanOrEqual(3);
			expect(e.instructions.length, e.id).toBeLessThanOrEqual(5);
			for (const step of e.instructions) expect(step, e.id).toMatch(/^[A-Z].*\.$/);
			expect(e.mistakes.length, e.id).toBeGreaterThan(0);
		}
	});

	it('fills in its name, why, areas, muscles and equipment', () => {
		for (const e of exercises) {
			expect(e.name.trim().length, e.id).toBeGreaterThan(0);
			expect(e.why.trim().length, e.id).toBeGreaterThan(0);
			expect(e.areas.length, e.id).toBeGreaterThan(0);
			expect(e.muscles.length, e.id).toBeGreaterThan(0);
			expect(e.equipment.length, e.id).toBeGreaterThan(0);
		}
	});

	it('has a dose in whole, positive numbers', () => {
		for (const { id, dose } of exercises) {
			expect(Number.isInteger(dose.sets) && dose.sets >= 1, id).toBe(true);
			expect(Number.isInteger(dose.rest) && dose.rest >= 0, id).toBe(true);
			if (dose.mode === 'reps') {
				expect(Number.isInteger(dose.reps) && dose.reps >= 1, id).toBe(true);
				expect(dose.tempo, id).toBeGreaterThanOrEqual(2);
				expect(dose.tempo, id).toBeLessThanOrEqual(6);
			} else {
				expect(Number.isInteger(dose.seconds) && dose.seconds >= 1, id).toBe(true);
			}
		}
	});

	it('describes itself without a dose: routines set their own sets, seconds, tempo and rests', () => {
		// A routine's page shows its own dose beside these words ("3 × 30 s hold"): a time, a
		// count of sets or seconds here would contradict it.
		const dose =
			/\b\d+ ?(s|sec|seconds?|min|minutes?)\b|\b\d+ ?[x×] ?\d+|\bseconds\b|\bsets? of\b/i;
		for (const e of exercises) {
			for (const text of [e.why, ...e.instructions, ...e.cues]) {
				expect(text, e.id).not.toMatch(dose);
			}
		}
	});

	it('has a name no other exercise has', () => {
		expect(duplicates(exercises.map((e) => e.name.toLowerCase()))).toEqual([]);
	});
});

describe('stretches follow the warm-up evidence', () => {
	it('static stretches are single holds of 45 s or less', () => {
		for (const e of ofCategory('static-stretch')) {
			expect(e.dose.mode, e.id).toBe('hold');
			if (e.dose.mode === 'hold') expect(e.dose.seconds, e.id).toBeLessThanOrEqual(45);
		}
	});

	it('dynamic drills take 20-40 s or 5-12 reps a side, with no rest inside a drill', () => {
		for (const e of ofCategory('dynamic-stretch')) {
			expect(e.dose.rest, e.id).toBe(0);
			if (e.dose.mode === 'reps') {
				expect(e.dose.reps, e.id).toBeGreaterThanOrEqual(5);
				expect(e.dose.reps, e.id).toBeLessThanOrEqual(12);
			} else {
				expect(e.dose.seconds, e.id).toBeGreaterThanOrEqual(20);
				expect(e.dose.seconds, e.id).toBeLessThanOrEqual(40);
			}
		}
	});
});

describe('every routine', () => {
	it('cites at least one source and has a goal and at least one item', () => {
		for (const r of routines) {
			expect(r.sources.length, r.id).toBeGreaterThan(0);
			expect(r.goal.trim().length, r.id).toBeGreaterThan(0);
			expect(r.items.length, r.id).toBeGreaterThan(0);
			expect(r.focus.length, r.id).toBeGreaterThan(0);
		}
	});

	it('passes the schema that guards imported and shared routines', () => {
		for (const r of routines) {
			const result = parseRoutine(r, lookup);
			expect(result.ok ? [] : result.errors, r.id).toEqual([]);
		}
	});

	it('lasts between 4 and 30 minutes when compiled', () => {
		for (const r of routines) {
			const { totalMs } = compileRoutine(r, lookup);
			expect(totalMs, r.id).toBeGreaterThanOrEqual(4 * 60_000);
			expect(totalMs, r.id).toBeLessThanOrEqual(30 * 60_000);
		}
	});

	it('overrides only what fits the exercise: reps and tempo for reps, seconds for holds', () => {
		for (const r of routines) {
			for (const item of r.items) {
				const mode = exerciseById.get(item.exercise)?.dose.mode;
				if (mode === 'reps') expect(item.seconds, `${r.id}/${item.exercise}`).toBeUndefined();
				else {
					expect(item.reps, `${r.id}/${item.exercise}`).toBeUndefined();
					expect(item.tempo, `${r.id}/${item.exercise}`).toBeUndefined();
				}
			}
		}
	});
});

describe('warm-ups and cool-downs', () => {
	const warmups = routines.filter((r) => r.kind === 'warmup');
	const cooldowns = routines.filter((r) => r.kind === 'cooldown');

	it('exist', () => {
		expect(warmups.length).toBeGreaterThanOrEqual(2);
		expect(cooldowns.length).toBeGreaterThanOrEqual(1);
	});

	it('warm-ups hold only dynamic drills, with short rests, ordered gentle to lively', () => {
		for (const r of warmups) {
			const items = r.items.map((item) => lookup(item.exercise));
			for (const e of items) expect(e?.category, r.id).toBe('dynamic-stretch');
			expect(r.restBetween, r.id).toBeLessThanOrEqual(10);
			const intensities = items.map((e) => e?.intensity ?? 0);
			expect(intensities, r.id).toEqual([...intensities].sort((a, b) => a - b));
		}
	});

	it('cool-downs hold only static stretches', () => {
		for (const r of cooldowns) {
			for (const item of r.items) {
				expect(lookup(item.exercise)?.category, r.id).toBe('static-stretch');
			}
		}
	});

	it('the short warm-up takes about 5 minutes and the full one about 10', () => {
		const minutes = (id: string) => {
			const routine = routines.find((r) => r.id === id);
			expect(routine, id).toBeDefined();
			return routine ? compileRoutine(routine, lookup).totalMs / 60_000 : NaN;
		};
		expect(minutes('prerun-short')).toBeGreaterThanOrEqual(4);
		expect(minutes('prerun-short')).toBeLessThanOrEqual(6.5);
		expect(minutes('prerun-full')).toBeGreaterThanOrEqual(8);
		expect(minutes('prerun-full')).toBeLessThanOrEqual(12);
		expect(minutes('maintenance-10')).toBeGreaterThanOrEqual(8);
		expect(minutes('maintenance-10')).toBeLessThanOrEqual(12);
	});
});
