// The plan's set-up: where it hurts, which knee, warning signs, running now, usual morning pain and
// training days. Pure: validation of stored answers and the rules that decide whether a plan may be
// built, and on which path.
import { isRecord } from './check';

/** Where the knee hurts, in the runner's words. */
export type Where = 'kneecap' | 'tendon' | 'unsure';
/** Which knee. */
export type Knee = 'left' | 'right' | 'both';
/** How much the runner runs now. */
export type Running = 'none' | 'less' | 'usual';
/** The two paths a plan follows: patellofemoral pain, or patellar tendon pain. */
export type Path = 'kneecap' | 'tendon';
/** A day of the week: 0 for Monday to 6 for Sunday (as `weekday` in src/lib/history/days.ts). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The days' names, Monday first. */
export const WEEKDAYS = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
] as const;

/** Three days a week with a rest day between: what the set-up suggests (Ferber 2015's rhythm). */
export const SUGGESTED_DAYS: readonly Weekday[] = [0, 2, 4];

/**
 * Signs that need a doctor or physiotherapist before exercise: signs of another diagnosis or of
 * something serious (Crossley 2016 part 1; EVIDENCE.md). Each with why it matters, said on the page.
 */
export const WARNING_SIGNS = [
	{ id: 'swelling', label: 'Swelling', why: 'a swollen knee can mean damage inside the joint' },
	{
		id: 'locking',
		label: 'Locking or catching',
		why: 'a knee that locks or catches can mean a torn meniscus or a loose piece in the joint'
	},
	{
		id: 'giving-way',
		label: 'Giving way',
		why: 'a knee that gives way can mean a ligament injury or a kneecap that slips out of place'
	},
	{
		id: 'night-pain',
		label: 'Pain at night or at rest',
		why: 'pain that does not settle with rest is not the pain of overload'
	},
	{
		id: 'trauma',
		label: 'It started with a fall, twist or blow',
		why: 'pain after an injury needs the injury checked first'
	},
	{
		id: 'hot-knee',
		label: 'Fever, or a hot, red knee',
		why: 'a hot, red knee with or without fever can be an infection, which is urgent'
	},
	{
		id: 'growing',
		label: 'Under 16 and still growing',
		why: 'knee pain in a growing body has causes of its own (such as the growth plates)'
	}
] as const;

/** The id of a warning sign. */
export type WarningSign = (typeof WARNING_SIGNS)[number]['id'];

/** Everything the set-up asks. */
export interface Triage {
	where: Where;
	knee: Knee;
	warnings: WarningSign[];
	/** The runner ticked that a doctor or physiotherapist has cleared them to exercise. */
	cleared: boolean;
	running: Running;
	/** Usual knee pain on waking, 0 to 10, or null: then the first morning check gives it. */
	usualMorning: number | null;
	/** Training days, Monday first, no repeats. */
	days: Weekday[];
	/** When the calendar reminds the runner, `HH:MM` on a 24-hour clock. */
	reminder: string;
}

/** The answers a fresh set-up starts from: everything but where it hurts has a sensible default. */
export const DEFAULT_TRIAGE: Readonly<Omit<Triage, 'where'>> = Object.freeze({
	knee: 'both',
	warnings: [],
	cleared: false,
	running: 'less',
	usualMorning: null,
	days: [],
	reminder: '18:00'
});

/** The path for where it hurts: just below the kneecap is tendon pain; otherwise the kneecap path. */
export function pathFor(where: Where): Path {
	return where === 'tendon' ? 'tendon' : 'kneecap';
}

/** Whether the answers hold a warning sign the runner has not been cleared for. */
export function needsClinician(triage: Pick<Triage, 'warnings' | 'cleared'>): boolean {
	return triage.warnings.length > 0 && !triage.cleared;
}

/** What stops a plan being built from these answers, in words; empty when it can be built. */
export function problems(triage: Partial<Triage>): string[] {
	const found: string[] = [];
	if (triage.where === undefined) found.push('Choose where it hurts.');
	if (needsClinician({ warnings: triage.warnings ?? [], cleared: triage.cleared ?? false })) {
		found.push(
			'See a doctor or physiotherapist first, then tick that they have cleared you to exercise.'
		);
	}
	return found;
}

/** Training days as given, or the suggested three when none were picked; sorted, no repeats. */
export function trainingDays(days: readonly Weekday[]): Weekday[] {
	const chosen = days.length > 0 ? days : SUGGESTED_DAYS;
	return [...new Set(chosen)].sort((a, b) => a - b);
}

const WHERE: readonly Where[] = ['kneecap', 'tendon', 'unsure'];
const KNEE: readonly Knee[] = ['left', 'right', 'both'];
const RUNNING: readonly Running[] = ['none', 'less', 'usual'];
const SIGNS: readonly string[] = WARNING_SIGNS.map((sign) => sign.id);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function isWeekday(value: unknown): value is Weekday {
	return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 6;
}

/** Validates stored set-up answers: the answers, or undefined when any field is out of range. */
export function readTriage(raw: unknown): Triage | undefined {
	if (!isRecord(raw)) return undefined;
	const { where, knee, warnings, cleared, running, usualMorning, days, reminder } = raw;
	if (!WHERE.includes(where as Where) || !KNEE.includes(knee as Knee)) return undefined;
	if (!RUNNING.includes(running as Running) || typeof cleared !== 'boolean') return undefined;
	if (!Array.isArray(warnings) || !warnings.every((w) => SIGNS.includes(w as string))) {
		return undefined;
	}
	if (
		usualMorning !== null &&
		!(
			Number.isInteger(usualMorning) &&
			(usualMorning as number) >= 0 &&
			(usualMorning as number) <= 10
		)
	) {
		return undefined;
	}
	if (!Array.isArray(days) || days.length === 0 || !days.every(isWeekday)) return undefined;
	if (typeof reminder !== 'string' || !TIME.test(reminder)) return undefined;
	return {
		where: where as Where,
		knee: knee as Knee,
		warnings: [...new Set(warnings as WarningSign[])],
		cleared,
		running: running as Running,
		usualMorning: usualMorning as number | null,
		days: trainingDays(days),
		reminder
	};
}
