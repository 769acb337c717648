// A plan: the set-up's answers and the stages the runner has moved through. Which stage the runner is
// in is stored (it changes on the runner's say-so or when the pain model says back off); everything
// else (what is left to earn the next stage, the walk-run step, this week) is derived from the
// sessions, so it can never disagree with the history. Pure: time comes in as an argument.
import { dayOf } from '$lib/history/days';
import { isRecord, isTime } from './check';
import { MOVE_UP_MAX, morningWorse, tooMuch } from './pain';
import { STAGES, type Stage } from './stages';
import { pathFor, readTriage, type Path, type Triage } from './triage';

/** At least this many days in a stage before it moves up. */
export const MIN_DAYS = 14;
/** At least this many sessions of a stage before it moves up. */
export const MIN_SESSIONS = 5;
/** The last this-many check-ins must all be at `MOVE_UP_MAX` or less. */
export const LAST_CHECK_INS = 3;
/** Each walk-run step is done at least this many times, within the pain limits, before the next. */
export const STEP_REPEATS = 2;
/** A second back-off within this many days of the first moves the plan down a stage. */
const DOWN_WINDOW_DAYS = 14;

/** Why a plan entered a stage. */
export type MoveReason = 'start' | 'up' | 'down' | 'easier';

/** Entering a stage: when, why, and the morning pain it started from (null when unknown). */
export interface Move {
	stage: number;
	at: number;
	why: MoveReason;
	morning: number | null;
}

/** A runner's plan. `moves` is never empty: the first is the start. */
export interface Plan {
	triage: Triage;
	createdAt: number;
	moves: Move[];
}

/** What the plan needs to know of a session (see ./sessions.ts for the record's adapter). */
export interface PlanSession {
	at: number;
	routineId: string;
	/** Enough of it was done to count as a session. */
	counts: boolean;
	/** Knee pain during the session, or null without a check-in. */
	pain: number | null;
	/** Knee pain the next morning, or null when not asked or skipped. */
	morning: number | null;
}

/** The path of a plan. */
export function planPath(plan: Plan): Path {
	return pathFor(plan.triage.where);
}

/** The stages of a plan's path. */
export function planStages(plan: Plan): readonly Stage[] {
	return STAGES[planPath(plan)];
}

/** The move into the stage the runner is in now. */
export function currentMove(plan: Plan): Move {
	return plan.moves.at(-1)!;
}

/** The runner's usual morning pain: the set-up's answer, else the first morning check, else null. */
export function usualMorning(plan: Plan, sessions: readonly PlanSession[]): number | null {
	if (plan.triage.usualMorning !== null) return plan.triage.usualMorning;
	let first: PlanSession | undefined;
	for (const s of sessions) if (s.morning !== null && (!first || s.at < first.at)) first = s;
	return first?.morning ?? null;
}

/**
 * The morning a new stage is judged against: the last morning before it began, never above the
 * runner's usual morning (a stage entered after a bad morning is not judged by that morning).
 */
function baselineAt(plan: Plan, sessions: readonly PlanSession[], at: number): number | null {
	const usual = usualMorning(plan, sessions);
	let last: PlanSession | undefined;
	for (const s of sessions) {
		if (s.morning !== null && s.at < at && (!last || s.at > last.at)) last = s;
	}
	const before = last?.morning ?? null;
	if (before === null) return usual;
	return usual === null ? before : Math.min(before, usual);
}

/** Creates a plan from answers the set-up accepted, at `now`, starting in the first stage. */
export function createPlan(triage: Triage, now: number): Plan {
	return {
		triage,
		createdAt: now,
		moves: [{ stage: 0, at: now, why: 'start', morning: triage.usualMorning }]
	};
}

/** Moves a plan to `stage` at `now`, for `why`, judged from then on against the morning before. */
export function moveTo(
	plan: Plan,
	stage: number,
	why: MoveReason,
	sessions: readonly PlanSession[],
	now: number
): Plan {
	const last = planStages(plan).length - 1;
	const to = Math.max(0, Math.min(last, stage));
	const morning = baselineAt(plan, sessions, now);
	return { ...plan, moves: [...plan.moves, { stage: to, at: now, why, morning }] };
}

