// The pain-monitoring model, stated once: every threshold the safety note, the check-in, the advice,
// the charts and the README use comes from here. Silbernagel et al. 2007 (Achilles tendinopathy) and
// Thomeé 1997 (patellofemoral pain): pain during exercise up to 5/10 is acceptable if it has settled
// by the next morning and does not rise from week to week; 0-2 is safe, 3-5 acceptable, above 5 too
// much. Pure functions: time and the time zone come in as arguments.
import { dayOf, weekStart } from './days';

/** The scale: whole numbers from 0 to 10. */
const PAIN_MIN = 0;
export const PAIN_MAX = 10;
/** Pain up to this is safe. */
export const SAFE_MAX = 2;
/** Pain up to this is acceptable; above it is too much. */
export const ACCEPTABLE_MAX = 5;

/** Where a score falls. */
export type PainZone = 'safe' | 'acceptable' | 'too-much';

/** Whether `value` is a score on the scale. */
export function isPainScore(value: unknown): value is number {
	return Number.isInteger(value) && (value as number) >= PAIN_MIN && (value as number) <= PAIN_MAX;
}

/** The zone of a score: 0-2 safe, 3-5 acceptable, above 5 too much. */
export function painZone(pain: number): PainZone {
	if (pain <= SAFE_MAX) return 'safe';
	if (pain <= ACCEPTABLE_MAX) return 'acceptable';
	return 'too-much';
}

/** Pain above 5: the next session is easier. */
export function tooMuch(pain: number): boolean {
	return painZone(pain) === 'too-much';
}

/** The zone in the runner's words. */
const ZONE_WORDS: Record<PainZone, string> = {
	safe: 'safe',
	acceptable: 'acceptable',
	'too-much': 'too much'
};

/** The words shown at the scale's anchors. */
export const ANCHORS: ReadonlyMap<number, string> = /* @__PURE__ */ new Map([
	[0, 'none'],
	[3, 'mild'],
	[5, 'moderate'],
	[8, 'severe']
]);

/** The scale's choices, 0 to 10, each with its anchor's word if it has one. */
export const SCALE: readonly { value: number; words: string }[] = /* @__PURE__ */ Array.from(
	{ length: PAIN_MAX - PAIN_MIN + 1 },
	(_, i) => ({ value: PAIN_MIN + i, words: ANCHORS.get(PAIN_MIN + i) ?? '' })
);

/** A score in words: "4 out of 10, acceptable". */
export function painWords(pain: number): string {
	return `${pain} out of ${PAIN_MAX}, ${ZONE_WORDS[painZone(pain)]}`;
}

/**
 * A morning worse than usual: the next session is easier. `usual` is the runner's usual morning (the
 * first morning check, or the plan set-up's answer); equal is not worse.
 */
export function morningWorse(morning: number, usual: number): boolean {
	return morning > usual;
}

/** The runner's usual morning: the plan's answer if given, else the first morning check. */
export function usualMorning(
	mornings: readonly { at: number; pain: number }[],
	planAnswer?: number | null
): number | null {
	if (planAnswer !== undefined && planAnswer !== null) return planAnswer;
	let first: { at: number; pain: number } | undefined;
	for (const m of mornings) if (!first || m.at < first.at) first = m;
	return first?.pain ?? null;
}

/** A pain score at a time. */
export interface Scored {
	at: number;
	pain: number;
}

/** The average pain of each calendar week (Monday first) that holds a score, oldest first. */
export function weeklyAverages(
	scores: readonly Scored[],
	zone?: string
): { week: number; average: number; count: number }[] {
	const weeks = new Map<number, { sum: number; count: number }>();
	for (const { at, pain } of scores) {
		const week = weekStart(dayOf(at, zone));
		const entry = weeks.get(week) ?? { sum: 0, count: 0 };
		entry.sum += pain;
		entry.count++;
		weeks.set(week, entry);
	}
	return [...weeks.entries()]
		.sort(([a], [b]) => a - b)
		.map(([week, { sum, count }]) => ({ week, average: sum / count, count }));
}

/**
 * Rising: the weekly average went up two weeks running (three calendar weeks in a row, each higher
 * than the one before), ending in the week of the latest score, and that week is above the safe zone.
 * Three sessions that go 0, 1, 2 are not rising.
 */
