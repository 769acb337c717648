// The content library holds together: unique ids, references that resolve, complete exercises,
// routines of a playable length, warm-ups and cool-downs of the right kind, and sources cited.
import { describe, expect, it } from 'vitest';
import { exercises } from './exercises';
import { BUILT_IN_ROUTINE_IDS } from './ids';
import { routines } from './routines';
import { sources } from './sources';
import { parseRoutine } from './schema';
import { lessons } from './lessons';
import { programmes } from './programmes';
import { PAIN_MODEL_SOURCE_IDS } from '$lib/history/pain-model';
import { compileRoutine } from './timeline';
import { DOSE_SOURCE_KINDS, type Category, type Exercise } from './types';

const exerciseById = new Map(exercises.map((e) => [e.id, e]));
const sourceIds = new Set(sources.map((s) => s.id));
const sourceById = new Map(sources.map((s) => [s.id, s]));
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
	it('says for every exercise whether it is done standing or on the floor', () => {
		for (const exercise of exercises) {
			expect(['standing', 'floor'], exercise.id).toContain(exercise.position);
		}
		const position = (id: string) => exercises.find((e) => e.id === id)?.position;
		expect(position('glute-bridge')).toBe('floor');
		expect(position('wall-sit')).toBe('standing');
	});

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

	it('the pain model cites sources that are in the list', () => {
		const ids = new Set(sources.map((s) => s.id));
		for (const id of PAIN_MODEL_SOURCE_IDS) expect(ids.has(id), id).toBe(true);
	});

	it('every source is cited by something, and links to its DOI', () => {
		// The pain-monitoring model cites its own sources (Thomeé 1997 only there).
		const cited = new Set([
			...[...exercises, ...routines, ...lessons, ...programmes].flatMap((x) => x.sources),
			...PAIN_MODEL_SOURCE_IDS
		]);
		for (const s of sources) {
			expect(cited.has(s.id), `${s.id} is never cited`).toBe(true);
			expect(s.link, s.id).toMatch(/^https:\/\/doi\.org\/10\.\d+\//);
			expect(s.authors.length, s.id).toBeGreaterThan(0);
			expect(s.title.length, s.id).toBeGreaterThan(0);
			expect(s.journal, s.id).toMatch(/\d{4}/);
		}
	});
});

describe('evidence', () => {
	it('an exercise cites only trials for its dose, or none and says it is general conditioning', () => {
		for (const e of exercises) {
			if (e.basis === 'general-conditioning') {
				expect(e.sources, e.id).toEqual([]);
			} else {
				expect(e.sources.length, e.id).toBeGreaterThan(0);
				for (const id of e.sources) {
					expect(DOSE_SOURCE_KINDS, `${e.id} cites ${id}`).toContain(sourceById.get(id)?.kind);
				}
			}
		}
	});

	it('no exercise cites a consensus statement, guideline, protocol or review for its dose', () => {
		const notDose = new Set(sources.filter((s) => s.kind !== 'trial').map((s) => s.id));
		for (const e of exercises) {
			expect(
				e.sources.filter((id) => notDose.has(id)),
				e.id
			).toEqual([]);
		}
	});

	it('a routine cites what supports it, or says it is general conditioning', () => {
		for (const r of routines) {
			if (r.basis === 'general-conditioning') expect(r.sources, r.id).toEqual([]);
			else expect(r.sources.length, r.id).toBeGreaterThan(0);
		}
	});

	it('cites the adolescent trial by its results, not its protocol', () => {
		expect(sources.some((s) => s.kind === 'trial-protocol')).toBe(false);
		expect(sourceById.get('rathleff-2015')?.link).toBe(
			'https://doi.org/10.1136/bjsports-2014-093929'
		);
	});

	it('doses the Spanish squat as the isometric trials did: five 45 s holds, 2 min rests', () => {
		expect(exerciseById.get('spanish-squat')?.dose).toEqual({
			mode: 'hold',
			sets: 5,
			seconds: 45,
			rest: 120
		});
		expect(exerciseById.get('spanish-squat')?.sources).toEqual(['rio-2017']);
	});

	it('says isometric pain relief is for tendon pain, and short-lived, never "for hours"', () => {
		const wallSit = exerciseById.get('wall-sit');
		expect(wallSit?.basis).toBe('general-conditioning');
		for (const e of exercises) expect(e.why, e.id).not.toMatch(/hours|70 ?%/i);
		const tendon = routines.find((r) => r.id === 'tendon-isometrics');
		expect(tendon?.howTo?.join(' ')).toMatch(/within the hour/);
		expect(tendon?.sources).toEqual(expect.arrayContaining(['rio-2015', 'holden-2020']));
	});

	it('keeps the Copenhagen plank optional, one set, cited to the groin trial', () => {
		const copenhagen = exerciseById.get('copenhagen-plank-short');
		expect(copenhagen?.dose.sets).toBe(1);
		expect(copenhagen?.why).toMatch(/^Optional/);
		expect(copenhagen?.sources).toEqual(['haroy-2019']);
		for (const r of routines) {
			const item = r.items.find((i) => i.exercise === 'copenhagen-plank-short');
			if (item) expect(item.sets ?? 1, r.id).toBe(1);
		}
	});

	it('never says hip work stops the knee drifting in, or that tight quads pull on the kneecap', () => {
		for (const e of exercises) {
			expect(e.why, e.id).not.toMatch(
				/drift|collaps|keep(s)? the knee in line|pulls? on the kneecap/i
			);
		}
		for (const r of routines) expect(r.goal, r.id).not.toMatch(/keep the knee in line/i);
	});

	it('warns where a band is anchored, and nobody kneels on a sore knee', () => {
		for (const id of ['spanish-squat', 'single-leg-spanish-squat', 'terminal-knee-extension']) {
			expect(exerciseById.get(id)?.caution, id).toMatch(/anchor/i);
		}
		for (const e of exercises) {
			expect(e.instructions.join(' '), e.id).not.toMatch(/\bkneel/i);
		}
	});
});