/** A signal from the pain model to back off: pain above 5 during a session, or a worse morning. */
interface BackOff {
	at: number;
	why: 'pain' | 'morning';
	pain: number;
}

/** The sessions of routines in `stage` since `since` (exclusive), that count, oldest first. */
function stageSessions(
	sessions: readonly PlanSession[],
	stage: Stage,
	since: number
): PlanSession[] {
	return sessions
		.filter((s) => s.counts && s.at >= since && stage.routines.includes(s.routineId))
		.sort((a, b) => a.at - b.at);
}

/** The back-off signals among these sessions, judged against `baseline` mornings. */
function backOffs(sessions: readonly PlanSession[], baseline: number | null): BackOff[] {
	const found: BackOff[] = [];
	for (const s of sessions) {
		if (s.pain !== null && tooMuch(s.pain)) found.push({ at: s.at, why: 'pain', pain: s.pain });
		else if (s.morning !== null && baseline !== null && morningWorse(s.morning, baseline)) {
			found.push({ at: s.at, why: 'morning', pain: s.morning });
		}
	}
	return found;
}

/** Where a walk-run stage stands: the step to do next and how it got there. */
export interface WalkRun {
	/** Index into the stage's steps. */
	step: number;
	steps: number;
	/** Sessions at this step that stayed within the pain limits, session and next morning. */
	good: number;
	/** The last step was done `STEP_REPEATS` times within the limits: back to easy running. */
	finished: boolean;
}

/**
 * The walk-run step from the sessions of the stage, oldest first: a step moves up after
 * `STEP_REPEATS` sessions with pain at `MOVE_UP_MAX` or less and a next morning no worse than
 * usual; pain above 5 or a worse morning moves back a step; pain of 4 or 5 repeats the step. A
 * session still waiting for its morning counts for neither.
 */
export function walkRun(
	sessions: readonly PlanSession[],
	steps: readonly string[],
	baseline: number | null
): WalkRun {
	let step = 0;
	let good = 0;
	let finished = false;
	for (const s of sessions) {
		if (s.routineId !== steps[step]) continue;
		const painBad = s.pain !== null && tooMuch(s.pain);
		const morningBad = s.morning !== null && baseline !== null && morningWorse(s.morning, baseline);
		if (painBad || morningBad) {
			step = Math.max(0, step - 1);
			good = 0;
			finished = false;
		} else if (s.pain !== null && s.pain <= MOVE_UP_MAX && s.morning !== null) {
			good++;
			if (good >= STEP_REPEATS) {
				if (step < steps.length - 1) {
					step++;
					good = 0;
				} else finished = true;
			}
		}
	}
	return { step, steps: steps.length, good, finished };
}

/** Where the runner stands in the current stage, and what is left to earn the next. */
export interface StageStatus {
	/** Index of the current stage, and how many the path has. */
	stage: number;
	of: number;
	/** When the count toward moving up began: the stage's start, or the last back-off after it. */
	since: number;
	/** The latest back-off signal in this stage, which restarted the count; null when none. */
	backOff: BackOff | null;
	/** The morning this stage is judged against. */
	baseline: number | null;
	sessions: number;
	days: number;
	sessionsLeft: number;
	daysLeft: number;
	/** The latest check-ins (up to `LAST_CHECK_INS`), oldest first. */
	checkIns: number[];
	checkInsOk: boolean;
	morningsOk: boolean;
	/** All of the above: the button to move up shows. Never for the last stage. */
	earned: boolean;
	/** For the return to running: the step. */
	walkRun: WalkRun | null;
}