export function risingWeekly(scores: readonly Scored[], zone?: string): boolean {
	const weeks = weeklyAverages(scores, zone);
	if (weeks.length < 3) return false;
	const [a, b, c] = weeks.slice(-3) as [(typeof weeks)[0], (typeof weeks)[0], (typeof weeks)[0]];
	const consecutive = b.week - a.week === 7 && c.week - b.week === 7;
	return consecutive && a.average < b.average && b.average < c.average && c.average > SAFE_MAX;
}

/**
 * "This hurts" in the player. Our choice, not a source's: the advice then goes easier, as after a
 * session scored above the acceptable range. The words say only what the model's sources say about
 * pain during exercise (up to ACCEPTABLE_MAX is acceptable) and what the safety note says (stop on
 * sharp pain); they do not claim the runner's pain was above the range.
 */
export const HURT_ADVICE = `You said this hurts. Pain up to ${ACCEPTABLE_MAX} out of ${PAIN_MAX} is acceptable during exercise; pain above that, or sharp pain, is the signal to ease off.`;

/** Days within which a second session with too much pain means: see a clinician. */
export const CLINICIAN_WINDOW_DAYS = 7;
/** Weeks of sessions without improvement after which to see a clinician. */
export const NO_IMPROVEMENT_WEEKS = 6;

const DAY_MS = 86_400_000;

/** Why the model says to see a doctor or physiotherapist. */
export type ClinicianReason = 'too-much-twice' | 'no-improvement';

/** The reason in words, said once with the advice and kept on History. */
export const CLINICIAN_WORDS: Record<ClinicianReason, string> = {
	'too-much-twice': `Pain above ${ACCEPTABLE_MAX} out of 10 in two sessions within ${CLINICIAN_WINDOW_DAYS} days, despite backing off.`,
	'no-improvement': `No improvement after ${NO_IMPROVEMENT_WEEKS} weeks of sessions.`
};

/**
 * Whether the scores up to and including the latest say to see a clinician, and why: pain above 5
 * in the latest session and in another within the 7 days before it; or, with at least 6 weeks from
 * the first score to the latest, the last 7 days' average no lower than the first 7 days' and
 * still above the safe zone.
 */
export function clinicianReason(scores: readonly Scored[]): ClinicianReason | null {
	if (scores.length === 0) return null;
	const ordered = [...scores].sort((a, b) => a.at - b.at);
	const latest = ordered.at(-1)!;
	if (tooMuch(latest.pain)) {
		const earlier = ordered.slice(0, -1);
		if (earlier.some((s) => tooMuch(s.pain) && latest.at - s.at <= CLINICIAN_WINDOW_DAYS * DAY_MS))
			return 'too-much-twice';
	}
	const first = ordered[0]!;
	if (latest.at - first.at >= NO_IMPROVEMENT_WEEKS * 7 * DAY_MS) {
		const average = (list: Scored[]) => list.reduce((sum, s) => sum + s.pain, 0) / list.length;
		const start = average(ordered.filter((s) => s.at - first.at < 7 * DAY_MS));
		const end = average(ordered.filter((s) => latest.at - s.at < 7 * DAY_MS));
		if (end >= start && end > SAFE_MAX) return 'no-improvement';
	}
	return null;
}

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

/** The warning signs in the runner's words, for a sentence. */
export const WARNING_SIGN_WORDS: readonly string[] = /* @__PURE__ */ WARNING_SIGNS.map((sign) =>
	sign.label.toLowerCase()
);

/**
 * Pain at or below this in the last check-ins lets a stage move up, and a tendon stage be entered
 * (Breda 2021; the contract's gating rule): the bottom of the acceptable range.
 */
export const PROGRESS_MAX = 3;

/** Running-load advice after pain following a pre-run warm-up: the pain is about the run. */
export const RUNNING_LOAD = {
	/** Shorter steps: about 10 % shorter, so a step rate about 10 % higher at the same pace. */
	stepRateIncrease: 0.1,
	advice: [
		'Run shorter and slower for now, on flat ground.',
		'Take shorter, quicker steps: about 10 % more steps a minute at the same pace.',
		'Build back up only while the knee stays settled the next morning.'
	]
} as const;

/**
 * The sources of the model, by their id in `routines/sources.ts` (a test checks each is there), cited
 * in the app and the README. Ids, not the records, so that pages giving advice do not load every source.
 */
export const PAIN_MODEL_SOURCE_IDS = [
	'silbernagel-2007',
	'thomee-1997',
	'willson-2014',
	'esculier-2018'
] as const;
