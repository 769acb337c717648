// The pre-run stretch picker's rules: its five body areas, what a chosen drill costs in time, the Fit
// algorithm that builds a warm-up for a time budget, presets, and the selection -> routine builder.
// Pure: time comes from the timeline compiler, so the picker's total is what the player plays.
// The library stays out: the warm-up page hands its own drills (prerendered data) to these.
import { compileRoutine, PREPARE_SECONDS } from './timeline';
import type { BodyArea, Exercise, Focus, Routine, RoutineItem } from './types';

/** What the picker reads of a drill: the warm-up page's data carries just these (and more to show). */
export type Drill = Pick<
	Exercise,
	'id' | 'name' | 'category' | 'areas' | 'perSide' | 'position' | 'dose' | 'intensity'
>;

/** Looks a drill (or any exercise) up by id. */
export type DrillLookup = (id: string) => Drill | undefined;

/** The picker's five areas, in the order it shows them. */
export type PickerArea = 'hips' | 'quads' | 'hamstrings' | 'calves' | 'whole-body';

export const PICKER_AREAS: readonly PickerArea[] = [
	'hips',
	'quads',
	'hamstrings',
	'calves',
	'whole-body'
];

/** The areas a warm-up covers before it repeats one (whole body is a bonus, not a must). */
export const MAIN_AREAS: readonly PickerArea[] = ['hips', 'quads', 'hamstrings', 'calves'];

/** The areas in the runner's words. */
export const AREA_LABELS: Record<PickerArea, string> = {
	hips: 'Hips',
	quads: 'Quads',
	hamstrings: 'Hamstrings',
	calves: 'Calves and ankles',
	'whole-body': 'Whole body'
};

const AREA_OF: Record<BodyArea, PickerArea> = {
	hips: 'hips',
	glutes: 'hips',
	adductors: 'hips',
	quads: 'quads',
	hamstrings: 'hamstrings',
	calves: 'calves',
	ankles: 'calves',
	'whole-body': 'whole-body',
	core: 'whole-body'
};

/** Seconds between two drills of a warm-up: time to move into the next one, no real rest. */
export const WARMUP_TRANSITION_SECONDS = 5;

/** The id of the picker's working selection, playable at `/play/warm-up`. */
export const DRAFT_ID = 'warm-up';

/** Where the picker files an exercise: the picker area of its first body area. */
export function pickerArea(exercise: Pick<Exercise, 'areas'>): PickerArea {
	return AREA_OF[exercise.areas[0] ?? 'whole-body'];
}

/** The drills the picker offers: every dynamic stretch of `all` (static holds are for after). */
export function warmupDrills<T extends Drill>(all: readonly T[]): T[] {
	return all.filter((e) => e.category === 'dynamic-stretch');
}

/**
 * Names in alphabetical order, case aside: for the library's plain English names the same order as
 * `localeCompare`, without starting the browser's collator, whose first use cost the warm-up page a
 * visible pause on a phone (about 40 ms of a desktop's CPU).
 */
function byName(a: Drill, b: Drill): number {
	const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
	return x < y ? -1 : x > y ? 1 : 0;
}

/** The drills grouped by picker area, in the picker's order, each group gentle to lively. */
export function drillsByArea<T extends Drill>(
	drills: readonly T[]
): { area: PickerArea; label: string; drills: T[] }[] {
	return PICKER_AREAS.map((area) => ({
		area,
		label: AREA_LABELS[area],
		drills: drills
			.filter((d) => pickerArea(d) === area)
			.sort((a, b) => a.intensity - b.intensity || byName(a, b))
	})).filter((group) => group.drills.length > 0);
}

// ---- The stepper -----------------------------------------------------------------------------

/** What one press of a drill's stepper changes: seconds for timed drills, reps for paced ones. */
export interface Stepper {
	unit: 'seconds' | 'reps';
	step: number;
	min: number;
	max: number;
}

/**
 * A drill's stepper. Timed drills step by 5 s (10 s to 2 min). Rep drills step by reps, because
 * the player counts them: by 2 for quick reps, by 1 for slow ones (5 s or more a rep).
 */
export function stepperFor(exercise: Pick<Drill, 'dose'>): Stepper {
	const dose = exercise.dose;
	if (dose.mode !== 'reps') return { unit: 'seconds', step: 5, min: 10, max: 120 };
	const step = dose.tempo >= 5 ? 1 : 2;
	return { unit: 'reps', step, min: step * 2, max: 40 };
}

/** A chosen drill with its default dose written out (reps or seconds), ready for the stepper. */
export function defaultItem(exercise: Pick<Drill, 'id' | 'dose'>): RoutineItem {
	const dose = exercise.dose;
	return dose.mode === 'reps'
		? { exercise: exercise.id, reps: dose.reps }
		: { exercise: exercise.id, seconds: dose.seconds };
}

