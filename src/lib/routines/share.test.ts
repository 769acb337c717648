import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exercises, getExercise, routines } from './index';
import { LIMITS } from './schema';
import {
	MAX_INFLATED_BYTES,
	MAX_SHARE_CHARS,
	compactRoutine,
	decodeDeflated,
	decodeFragment,
	decodeRoutine,
	encodeRoutine,
	readFragment,
	sameRoutine,
	shareFragment,
	sharePath
} from './share';
import { ownRoutine } from './testing';
import { compileRoutine } from './timeline';
import type { Routine, RoutineItem } from './types';

/** base64url of any text, as a hand-made (or tampered) link would hold it. */
function b64(text: string): string {
	return Buffer.from(text, 'utf8').toString('base64url');
}

/** The fragment of a link holding this compact object. */
function link(compact: unknown): string {
	return `#r=${b64(JSON.stringify(compact))}`;
}

const mine = ownRoutine({
	items: [
		{ exercise: 'clamshell', sets: 2, reps: 15, tempo: 2, rest: 20 },
		{ exercise: 'wall-sit', sets: 3, seconds: 40, rest: 45 }
	],
	restBetween: 20
});

/** A valid compact routine, to break in one place per case. */
function compact(): Record<string, unknown> {
	return { v: 1, i: 'my-knees', n: 'My knees', x: [{ e: 'clamshell', s: 2 }, { e: 'wall-sit' }] };
}

function without(key: string): Record<string, unknown> {
	const c = compact();
	delete c[key];
	return c;
}

function withItem(item: unknown): Record<string, unknown> {
	return { ...compact(), x: [item] };
}

/** The parts of a routine a link must carry, with the timeline it plays. */
function plays(routine: Routine) {
	const { id, name, kind, goal, level, focus, restBetween, sources } = routine;
	const timeline = compileRoutine(routine, getExercise);
	return { id, name, kind, goal, level, focus, restBetween, sources, timeline };
}

