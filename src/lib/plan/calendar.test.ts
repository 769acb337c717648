import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { dayOf } from '$lib/history/days';
import { calendarFile, escapeText, foldLine, type CalendarPlan } from './calendar';

// Wednesday 4 March 2026.
const WEDNESDAY = dayOf(Date.UTC(2026, 2, 4, 12), 'UTC');

function file(overrides: Partial<CalendarPlan> = {}): string {
	return calendarFile({
		uid: 'plan-1772438400000@patella',
		days: [0, 2, 4],
		time: '18:30',
		minutes: 24,
		title: 'Knee plan: Foundation',
		description:
			'Today’s session, rest days and what is left to earn the next stage, on your plan:',
		url: 'https://patella.example/plan',
		from: WEDNESDAY,
		now: Date.UTC(2026, 2, 4, 9, 15),
		...overrides
	});
}

function event(text: string): ICAL.Component {
	const calendar = new ICAL.Component(ICAL.parse(text));
	return calendar.getFirstSubcomponent('vevent')!;
}

describe('calendarFile', () => {
	it('repeats weekly on the training days, by BYDAY, at the chosen time', () => {
		const vevent = event(file());
		const rule = vevent.getFirstPropertyValue('rrule') as ICAL.Recur;
		expect(rule.freq).toBe('WEEKLY');
		expect(rule.parts.BYDAY).toEqual(['MO', 'WE', 'FR']);
		const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
		expect(start.toString()).toBe('2026-03-04T18:30:00');
		expect(file()).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n');
	});

	it('starts on the first training day from today, and its occurrences fall only on those days', () => {
		const ev = new ICAL.Event(event(file({ days: [1, 5], from: WEDNESDAY })));
		expect(ev.startDate.toString()).toBe('2026-03-07T18:30:00');
		const it = ev.iterator();
		const dates: string[] = [];
		for (let i = 0; i < 4; i++) dates.push(it.next()!.toString().slice(0, 10));
		expect(dates).toEqual(['2026-03-07', '2026-03-10', '2026-03-14', '2026-03-17']);
		expect(ev.duration.toSeconds()).toBe(24 * 60);
	});

	it('carries a reminder and a link back to the plan', () => {
		const vevent = event(file());
		const alarm = vevent.getFirstSubcomponent('valarm')!;
		expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
		expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(0);
		expect(vevent.getFirstPropertyValue('description')).toContain('https://patella.example/plan');
		expect(vevent.getFirstPropertyValue('summary')).toBe('Knee plan: Foundation');
		expect(vevent.getFirstPropertyValue('uid')).toBe('plan-1772438400000@patella');
	});

	it('ends every line in CRLF and keeps lines within 75 octets', () => {
		const text = file({
			description: 'A long description, with commas; and semicolons. '.repeat(5)
		});
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of text.split('\r\n')) {
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		}
		expect(event(text).getFirstPropertyValue('description')).toContain(
			'A long description, with commas; and semicolons.'
		);
	});

	it('escapes text and never folds inside a character', () => {
		expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
		const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
		for (const line of folded.split('\r\n')) {
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		}
		expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(60)}`);
		expect(
			event(file({ title: 'Genou: étape 1, «facile»' })).getFirstPropertyValue('summary')
		).toBe('Genou: étape 1, «facile»');
	});

	it('refuses a plan without training days', () => {
		expect(() => file({ days: [] })).toThrow(/no training days/);
	});
});