/** The value the stepper shows for an item: its reps or its seconds. */
export function stepperValue(item: RoutineItem, exercise: Pick<Drill, 'dose'>): number {
	const dose = exercise.dose;
	return dose.mode === 'reps' ? (item.reps ?? dose.reps) : (item.seconds ?? dose.seconds);
}

/** The item with its stepper moved by `steps` presses (negative for shorter), kept in range. */
export function stepItem(
	item: RoutineItem,
	exercise: Pick<Drill, 'dose'>,
	steps: number
): RoutineItem {
	const stepper = stepperFor(exercise);
	const value = stepperValue(item, exercise) + steps * stepper.step;
	const clamped = Math.min(stepper.max, Math.max(stepper.min, value));
	return stepper.unit === 'reps' ? { ...item, reps: clamped } : { ...item, seconds: clamped };
}

// ---- Time ------------------------------------------------------------------------------------

/** The routine a selection plays: a warm-up with a short transition between drills. */
export function buildWarmup(
	items: readonly RoutineItem[],
	lookup: DrillLookup,
	meta: { id?: string; name?: string } = {}
): Routine {
	const focus = new Set<Focus>();
	for (const item of items) {
		const exercise = lookup(item.exercise);
		const area = exercise ? pickerArea(exercise) : undefined;
		if (area && area !== 'whole-body') focus.add(area);
	}
	focus.add('mobility');
	const count = items.length;
	return {
		id: meta.id ?? DRAFT_ID,
		name: meta.name ?? 'Your warm-up',
		kind: 'warmup',
		goal: `Your own pre-run warm-up: ${count} dynamic ${count === 1 ? 'drill' : 'drills'}, gentle to lively.`,
		level: 'easy',
		focus: [...focus],
		items: items.map((item) => ({ ...item })),
		restBetween: WARMUP_TRANSITION_SECONDS,
		sources: ['behm-2011', 'simic-2013']
	};
}

/**
 * What a selection takes to play, in ms, exactly as the player plays it ("Get ready", both sides of a
 * per-side drill with the switch between, the transitions). 0 for an empty selection.
 */
export function selectionMs(items: readonly RoutineItem[], lookup: DrillLookup): number {
	if (items.length === 0) return 0;
	return compileRoutine(buildWarmup(items, lookup), lookup).totalMs;
}

/** What one item takes on its own (both sides and the switch for a per-side drill), in ms. */
export function itemMs(item: RoutineItem, lookup: DrillLookup): number {
	return selectionMs([item], lookup) - PREPARE_SECONDS * 1000;
}

// ---- Fit -------------------------------------------------------------------------------------

/** A starting point for the picker: a budget and whether spare time goes to lively drills. */
export interface Preset {
	id: string;
	/** The kind of run it warms up for: "Easy run". */
	name: string;
	minutes: number;
	lively: boolean;
}

export const PRESETS: readonly Preset[] = [
	{ id: 'easy-run', name: 'Easy run', minutes: 5, lively: false },
	{ id: 'long-run', name: 'Long run', minutes: 8, lively: false },
	{ id: 'speed-session', name: 'Speed session', minutes: 10, lively: true }
];

export interface FitOptions {
	/** Spend time left after the first round on lively drills first (a speed session). */
	lively?: boolean;
}

export interface FitResult {
	/** The chosen drills with their default dose, gentle to lively. */
	items: RoutineItem[];
	/** What they take to play, in ms (never more than the budget). */
	totalMs: number;
	/** Main areas the warm-up covers, and those it could not fit. */
	covered: PickerArea[];
	missing: PickerArea[];
	/** Null when all is well; else one sentence saying why the warm-up is short of areas. */
	message: string | null;
}

interface Candidate {
	exercise: Drill;
	area: PickerArea;
	/** The item's own time, in ms. */
	cost: number;
}