describe('share links: round trip', () => {
	it('every built-in routine comes back from its link and plays the same', () => {
		for (const routine of routines) {
			const result = decodeFragment(sharePath(routine).split('#')[1]!);
			expect(result.ok).toBe(true);
			if (!result.ok) continue;
			expect(plays(result.routine)).toEqual(plays(routine));
			expect(sameRoutine(result.routine, routine)).toBe(true);
		}
	});

	it("keeps a user's routine exactly, every override included", () => {
		const result = decodeRoutine(encodeRoutine(mine));
		expect(result).toEqual({ ok: true, routine: mine });
	});

	it('carries a self-paced item as q: 1, and a link from before reads as paced', () => {
		const paced: Routine = { ...mine, items: [{ exercise: 'clamshell', selfPaced: true }] };
		expect(compactRoutine(paced).x).toEqual([{ e: 'clamshell', q: 1 }]);
		expect(decodeRoutine(encodeRoutine(paced))).toEqual({ ok: true, routine: paced });
		const before = decodeRoutine(encodeRoutine({ ...paced, items: [{ exercise: 'clamshell' }] }));
		expect(before.ok && before.routine.items[0]).toEqual({ exercise: 'clamshell' });
		// A hold cannot be self-paced, and q takes no other value.
		const hold = decodeFragment(link(withItem({ e: 'wall-sit', q: 1 })));
		expect(hold).toEqual({ ok: false, error: expect.stringMatching(/cannot be self-paced/) });
		const odd = decodeFragment(link(withItem({ e: 'clamshell', q: 'yes' })));
		expect(odd).toEqual({
			ok: false,
			error: expect.stringMatching(/self-paced must be true or false/)
		});
	});

	it('is compact: short keys, defaults left out, well under the size limit', () => {
		expect(compactRoutine(mine)).toEqual({
			v: 1,
			i: 'my-tuesday-knees-a1b2c3',
			n: 'Tuesday knees',
			b: 20,
			x: [
				{ e: 'clamshell', s: 2, r: 15, t: 2, p: 20 },
				{ e: 'wall-sit', s: 3, d: 40, p: 45 }
			]
		});
		expect(sharePath(mine).length).toBeLessThan(240);
		for (const routine of routines) {
			expect(encodeRoutine(routine).length).toBeLessThan(MAX_SHARE_CHARS / 4);
		}
		// The largest routine the schema allows still fits.
		const biggest: Routine = {
			...mine,
			name: 'x'.repeat(LIMITS.name),
			goal: 'g'.repeat(LIMITS.goal),
			items: Array.from({ length: LIMITS.items }, (_, i) => ({
				exercise: i % 2 ? 'clamshell' : 'wall-sit',
				sets: 1,
				rest: 0,
				...(i % 2 ? { reps: 7, tempo: 1 } : { seconds: 11 })
			}))
		};
		const payload = encodeRoutine(biggest);
		expect(payload.length).toBeLessThan(MAX_SHARE_CHARS);
		expect(decodeRoutine(payload).ok).toBe(true);
	});

	it('carries any name as text: accents, emoji, markup', () => {
		for (const name of ['Genou fâché', 'Knie 💪 Tag', '<img src=x onerror=alert(1)>', 'a&b "c"']) {
			const result = decodeRoutine(encodeRoutine({ ...mine, name }));
			expect(result.ok && result.routine.name).toBe(name);
		}
	});

	it('reads the fragment with or without its #', () => {
		const payload = encodeRoutine(mine);
		expect(decodeFragment(`#r=${payload}`)).toEqual(decodeFragment(`r=${payload}`));
	});

	it('property: any routine the schema accepts round-trips and plays the same', () => {
		const item: fc.Arbitrary<RoutineItem> = fc
			.record({
				exercise: fc.constantFrom(...exercises),
				sets: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
				reps: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
				tempo: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
				seconds: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
				rest: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
				selfPaced: fc.boolean()
			})
			.map(({ exercise, sets, reps, tempo, seconds, rest, selfPaced }) => {
				const row: RoutineItem = { exercise: exercise.id };
				if (sets !== undefined) row.sets = sets;
				if (rest !== undefined) row.rest = rest;
				if (exercise.dose.mode === 'reps') {
					if (reps !== undefined) row.reps = reps;
					if (tempo !== undefined) row.tempo = tempo;
					if (selfPaced) row.selfPaced = true;
				} else if (seconds !== undefined) row.seconds = seconds;
				return row;
			});
		const routine: fc.Arbitrary<Routine> = fc.record({
			id: fc.constantFrom('my-a-000000', 'shared-x', 'knee-foundation'),
			name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''),
			kind: fc.constantFrom('strength', 'warmup', 'cooldown'),
			goal: fc.constantFrom('', 'Calm knees'),
			level: fc.constantFrom('easy', 'moderate', 'hard'),
			focus: fc.constantFrom([], ['knee'], ['hips', 'balance']),
			items: fc.array(item, { minLength: 1, maxLength: 6 }),
			restBetween: fc.integer({ min: 0, max: 90 }),
			sources: fc.constantFrom([], ['willy-2012'])
		}) as fc.Arbitrary<Routine>;
		fc.assert(
			fc.property(routine, (r) => {
				const result = decodeRoutine(encodeRoutine(r));
				expect(result.ok).toBe(true);
				if (result.ok) expect(plays(result.routine)).toEqual(plays(r));
			})
		);
	});
});