/** The current stage's status at `now` (in the runner's time zone, or `zone`). */
export function stageStatus(
	plan: Plan,
	sessions: readonly PlanSession[],
	now: number,
	zone?: string
): StageStatus {
	const stages = planStages(plan);
	const move = currentMove(plan);
	const stage = stages[move.stage]!;
	const baseline = move.morning ?? usualMorning(plan, sessions);
	const mine = stageSessions(sessions, stage, move.at);
	const signals = backOffs(mine, baseline);
	const backOff = signals.at(-1) ?? null;
	const since = backOff?.at ?? move.at;
	// The session that gave the signal is the last one before the count starts again.
	const counted = backOff ? mine.filter((s) => s.at > backOff.at) : mine;
	const days = dayOf(now, zone) - dayOf(since, zone);
	const checkIns = counted
		.filter((s) => s.pain !== null)
		.slice(-LAST_CHECK_INS)
		.map((s) => s.pain!);
	const checkInsOk = checkIns.length >= LAST_CHECK_INS && checkIns.every((p) => p <= MOVE_UP_MAX);
	const morningsOk = !counted.some(
		(s) => s.morning !== null && baseline !== null && morningWorse(s.morning, baseline)
	);
	const sessionsLeft = Math.max(0, MIN_SESSIONS - counted.length);
	const daysLeft = Math.max(0, MIN_DAYS - days);
	const last = move.stage === stages.length - 1;
	return {
		stage: move.stage,
		of: stages.length,
		since,
		backOff,
		baseline,
		sessions: counted.length,
		days,
		sessionsLeft,
		daysLeft,
		checkIns,
		checkInsOk,
		morningsOk,
		earned: !last && sessionsLeft === 0 && daysLeft === 0 && checkInsOk && morningsOk,
		walkRun: stage.kind === 'run' ? walkRun(mine, stage.routines, baseline) : null
	};
}

/**
 * The plan after the pain model has had its say: a second back-off within `DOWN_WINDOW_DAYS` of
 * another, in the same stage, moves the plan down a stage (the first only starts the stage's count
 * again). Returns the same object when nothing changes, so a caller can tell.
 */
export function reconcile(plan: Plan, sessions: readonly PlanSession[], zone?: string): Plan {
	const move = currentMove(plan);
	if (move.stage === 0) return plan;
	const stage = planStages(plan)[move.stage]!;
	if (stage.kind === 'run') return plan; // the walk-run steps back off step by step instead
	const baseline = move.morning ?? usualMorning(plan, sessions);
	const signals = backOffs(stageSessions(sessions, stage, move.at), baseline);
	for (let i = 1; i < signals.length; i++) {
		const gap = dayOf(signals[i]!.at, zone) - dayOf(signals[i - 1]!.at, zone);
		if (gap <= DOWN_WINDOW_DAYS) {
			// Entered just after the second signal, so that session does not count against the new stage.
			return moveTo(plan, move.stage - 1, 'down', sessions, signals[i]!.at + 1);
		}
	}
	return plan;
}

/** What is left to earn the next stage, in words: "2 more sessions, 4 more days". */
export function leftToEarn(status: StageStatus): string {
	const parts: string[] = [];
	if (status.sessionsLeft > 0) {
		parts.push(`${status.sessionsLeft} more session${status.sessionsLeft === 1 ? '' : 's'}`);
	}
	if (status.daysLeft > 0) {
		parts.push(`${status.daysLeft} more day${status.daysLeft === 1 ? '' : 's'}`);
	}
	return parts.join(', ');
}

const REASONS: readonly MoveReason[] = ['start', 'up', 'down', 'easier'];

/** Validates a stored plan: the plan, or undefined when anything is out of range. */
export function readPlan(raw: unknown): Plan | undefined {
	if (!isRecord(raw) || !isTime(raw.createdAt) || !Array.isArray(raw.moves)) return undefined;
	const triage = readTriage(raw.triage);
	if (!triage || raw.moves.length === 0 || raw.moves.length > 1000) return undefined;
	const count = STAGES[pathFor(triage.where)].length;
	const moves: Move[] = [];
	for (const m of raw.moves) {
		if (!isRecord(m) || !isTime(m.at) || !REASONS.includes(m.why as MoveReason)) return undefined;
		if (!Number.isInteger(m.stage) || (m.stage as number) < 0 || (m.stage as number) >= count) {
			return undefined;
		}
		const morning = m.morning;
		if (
			morning !== null &&
			!(Number.isInteger(morning) && (morning as number) >= 0 && (morning as number) <= 10)
		) {
			return undefined;
		}
		if (moves.length > 0 && (m.at as number) < moves.at(-1)!.at) return undefined;
		moves.push({
			stage: m.stage as number,
			at: m.at as number,
			why: m.why as MoveReason,
			morning: morning as number | null
		});
	}
	return { triage, createdAt: raw.createdAt, moves };
}
