// The exercise library's model: what an exercise, a routine and a timeline segment are.
// Pure data types: nothing here imports Svelte, the DOM or any other part of the app.

/** What an exercise trains or prepares. */
export type Category =
	| 'strength'
	| 'stability'
	| 'isometric'
	| 'plyometric'
	| 'dynamic-stretch'
	| 'static-stretch'
	| 'aerobic';

/** Body areas, in the runner's words. The stretch picker groups these into its five areas. */
export const BODY_AREAS = [
	'hips',
	'glutes',
	'adductors',
	'quads',
	'hamstrings',
	'calves',
	'ankles',
	'core',
	'whole-body'
] as const;
export type BodyArea = (typeof BODY_AREAS)[number];

/** What the runner needs to hand. `none` means bodyweight on the floor. */
type Equipment = 'none' | 'band' | 'step' | 'wall' | 'chair';

/** Where the body is during an exercise: on the feet (a chair or step included), or down on the floor. */
export type Position = 'standing' | 'floor';

/** Left or right, for exercises done one side at a time. */
export type Side = 'left' | 'right';

/**
 * How an exercise is dosed. `reps` are paced: each rep takes `tempo` seconds, so a set has a
 * duration. `hold` is a static position (an isometric, a stretch); `timed` is continuous movement.
 * `rest` is the rest between sets, in seconds (0 for none).
 */
export type Dose =
	| { mode: 'reps'; sets: number; reps: number; tempo: number; rest: number }
	| { mode: 'hold'; sets: number; seconds: number; rest: number }
	| { mode: 'timed'; sets: number; seconds: number; rest: number };

/**
 * What kind of publication a source is. Only a trial (a randomised trial, or a controlled trial
 * with a published programme) can set an exercise's dose; the others frame a routine or a lesson.
 */
export type SourceKind =
	'trial' | 'trial-protocol' | 'consensus' | 'guideline' | 'meta-analysis' | 'review' | 'lab-study';

/** The kinds of source that can support an exercise's dose. */
export const DOSE_SOURCE_KINDS: readonly SourceKind[] = ['trial'];

/** A published source, cited by exercises, routines and lessons. */
export interface Source {
	id: string;
	kind: SourceKind;
	authors: string;
	title: string;
	journal: string;
	year: number;
	/** A DOI or PubMed link, shown as text with the citation. */
	link?: string;
}

/** One exercise of the library. */
export interface Exercise {
	id: string;
	name: string;
	category: Category;
	/** Main areas first; the first one is where the stretch picker files it. */
	areas: BodyArea[];
	muscles: string[];
	equipment: Equipment[];
	/** Done on one side, then the other. */
	perSide: boolean;
	/** Standing or on the floor: a change between exercises gets a longer get-ready. */
	position: Position;
	dose: Dose;
	/** One line: why a runner with sore knees does it. */
	why: string;
	/** 1 = gentle mobility, 2 = moderate, 3 = lively (drills); orders a warm-up from gentle to lively. */
	intensity: 1 | 2 | 3;
	instructions: string[];
	/** Two or three short cues; the player shows the first. */
	cues: string[];
	mistakes: string[];
	easier?: string;
	harder?: string;
	/**
	 * Ids of the trials whose programme used this exercise at about this dose. Empty only when the
	 * exercise is `general-conditioning`: ordinary strength, mobility or drill work no trial doses.
	 */
	sources: string[];
	basis: 'trial' | 'general-conditioning';
	/** A safety point shown with the instructions (a band's anchor, a kneeling knee). */
	caution?: string;
}

export type RoutineKind = 'strength' | 'warmup' | 'cooldown' | 'run';
export type Level = 'easy' | 'moderate' | 'hard';

/** What a routine mostly works on, for the filters on the routines page. */
export type Focus =
	'knee' | 'hips' | 'quads' | 'hamstrings' | 'calves' | 'tendon' | 'balance' | 'mobility';

/** One exercise in a routine, with anything that differs from the exercise's default dose. */
export interface RoutineItem {
	exercise: string;
	sets?: number;
	reps?: number;
	/** Seconds per rep, for `reps` exercises. */
	tempo?: number;
	/** Seconds of hold or movement, for `hold` and `timed` exercises. */
	seconds?: number;
	/** Rest between sets, in seconds. */
	rest?: number;
	/** A rep-based item whose sets wait for Done rather than a tempo (the builder's per-item choice). */
	selfPaced?: boolean;
}

/** A routine: an ordered list of exercises with their dosing. */
export interface Routine {
	id: string;
	name: string;
	kind: RoutineKind;
	/** One line: what this routine is for. */
	goal: string;
	level: Level;
	focus: Focus[];
	items: RoutineItem[];
	/** Rest between exercises, in seconds (0 for none). */
	restBetween: number;
	/** Ids of `Source`s: what supports the routine's make-up. Empty for general conditioning. */
	sources: string[];
	/** Set when no source supports the routine as such: ordinary conditioning or comfort work. */
	basis?: 'general-conditioning';
	/**
	 * How to use the routine, in the runner's words: how often and for how long, how hard, how to
	 * add load. Built-in routines fill it in; saved and shared ones may leave it out.
	 */
	howTo?: string[];
	/** Ids of lessons (`/learn/<id>`) worth reading before this routine. */
	lessons?: string[];
}

/**
 * What every segment holds: the UI contract's fields. Each kind below narrows them, so work-only
 * fields are numbers where they exist and `null` (never missing) where they do not.
 */
interface SegmentFields {
	/** What the player shows: the exercise's name for work, "Rest", "Switch sides", "Get ready". */
	label: string;
	/** A whole number of seconds, at least 1000. */
	durationMs: number;
}

/** One set (or one side of a set) of an exercise. */
export interface WorkSegment extends SegmentFields {
	kind: 'work';
	exerciseId: string;
	side: Side | null;
	set: number;
	sets: number;
	/** For a rep-based set: its reps, paced at `tempoMs` each; null for a hold or a timed set. */
	reps: number | null;
	tempoMs: number | null;
	/** Index of the routine item this segment belongs to. */
	item: number;
	/** Set (true) on the sets of a self-paced item: they wait for Done. Absent otherwise. */
	selfPaced?: true;
}

/** The change from the left side to the right within one set. */
export interface SwitchSegment extends SegmentFields {
	kind: 'switch';
	exerciseId: string;
	side: null;
	set: number;
	sets: number;
	reps: null;
	tempoMs: null;
	item: number;
}

/** "Get ready" before the first exercise, or a rest between sets and exercises. */
export interface PauseSegment extends SegmentFields {
	kind: 'prepare' | 'rest';
	exerciseId: null;
	side: null;
	set: null;
	sets: null;
	reps: null;
	tempoMs: null;
	item: null;
}

/** One step of what the player plays, exactly as the UI contract describes it. */
export type Segment = WorkSegment | SwitchSegment | PauseSegment;

/** A routine compiled for the player. */
export interface Timeline {
	segments: Segment[];
	totalMs: number;
}
