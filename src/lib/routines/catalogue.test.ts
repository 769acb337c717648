import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue';
import { routines } from './index';

describe('catalogue', () => {
	const data = catalogue();

	it('has the contract shape', () => {
		expect(data.version).toBe(1);
		for (const e of data.exercises) {
			expect(e).toMatchObject({
				id: expect.any(String),
				name: expect.any(String),
				category: expect.any(String),
				perSide: expect.any(Boolean)
			});
		}
		expect(data.routines.map((r) => r.id)).toEqual(routines.map((r) => r.id));
		for (const r of data.routines) {
			expect(['strength', 'warmup', 'cooldown', 'run']).toContain(r.kind);
			expect(r.totalMs).toBe(r.timeline.reduce((t, s) => t + s.durationMs, 0));
			for (const s of r.timeline) {
				expect(['prepare', 'work', 'switch', 'rest']).toContain(s.kind);
				expect(s.durationMs % 1000).toBe(0);
				expect(s.durationMs).toBeGreaterThanOrEqual(1000);
				expect(typeof s.label).toBe('string');
				for (const key of ['exerciseId', 'side', 'set', 'sets', 'reps'] as const) {
					expect(key in s).toBe(true);
				}
			}
		}
	});
});