describe('share links: malformed and tampered links give one clear sentence', () => {
	const valid = link(compact());
	const cases: [string, string, RegExp][] = [
		['an empty fragment', '', /holds no routine/],
		['a lone #', '#', /holds no routine/],
		['r= with nothing after it', '#r=', /holds no routine/],
		['another parameter', '#q=abc', /holds no routine/],
		['characters a link never has', '#r=abc$%^&*', /damaged/],
		['spaces and quotes', '#r=ab "c" d', /damaged/],
		['a length base64 cannot have', '#r=abcde', /damaged/],
		['a link cut in half', valid.slice(0, Math.floor(valid.length / 2)), /damaged|cut short/],
		['a link missing its last characters', valid.slice(0, -3), /damaged|cut short/],
		['text that is not JSON', `#r=${b64('hello, runner')}`, /damaged or cut short/],
		[
			'bytes that are not UTF-8',
			`#r=${Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')}`,
			/damaged/
		],
		['a JSON list', `#r=${b64('[1,2,3]')}`, /does not hold a routine/],
		['JSON null', `#r=${b64('null')}`, /does not hold a routine/],
		['a JSON string', `#r=${b64('"Knee day"')}`, /does not hold a routine/],
		['no version', link(without('v')), /does not hold a routine/],
		['a version as text', link({ ...compact(), v: '1' }), /does not hold a routine/],
		['a future version', link({ ...compact(), v: 2 }), /newer version of Patella/],
		['no name', link(without('n')), /Name must be text/],
		['a blank name', link({ ...compact(), n: '   ' }), /Name must not be empty/],
		['a name of 81 characters', link({ ...compact(), n: 'x'.repeat(81) }), /at most 80 characters/],
		['a name that is a number', link({ ...compact(), n: 42 }), /Name must be text/],
		['a name that is an object', link({ ...compact(), n: { toString: 'x' } }), /Name must be text/],
		['an id with markup', link({ ...compact(), i: '<script>' }), /Id must be lowercase/],
		[
			'exercises as an object',
			link({ ...compact(), x: { e: 'clamshell' } }),
			/no list of exercises/
		],
		['no exercises', link(without('x')), /no list of exercises/],
		['an empty list of exercises', link({ ...compact(), x: [] }), /at least one exercise/],
		[
			'41 exercises',
			link({ ...compact(), x: Array.from({ length: 41 }, () => ({ e: 'clamshell' })) }),
			/at most 40 exercises/
		],
		[
			'an exercise that is a number',
			link(withItem(7)),
			/Exercise 1: each exercise must be an object/
		],
		[
			'an unknown exercise',
			link(withItem({ e: 'moonwalk' })),
			/"moonwalk" is not in the exercise library/
		],
		[
			'reps as text',
			link(withItem({ e: 'clamshell', r: '12' })),
			/Exercise 1: reps must be a number/
		],
		['0 sets', link(withItem({ e: 'clamshell', s: 0 })), /sets must be between 1 and 10/],
		['11 sets', link(withItem({ e: 'clamshell', s: 11 })), /sets must be between 1 and 10/],
		[
			'a fraction of a rep',
			link(withItem({ e: 'clamshell', r: 1.5 })),
			/reps must be a whole number/
		],
		[
			'a negative rest',
			link(withItem({ e: 'clamshell', p: -5 })),
			/rest must be between 0 and 600/
		],
		[
			'seconds on a rep exercise',
			link(withItem({ e: 'clamshell', d: 30 })),
			/counted in reps, not seconds/
		],
		['reps on a hold', link(withItem({ e: 'wall-sit', r: 10 })), /timed in seconds, not reps/],
		['an unknown kind', link({ ...compact(), k: 'z' }), /unknown kind/],
		['an unknown level', link({ ...compact(), l: 'extreme' }), /unknown level/],
		['an unknown focus', link({ ...compact(), f: ['elbow'] }), /Focus has an unknown value/],
		['a goal that is a list', link({ ...compact(), g: ['a'] }), /Goal must be text/],
		[
			'rest between exercises as text',
			link({ ...compact(), b: 'lots' }),
			/Rest between exercises must be a number/
		],
		[
			'a routine over two hours',
			link({
				...compact(),
				x: Array.from({ length: 10 }, () => ({ e: 'wall-sit', s: 10, d: 600 }))
			}),
			/longer than 120 minutes/
		],
		['a link over 8 KB', link({ ...compact(), g: 'g'.repeat(9000) }), /too long/],
		['a link of a megabyte', `#r=${'A'.repeat(1024 * 1024)}`, /too long/],
		[
			'a name hidden behind __proto__',
			`#r=${b64(JSON.stringify(without('n')).replace('{', '{"__proto__":{"n":"Injected"},'))}`,
			/Name must be text/
		],
		[
			'an exercise hidden behind __proto__',
			`#r=${b64(JSON.stringify(compact()).replace('{"e":"clamshell","s":2}', '{"__proto__":{"e":"clamshell"}}'))}`,
			/Exercise 1: the exercise must be named by its id/
		],
		[
			'a constructor.prototype in place of an exercise',
			link(withItem({ constructor: { prototype: { e: 'clamshell' } } })),
			/Exercise 1: the exercise must be named by its id/
		]
	];

	it('counts at least 25 cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(25);
	});

	it.each(cases)('%s', (_, fragment, expected) => {
		const result = decodeFragment(fragment);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error).toMatch(expected);
		// One sentence: a capital, a full stop at the end, no line breaks, never the raw input.
		expect(result.error).toMatch(/^[A-Z][^\n]*\.$/);
		expect(result.error.length).toBeLessThan(200);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(({} as Record<string, unknown>).n).toBeUndefined();
	});

	it('drops unknown keys, and a __proto__ key changes nothing', () => {
		const tampered = JSON.stringify({ ...compact(), z: 1, html: '<b>' }).replace(
			'{',
			'{"__proto__":{"polluted":true,"k":"c"},'
		);
		const result = decodeRoutine(b64(tampered));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.routine.kind).toBe('strength');
		expect(Object.keys(result.routine)).toEqual([
			'id',
			'name',
			'kind',
			'goal',
			'level',
			'focus',
			'items',
			'restBetween',
			'sources'
		]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses a payload that is not text', () => {
		expect(decodeRoutine(undefined).ok).toBe(false);
		expect(decodeRoutine(42).ok).toBe(false);
	});
});