/** Words for a list: "hips, quads and calves". */
function list(words: string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "5 min", "2.5 min". */
function minutesText(minutes: number): string {
	return `${Math.round(minutes * 10) / 10} min`;
}

/**
 * Picks a warm-up that fits in `budgetMinutes`. First one drill for each main area (the cheapest,
 * so short budgets cover as many areas as they can), then a whole-body drill, then further drills
 * area by area in rounds, never repeating an area before every main area is in. The result is
 * ordered gentle to lively and never plays longer than the budget; the same input gives the same
 * warm-up. When the budget is too short for one drill per main area, `message` says so.
 */
export function fitWarmup(
	budgetMinutes: number,
	drills: readonly Drill[],
	lookup: DrillLookup,
	options: FitOptions = {}
): FitResult {
	const budgetMs = Number.isFinite(budgetMinutes)
		? Math.max(0, Math.floor(budgetMinutes * 60)) * 1000
		: 0;
	const transitionMs = WARMUP_TRANSITION_SECONDS * 1000;
	const prepareMs = PREPARE_SECONDS * 1000;

	const candidates: Candidate[] = drills
		.filter((d) => lookup(d.id) === d)
		.map((exercise) => ({
			exercise,
			area: pickerArea(exercise),
			cost: itemMs(defaultItem(exercise), lookup)
		}));
	const byId = (a: Candidate, b: Candidate) =>
		a.exercise.id < b.exercise.id ? -1 : a.exercise.id > b.exercise.id ? 1 : 0;
	const cheapest = (a: Candidate, b: Candidate) =>
		a.cost - b.cost || a.exercise.intensity - b.exercise.intensity || byId(a, b);
	const preferred = (a: Candidate, b: Candidate) =>
		(options.lively
			? b.exercise.intensity - a.exercise.intensity
			: a.exercise.intensity - b.exercise.intensity) ||
		a.cost - b.cost ||
		byId(a, b);

	const chosen: Candidate[] = [];
	let used = prepareMs;
	const tryAdd = (c: Candidate): boolean => {
		const extra = c.cost + (chosen.length > 0 ? transitionMs : 0);
		if (chosen.includes(c) || used + extra > budgetMs) return false;
		chosen.push(c);
		used += extra;
		return true;
	};
	const inArea = (area: PickerArea) => candidates.filter((c) => c.area === area);

	// Round one: the preferred drill of each main area when they all fit; else the cheapest of each,
	// cheapest area first, so that a short budget covers as many areas as it can.
	const firstOf = (order: (a: Candidate, b: Candidate) => number) =>
		MAIN_AREAS.map((area) => inArea(area).sort(order)[0]).filter(
			(c): c is Candidate => c !== undefined
		);
	const lengthOf = (set: Candidate[]) =>
		prepareMs +
		set.reduce((sum, c) => sum + c.cost, 0) +
		Math.max(0, set.length - 1) * transitionMs;
	const favourites = firstOf(preferred);
	const firsts = firstOf(cheapest);
	const roundOne = lengthOf(favourites) <= budgetMs ? favourites : firsts;
	for (const c of [...roundOne].sort(cheapest)) tryAdd(c);
	const covered = MAIN_AREAS.filter((area) => chosen.some((c) => c.area === area));
	const missing = MAIN_AREAS.filter((area) => !covered.includes(area));

	// Then a whole-body drill, a new area rather than a repeat.
	for (const c of inArea('whole-body').sort(preferred)) if (tryAdd(c)) break;

	// Then, only once every main area is in, more drills area by area, round after round.
	if (missing.length === 0) {
		let added = true;
		while (added) {
			added = false;
			for (const area of PICKER_AREAS) {
				for (const c of inArea(area).sort(preferred)) {
					if (tryAdd(c)) {
						added = true;
						break;
					}
				}
			}
		}
	}

	const picked = chosen
		.map((c, order) => ({ c, order }))
		.sort(
			(a, b) =>
				a.c.exercise.intensity - b.c.exercise.intensity ||
				PICKER_AREAS.indexOf(a.c.area) - PICKER_AREAS.indexOf(b.c.area) ||
				a.order - b.order
		)
		.map(({ c }) => c);
	const items = picked.map((c) => defaultItem(c.exercise));

	let message: string | null = null;
	const possible = MAIN_AREAS.filter((area) => inArea(area).length > 0);
	const short = missing.filter((area) => possible.includes(area));
	if (short.length > 0) {
		const need = `${Math.ceil(lengthOf(firsts) / 60000)} min`;
		const budget = minutesText(budgetMs / 60000);
		const names = short.map((area) =>
			area === 'calves' ? 'calves' : AREA_LABELS[area].toLowerCase()
		);
		message =
			items.length === 0
				? `${budget} is too short for any drill. Give it at least ${need} to warm up every area.`
				: `${budget} is too short for one drill per area, so this leaves out ${list(names)}. ${need} covers them all.`;
	}

	return { items, totalMs: selectionMs(items, lookup), covered, missing: short, message };
}

// ---- The selection ---------------------------------------------------------------------------

/** The selection with the drill added at the end (default dose), or removed if it was chosen. */
export function toggleDrill(
	items: readonly RoutineItem[],
	exercise: Pick<Drill, 'id' | 'dose'>
): RoutineItem[] {
	return items.some((i) => i.exercise === exercise.id)
		? items.filter((i) => i.exercise !== exercise.id)
		: [...items, defaultItem(exercise)];
}

/** Whether the picker can edit this routine: a warm-up made only of the picker's drills. */
export function isPickerRoutine(routine: Routine, lookup: DrillLookup): boolean {
	return (
		routine.kind === 'warmup' &&
		routine.items.every((item) => lookup(item.exercise)?.category === 'dynamic-stretch')
	);
}
