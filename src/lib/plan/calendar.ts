// The plan's reminders as an iCalendar file (RFC 5545): one event repeating weekly on the training
// days, at the time the runner picks, with an alarm, and a link back to the plan. The phone's
// calendar does the reminding; no server is involved. A small writer rather than the `ics` package,
// which brings a validation library (about 20 kB gzipped) for what fits in these few lines.
import { isoDate, weekday, type Day } from '$lib/history/days';
import type { Weekday } from './triage';

/** What the calendar file holds. */
export interface CalendarPlan {
	/** Stays the same for a plan, so a calendar can replace the old event with a new file's. */
	uid: string;
	days: readonly Weekday[];
	/** `HH:MM`, in the runner's own time wherever they are (a floating time). */
	time: string;
	minutes: number;
	title: string;
	description: string;
	/** The plan's address, in the description and as the event's URL. */
	url: string;
	/** The first day the event may fall on (today): it starts on the first training day from here. */
	from: Day;
	/** Now, ms since the epoch: the file's time stamp and the event's revision. */
	now: number;
}

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Escapes text for an iCalendar TEXT value (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
	return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let size = 0;
	for (const char of line) {
		const bytes = encoder.encode(char).length;
		// The first line holds 75 octets; each continuation starts with a space, so 74 more.
		if (size + bytes > (parts.length === 0 ? 75 : 74)) {
			parts.push(current);
			current = '';
			size = 0;
		}
		current += char;
		size += bytes;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

function stamp(ms: number): string {
	return new Date(ms)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/** The iCalendar file for the plan's training days. Lines end in CRLF, as RFC 5545 requires. */
export function calendarFile(plan: CalendarPlan): string {
	if (plan.days.length === 0) throw new Error('calendarFile: no training days');
	const [hours, minutes] = plan.time.split(':');
	const days = [...new Set(plan.days)].sort((a, b) => a - b);
	// DTSTART falls on a training day, so the first occurrence is one the rule generates.
	let first = plan.from;
	while (!days.includes(weekday(first) as Weekday)) first++;
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Patella//Knee plan//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'BEGIN:VEVENT',
		`UID:${plan.uid}`,
		`DTSTAMP:${stamp(plan.now)}`,
		`SEQUENCE:${Math.floor(plan.now / 60_000) % 2_000_000_000}`,
		`DTSTART:${isoDate(first).replace(/-/g, '')}T${hours}${minutes}00`,
		`DURATION:PT${Math.max(1, Math.round(plan.minutes))}M`,
		`RRULE:FREQ=WEEKLY;BYDAY=${days.map((d) => BYDAY[d]).join(',')}`,
		`SUMMARY:${escapeText(plan.title)}`,
		`DESCRIPTION:${escapeText(`${plan.description}\n${plan.url}`)}`,
		`URL:${plan.url}`,
		'BEGIN:VALARM',
		'ACTION:DISPLAY',
		`DESCRIPTION:${escapeText(plan.title)}`,
		'TRIGGER:PT0M',
		'END:VALARM',
		'END:VEVENT',
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
