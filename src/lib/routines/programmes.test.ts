// The staged programmes hold together: tendon loading in four stages with pain-guided entry rules,
// and walk-run routines that alternate a run and a walk, building from 1 min to 30 min of running.
import { describe, expect, it } from 'vitest';
import { getExercise, getRoutine } from './index';
import { programmes, stageOf, STAGE_ENTRY_MAX_PAIN, walkRunRoutines } from './programmes';
import { compileRoutine } from './timeline';

const tendon = programmes.find((p) => p.id === 'tendon-loading')!;
const walkRun = programmes.find((p) => p.id === 'walk-run')!;

/** Minutes of running in a routine's timeline, and the longest single run. */
function running(id: string): { total: number; longest: number } {
	const routine = getRoutine(id)!;
	const runs = compileRoutine(routine, getExercise)
		.segments.filter((s) => s.kind === 'work' && /run|jog/i.test(s.label))
		.map((s) => s.durationMs / 60_000);
	return { total: runs.reduce((a, b) => a + b, 0), longest: Math.max(...runs) };
}

describe('staged tendon loading', () => {
	it('has four stages, isometric, strength, hops and running, citing Breda 2021 and Malliaras 2015', () => {
		expect(tendon.stages.map((s) => s.step)).toEqual([1, 2, 3, 4]);
		expect(tendon.stages.map((s) => s.name)).toEqual([
			'Isometric holds',
			'Slow heavy strength',
			'Hops and jumps',
			'Back to running'
		]);
		expect(tendon.sources).toEqual(['breda-2021', 'malliaras-2015']);
	});

	it('enters stages 2-4 by the pain of a single-leg decline squat, and says so in words', () => {
		for (const stage of tendon.stages.slice(1)) {
			expect(stage.test, stage.name).toBe('single-leg-decline-squat');
			expect(stage.maxPain, stage.name).toBe(STAGE_ENTRY_MAX_PAIN);
			expect(stage.entry, stage.name).toMatch(/single-leg squat on a slope/);
			expect(stage.entry, stage.name).toContain(`${STAGE_ENTRY_MAX_PAIN} out of 10`);
		}
		expect(tendon.stages[0]?.maxPain).toBeNull();
	});

	it('names routines that exist, of the right kind, in every stage', () => {
		for (const programme of programmes) {
			for (const stage of programme.stages) {
				expect(stage.routines.length, stage.name).toBeGreaterThan(0);
				for (const id of stage.routines) expect(getRoutine(id), id).toBeDefined();
			}
		}
		expect(getRoutine('tendon-isometrics')?.items.map((i) => i.exercise)).toEqual(['wall-sit']);
		const stage2 = getRoutine('tendon-slow-strength')!;
		for (const item of stage2.items.filter((i) => i.tempo !== undefined)) {
			// 3-4 s down and 3-4 s up.
			expect(item.tempo).toBeGreaterThanOrEqual(6);
			expect(item.tempo).toBeLessThanOrEqual(8);
		}
		const stage3 = getRoutine('tendon-energy-storage')!;
		expect(stage3.items.map((i) => getExercise(i.exercise)?.category)).toContain('plyometric');
		expect(tendon.stages[3]?.routines).toEqual(walkRunRoutines.map((r) => r.id));
	});

	it('holds the isometric stage at the trial dose: five 45 s holds, 2 min rests', () => {
		expect(getRoutine('tendon-isometrics')?.items[0]).toEqual({
			exercise: 'wall-sit',
			sets: 5,
			seconds: 45,
			rest: 120
		});
	});

	it("finds a routine's stage, and none for a routine outside the programmes", () => {
		expect(stageOf('tendon-energy-storage')?.stage.step).toBe(3);
		expect(stageOf('walk-run-4')).toMatchObject({
			programme: { id: 'walk-run' },
			stage: { step: 4 }
		});
		expect(stageOf('knee-foundation')).toBeUndefined();
	});
});

describe('walk-run routines', () => {
	it('are of kind run, with stable ids walk-run-1 to walk-run-9', () => {
		expect(walkRunRoutines.map((r) => r.id)).toEqual(
			Array.from({ length: 9 }, (_, i) => `walk-run-${i + 1}`)
		);
		for (const r of walkRunRoutines) expect(getRoutine(r.id)?.kind).toBe('run');
	});

	it('alternate a walk and a run in their work segments, starting and ending with a walk', () => {
		for (const r of walkRunRoutines) {
			const work = compileRoutine(r, getExercise).segments.filter((s) => s.kind === 'work');
			work.forEach((s, i) => {
				const walkTurn = i % 2 === 0;
				expect(s.label, `${r.id} #${i}`).toMatch(walkTurn ? /walk/i : /run|jog/i);
				expect(s.label, `${r.id} #${i}`).not.toMatch(walkTurn ? /run|jog/i : /walk/i);
			});
			expect(work.length % 2, r.id).toBe(1);
		}
	});

	it('have no rests or switches between the walks and runs, only the get-ready', () => {
		for (const r of walkRunRoutines) {
			const kinds = compileRoutine(r, getExercise).segments.map((s) => s.kind);
			expect(
				kinds.filter((k) => k !== 'work'),
				r.id
			).toEqual(['prepare']);
		}
	});

	it('build from 1 min runs with 2 min walks to 20 and then 30 minutes of continuous running', () => {
		const first = getRoutine('walk-run-1')!;
		expect(first.items.slice(1, 3)).toEqual([
			{ exercise: 'easy-run', seconds: 60 },
			{ exercise: 'walk', seconds: 120 }
		]);
		const longest = walkRunRoutines.map((r) => running(r.id).longest);
		expect(longest).toEqual([...longest].sort((a, b) => a - b));
		expect(running('walk-run-8').longest).toBe(20);
		expect(running('walk-run-9').longest).toBe(30);
		// Until the runs join up, every step runs longer in total than the one before.
		const totals = walkRunRoutines.slice(0, 5).map((r) => running(r.id).total);
		expect(totals).toEqual([6, 12, 15, 20, 24]);
	});

	it('each state an entry rule: repeat a step twice, move up only with pain at 3/10 or less', () => {
		walkRun.stages.slice(1).forEach((stage) => {
			expect(stage.entry).toMatch(/at least two sessions/);
			expect(stage.entry).toMatch(/next morning/);
			expect(stage.maxPain).toBe(STAGE_ENTRY_MAX_PAIN);
		});
	});
});
