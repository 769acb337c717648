import { describe, expect, it } from 'vitest';
import { checkSession } from './session-record';
import { session } from './testing';

const done = {
	exerciseId: 'wall-sit',
	name: 'Wall sit',
	setsDone: 2,
	sets: 3,
	workMs: 60_000,
	plannedMs: 90_000
};

describe('the honest record in storage', () => {
	it('reads a record from before it (no exercises, no morning) as it was', () => {
		const old = session();
		expect(checkSession(old)).toEqual({ ok: true, value: old });
	});

	it('keeps what was played per exercise, End, and the morning after', () => {
		const record = session({
			completed: false,
			endedEarly: true,
			exercises: [done],
			morning: { pain: 3, at: session().startedAt + 86_400_000 }
		});
		expect(checkSession(record)).toEqual({ ok: true, value: record });
		const skipped = session({ morning: { pain: null, at: session().startedAt + 3_600_000 } });
		expect(checkSession(skipped).ok).toBe(true);
	});

	it('refuses numbers out of range', () => {
		const bad = [
			{ exercises: [{ ...done, setsDone: 4 }] },
			{ exercises: [{ ...done, sets: -1 }] },
			{ exercises: [{ ...done, workMs: 90_001 }] },
			{ exercises: [{ ...done, plannedMs: Number.POSITIVE_INFINITY }] },
			{ exercises: [{ ...done, exerciseId: '' }] },
			{ exercises: 'all of them' },
			{ endedEarly: 'yes' },
			{ morning: { pain: 11, at: session().startedAt + 1 } },
			{ morning: { pain: 2.5, at: session().startedAt + 1 } },
			{ morning: { pain: 2, at: session().startedAt - 1 } },
			{ morning: 4 }
		];
		for (const fields of bad) {
			const result = checkSession({ ...session(), ...fields });
			expect(result.ok, JSON.stringify(fields)).toBe(false);
		}
	});

	it('keeps each "This hurts" choice, and refuses one out of range or misnamed', () => {
		const swap = {
			action: 'swap',
			exerciseId: 'spanish-squat',
			name: 'Spanish squat',
			easierId: 'wall-sit',
			easierName: 'Wall sit',
			segment: 4
		};
		const skip = { action: 'skip', exerciseId: 'clamshell', name: 'Clamshell', segment: 9 };
		const record = session({ hurt: [swap, skip] as never });
		expect(checkSession(record)).toEqual({ ok: true, value: record });
		const bad = [
			{ ...skip, action: 'cry' },
			{ ...skip, segment: -1 },
			{ ...skip, segment: 1.5 },
			{ ...skip, segment: 10_001 },
			{ ...skip, name: '' },
			{ ...skip, exerciseId: 'no spaces' },
			{ ...swap, easierId: undefined },
			'skip'
		];
		for (const choice of bad) {
			expect(checkSession({ ...session(), hurt: [choice] }).ok, JSON.stringify(choice)).toBe(false);
		}
		expect(checkSession({ ...session(), hurt: Array(101).fill(skip) }).ok).toBe(false);
		expect(checkSession({ ...session(), hurt: 'ouch' }).ok).toBe(false);
	});
});