/** base64url of `bytes` deflated (raw), as a `z=` link holds them. */
async function deflated(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
	const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return Buffer.from(await new Response(stream).arrayBuffer()).toString('base64url');
}

describe('share links: deflated', () => {
	it('new links are deflated, shorter, and every built-in routine comes back the same', async () => {
		for (const routine of routines) {
			const fragment = await shareFragment(routine);
			expect(fragment.startsWith('z=')).toBe(true);
			expect(fragment.length).toBeLessThan(encodeRoutine(routine).length * 0.75);
			const result = await readFragment(`#${fragment}`);
			expect(result.ok).toBe(true);
			if (result.ok) expect(plays(result.routine)).toEqual(plays(routine));
		}
		expect((await shareFragment(mine)).length).toBeLessThan(sharePath(mine).length);
	});

	it('links from before (r=) still open through the same reader', async () => {
		expect(await readFragment(`#r=${encodeRoutine(mine)}`)).toEqual({ ok: true, routine: mine });
		expect(await readFragment('#nothing')).toEqual(decodeFragment('#nothing'));
	});

	it('a cut, tampered or oversized deflated link gives one sentence', async () => {
		const fragment = await shareFragment(mine);
		const cut = await readFragment(`#${fragment.slice(0, 30)}`);
		expect(cut).toEqual({ ok: false, error: expect.stringMatching(/damaged|cut short/) });
		expect(await decodeDeflated('not*base64')).toMatchObject({ ok: false });
		const garbage = await decodeDeflated(Buffer.from('plainly not deflate').toString('base64url'));
		expect(garbage).toMatchObject({ ok: false, error: expect.stringMatching(/damaged/) });
		// A few hundred characters that would inflate past the limit stop there.
		const bomb = await deflated(new Uint8Array(MAX_INFLATED_BYTES * 4).fill(32));
		expect(bomb.length).toBeLessThan(MAX_SHARE_CHARS);
		expect(await decodeDeflated(bomb)).toEqual({
			ok: false,
			error: 'The link is too long to be a Patella routine.'
		});
		const newer = await deflated(new TextEncoder().encode('{"v":2}'));
		expect(await readFragment(`z=${newer}`)).toMatchObject({
			ok: false,
			error: expect.stringContaining('newer version')
		});
	});
});
