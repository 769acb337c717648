import { describe, expect, it } from 'vitest';
import { triage } from './testing';
import {
	DEFAULT_TRIAGE,
	needsClinician,
	pathFor,
	problems,
	readTriage,
	SUGGESTED_DAYS,
	trainingDays,
	WARNING_SIGNS
} from './triage';

describe('triage', () => {
	it('sends pain just below the kneecap down the tendon path, and anything else the kneecap path', () => {
		expect(pathFor('tendon')).toBe('tendon');
		expect(pathFor('kneecap')).toBe('kneecap');
		expect(pathFor('unsure')).toBe('kneecap');
	});

	it('builds no plan with a warning sign until a clinician has cleared the runner', () => {
		expect(needsClinician({ warnings: ['swelling'], cleared: false })).toBe(true);
		expect(needsClinician({ warnings: ['swelling'], cleared: true })).toBe(false);
		expect(needsClinician({ warnings: [], cleared: false })).toBe(false);
		expect(problems({ ...triage(), warnings: ['giving-way'] })).toEqual([
			expect.stringMatching(/see a doctor or physiotherapist/i)
		]);
		expect(problems({ ...triage(), warnings: ['giving-way'], cleared: true })).toEqual([]);
	});

	it('asks where it hurts: the one answer without a default', () => {
		expect(problems({ ...DEFAULT_TRIAGE })).toEqual(['Choose where it hurts.']);
		expect(problems(triage())).toEqual([]);
	});

	it('lists every warning sign the issue names, each saying why it matters', () => {
		expect(WARNING_SIGNS.map((s) => s.label).join(' ')).toMatch(/swell/i);
		expect(WARNING_SIGNS).toHaveLength(7);
		for (const sign of WARNING_SIGNS) expect(sign.why.length).toBeGreaterThan(20);
	});

	it('takes the suggested three days when none are picked, and sorts and dedupes picked ones', () => {
		expect(trainingDays([])).toEqual([...SUGGESTED_DAYS]);
		expect(SUGGESTED_DAYS).toEqual([0, 2, 4]);
		expect(trainingDays([5, 1, 5])).toEqual([1, 5]);
	});
});

describe('readTriage', () => {
	it('reads back what was stored', () => {
		const answers = triage({ warnings: ['trauma'], cleared: true, days: [1, 3, 5] });
		expect(readTriage(JSON.parse(JSON.stringify(answers)))).toEqual(answers);
	});

	it.each([
		['an unknown place', { where: 'ankle' }],
		['an unknown sign', { warnings: ['headache'] }],
		['a morning above 10', { usualMorning: 11 }],
		['a morning with a fraction', { usualMorning: 2.5 }],
		['a day out of range', { days: [0, 7] }],
		['no days', { days: [] }],
		['a time out of range', { reminder: '24:00' }],
		['cleared as text', { cleared: 'yes' }]
	])('refuses %s', (_, change) => {
		expect(readTriage({ ...triage(), ...change })).toBeUndefined();
	});
});