describe('every exercise', () => {
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
	it('has a goal, a focus and at least one item', () => {
		for (const r of routines) {
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

	it('lasts between 4 and 30 minutes when compiled (a walk-run up to 45)', () => {
		for (const r of routines) {
			const { totalMs } = compileRoutine(r, lookup);
			expect(totalMs, r.id).toBeGreaterThanOrEqual(4 * 60_000);
			expect(totalMs, r.id).toBeLessThanOrEqual((r.kind === 'run' ? 45 : 30) * 60_000);
		}
	});

	it('rests between exercises at least as long as between sets: most changes move position', () => {
		for (const r of routines.filter((r) => r.kind === 'strength' && r.items.length > 1)) {
			for (const item of r.items) {
				const exercise = lookup(item.exercise);
				if (!exercise) continue;
				const sets = item.sets ?? exercise.dose.sets;
				const rest = item.rest ?? exercise.dose.rest;
				if (sets > 1)
					expect(r.restBetween, `${r.id}/${item.exercise}`).toBeGreaterThanOrEqual(rest);
			}
		}
	});

	it('says how to use it: strength for kneecap pain three times a week for six weeks, hard, with a band', () => {
		for (const r of routines) expect(r.howTo?.length ?? 0, r.id).toBeGreaterThan(0);
		const kneecap = routines.filter(
			(r) => r.kind === 'strength' && !r.focus.includes('tendon') && r.id !== 'maintenance-10'
		);
		expect(kneecap.length).toBeGreaterThanOrEqual(6);
		for (const r of kneecap) {
			const text = r.howTo?.join(' ') ?? '';
			expect(text, r.id).toMatch(/three times a week/i);
			expect(text, r.id).toMatch(/six weeks/i);
			expect(text, r.id).toMatch(/last reps .*hard/i);
			expect(text, r.id).toMatch(/band, then a heavier band/i);
		}
	});

	it('links only to lessons that exist', () => {
		const ids = new Set(lessons.map((l) => l.id));
		for (const r of routines)
			for (const id of r.lessons ?? []) expect(ids.has(id), `${r.id} -> ${id}`).toBe(true);
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

	it('warm-ups start with 3-5 easy minutes, then only dynamic drills, gentle to lively', () => {
		for (const r of warmups) {
			const [first, ...rest] = r.items;
			expect(first?.exercise, r.id).toBe('easy-jog');
			const seconds = first?.seconds ?? 0;
			expect(seconds, r.id).toBeGreaterThanOrEqual(180);
			expect(seconds, r.id).toBeLessThanOrEqual(300);
			const items = rest.map((item) => lookup(item.exercise));
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

	it('the short warm-up takes about 7 minutes, the full one about 15, maintenance about 10', () => {
		const minutes = (id: string) => {
			const routine = routines.find((r) => r.id === id);
			expect(routine, id).toBeDefined();
			return routine ? compileRoutine(routine, lookup).totalMs / 60_000 : NaN;
		};
		expect(minutes('prerun-short')).toBeGreaterThanOrEqual(5);
		expect(minutes('prerun-short')).toBeLessThanOrEqual(8);
		expect(minutes('prerun-full')).toBeGreaterThanOrEqual(12);
		expect(minutes('prerun-full')).toBeLessThanOrEqual(17);
		expect(minutes('maintenance-10')).toBeGreaterThanOrEqual(8);
		expect(minutes('maintenance-10')).toBeLessThanOrEqual(12);
	});
});
