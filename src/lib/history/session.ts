// One session played, as the history keeps it, and what it honestly says: completed, partly done or
// ended early, how many sets, whether it counts. Pure types and functions; storage validates them.

/** How the runner rated the effort of a session. */
export type Effort = 'easy' | 'right' | 'hard';

/** One exercise of a session: the sets and the work time actually played. */
export interface ExerciseDone {
	exerciseId: string | null;
	name: string;
	/** Sets whose every work segment ran to its end, and the sets planned. */
	setsDone: number;
	sets: number;
	/** Work time played, and planned, in ms. */
	workMs: number;
	plannedMs: number;
}

/** How the knee felt the morning after: pain 0 to 10, or null when the runner skipped the question. */
export interface Morning {
	pain: number | null;
	/** When it was answered (ms since the epoch). */
	at: number;
}

/** What the runner chose after pressing "This hurts": the easier variant, skip the exercise, or end. */
export type HurtAction = 'swap' | 'skip' | 'end';

/** One press of "This hurts" and what the runner chose, as the session record keeps it. */
export interface HurtChoice {
	action: HurtAction;
	/** The exercise that hurt. */
	exerciseId: string;
	name: string;
	/** For a swap: the easier variant played instead for the rest of the session. */
	easierId?: string;
	easierName?: string;
	/** The timeline segment it was chosen in (a swap applies from there on). */
	segment: number;
}

/** One choice in words, for History and the advice: "Swapped Lunge for Step-up". */
export function hurtWords(choice: HurtChoice): string {
	if (choice.action === 'swap')
		return `Swapped ${choice.name} for ${choice.easierName ?? 'an easier variant'}`;
	return choice.action === 'skip' ? `Skipped ${choice.name}` : `Ended during ${choice.name}`;
}

/** One session played, as listed on /history. */
export interface Session {
	id: string;
	routineId: string;
	routineName: string;
	/** Ms since the epoch. */
	startedAt: number;
	/** Time actually played, in ms (skipped stretches do not count). */
	durationMs: number;
	/** True only when every work segment ran to its end. */
	completed: boolean;
	/** Knee pain during the session from 0 to 10, or null when not recorded. */
	pain: number | null;
	effort: Effort | null;
	note: string;
	/** Per exercise, what was played. Absent in records made before the honest record. */
	exercises?: ExerciseDone[];
	/** Stopped with End, or left and gone stale, before the routine's end. */
	endedEarly?: boolean;
	/** The morning after, once asked. */
	morning?: Morning;
	/** Each "This hurts" and what was chosen (absent when never pressed, and in older records). */
	hurt?: HurtChoice[];
}

/** What History says of a session. */
export type SessionStatus = 'completed' | 'partial' | 'ended-early';

/** Completed only when every work segment ran to its end; else ended early (End) or partly done. */
export function sessionStatus(session: Session): SessionStatus {
	if (session.completed) return 'completed';
	return session.endedEarly === false ? 'partial' : 'ended-early';
}

/** The words History shows for a status. */
export const STATUS_WORDS: Record<SessionStatus, string> = {
	completed: 'Completed',
	partial: 'Partly done',
	'ended-early': 'Ended early'
};

/** Sets done and planned over the whole session, or null for a record without them. */
export function setsOf(session: Session): { done: number; of: number } | null {
	if (!session.exercises || session.exercises.length === 0) return null;
	let done = 0;
	let of = 0;
	for (const e of session.exercises) {
		done += e.setsDone;
		of += e.sets;
	}
	return { done, of };
}

/** Below this share of the planned work time played, a session counts for nothing. */
const MIN_WORK_SHARE = 0.5;

/**
 * Whether a session counts toward the week and toward moving on: at least half its planned work was
 * played. A record from before the honest record counts when it was completed.
 */
export function counts(session: Session): boolean {
	if (!session.exercises || session.exercises.length === 0) return session.completed;
	let work = 0;
	let planned = 0;
	for (const e of session.exercises) {
		work += e.workMs;
		planned += e.plannedMs;
	}
	return planned > 0 && work >= planned * MIN_WORK_SHARE;
}
