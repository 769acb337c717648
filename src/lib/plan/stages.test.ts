import { describe, expect, it } from 'vitest';
import { getRoutine } from '$lib/routines';
import { STAGES, WALK_RUN_STEPS } from './stages';

describe('the stages', () => {
	it('give each path four stages, ending in the return to running', () => {
		for (const stages of Object.values(STAGES)) {
			expect(stages).toHaveLength(4);
			expect(stages.at(-1)!.kind).toBe('run');
			expect(
				stages.slice(0, 3).every((s) => s.kind === 'strength' && s.routines.length === 1)
			).toBe(true);
		}
		expect(STAGES.kneecap.map((s) => s.routines[0])).toEqual([
			'knee-foundation',
			'knee-build',
			'knee-advanced',
			'walk-run-1'
		]);
		expect(STAGES.tendon.map((s) => s.name)).toEqual([
			'Isometrics',
			'Slow heavy strength',
			'Energy storage',
			'Return to running'
		]);
	});

	it('name only routines in the library', () => {
		const ids = new Set([
			...Object.values(STAGES).flatMap((stages) => stages.flatMap((s) => s.routines)),
			...WALK_RUN_STEPS
		]);
		expect([...ids].filter((id) => !getRoutine(id))).toEqual([]);
	});
});
