// Staged programmes: tendon loading for pain just below the kneecap (Breda 2021, Malliaras 2015) and
// the walk-run return to running. Each stage names its routines and the rule for entering it, so a
// plan can move a runner on (or back) by the same rule the runner reads on the routine's page.
import type { Routine, RoutineItem } from './types';

/** Stage entry rules allow at most this much pain (0-10) on their test; the plan uses the same. */
export const STAGE_ENTRY_MAX_PAIN = 3;

/** One stage of a programme. */
export interface ProgrammeStage {
	/** 1-based position in the programme. */
	step: number;
	name: string;
	/** The routines of this stage, in the order to use them. */
	routines: string[];
	/** When to enter this stage, in the runner's words. */
	entry: string;
	/** What the entry rule watches: a test movement's pain, or the last sessions and mornings. */
	test: 'single-leg-decline-squat' | 'sessions-and-mornings' | 'none';
	/** The most pain (0-10) the test may cause to enter; null when there is no threshold. */
	maxPain: number | null;
}

/** A staged programme. */
export interface Programme {
	id: 'tendon-loading' | 'walk-run';
	name: string;
	/** Who it is for. */
	for: string;
	sources: string[];
	stages: ProgrammeStage[];
}

const DECLINE_SQUAT =
	'a single-leg squat on a slope (heel raised on a board or a book), down to about 60 degrees of knee bend';

/** Stage 1 of tendon loading: isometric holds (Rio 2015/2017; Breda 2021 stage 1). */
const tendonIsometrics: Routine = {
	id: 'tendon-isometrics',
	name: 'Tendon stage 1: isometric holds',
	kind: 'strength',
	goal: 'For pain just below the kneecap: long, hard thigh holds that load the tendon without moving it.',
	level: 'moderate',
	focus: ['tendon', 'quads', 'knee'],
	items: [{ exercise: 'wall-sit', sets: 5, seconds: 45, rest: 120 }],
	restBetween: 0,
	sources: ['breda-2021', 'rio-2015', 'rio-2017', 'van-ark-2016', 'holden-2020', 'malliaras-2015'],
	howTo: [
		'Daily, as in the first stage of the tendon-loading trial (Breda 2021).',
		'Five holds of 45 seconds at a hard effort, about 8 out of 10, with 2 minutes of rest between them: the dose of the isometric trials.',
		'Pain often eases straight after the holds and returns within the hour (Rio 2015; Holden 2020); in season, holds and ordinary slow lifting helped equally (van Ark 2016).',
		'When the wall sit is easy, hold a Spanish squat, then a single-leg Spanish squat.'
	],
	lessons: ['kneecap-or-tendon', 'pain-monitoring']
};

/** Stage 2: slow, heavy strength (isotonic), holds kept for pain relief. */
const tendonStrength: Routine = {
	id: 'tendon-slow-strength',
	name: 'Tendon stage 2: slow heavy strength',
	kind: 'strength',
	goal: 'Slow, heavy single-leg strength for the thigh and tendon, three to four seconds each way.',
	level: 'moderate',
	focus: ['tendon', 'quads', 'knee'],
	items: [
		{ exercise: 'split-squat', sets: 3, reps: 8, tempo: 7, rest: 90 },
		{ exercise: 'single-leg-squat-to-box', sets: 3, reps: 8, tempo: 7, rest: 90 },
		{ exercise: 'spanish-squat', sets: 3, seconds: 45, rest: 90 }
	],
	restBetween: 90,
	sources: ['breda-2021', 'malliaras-2015'],
	howTo: [
		'Every second day: slow lifting of 3-4 seconds down and 3-4 seconds up, with the holds of stage 1 kept for pain relief (Breda 2021; Malliaras 2015).',
		'Choose a load where the last reps feel hard; when they no longer do, hold a weight or wear a loaded backpack.',
		'Pain up to 3 out of 10 during the session is fine if it has settled by the next morning.'
	],
	lessons: ['kneecap-or-tendon', 'pain-monitoring']
};

/** Stage 3: energy storage, progressing hops and jumps, strength kept. */
const tendonEnergy: Routine = {
	id: 'tendon-energy-storage',
	name: 'Tendon stage 3: hops and jumps',
	kind: 'strength',
	goal: 'Teach the tendon to store and release energy again: small hops, then jumps, then hops on one leg.',
	level: 'hard',
	focus: ['tendon', 'quads', 'calves'],
	items: [
		{ exercise: 'pogo-hops', sets: 3, seconds: 20, rest: 60 },
		{ exercise: 'squat-jump', sets: 3, reps: 6, rest: 90 },
		{ exercise: 'single-leg-hops', sets: 3, seconds: 15, rest: 60 },
		{ exercise: 'split-squat', sets: 3, reps: 8, tempo: 7, rest: 90 }
	],
	restBetween: 90,
	sources: ['breda-2021', 'malliaras-2015'],
	howTo: [
		'Two or three times a week, with a day or two between sessions so the tendon can recover (Malliaras 2015).',
		'Progress slowly: more hops, then higher, then on one leg; keep the slow strength work going.',
		'Pain up to 3 out of 10 during the session is fine if it has settled by the next morning.'
	],
	lessons: ['kneecap-or-tendon', 'pain-monitoring']
};

/** The tendon-loading routines, stages 1 to 3 (stage 4 is the walk-run programme). */
export const tendonRoutines: Routine[] = [tendonIsometrics, tendonStrength, tendonEnergy];

/** A walk-run session: a five-minute walk, then `runs` runs each followed by a walk. */
function walkRun(
	step: number,
	level: Routine['level'],
	goal: string,
	runs: { run: number; walk: number }[]
): Routine {
	const items: RoutineItem[] = [{ exercise: 'walk', seconds: 300 }];
	for (const { run, walk } of runs) {
		items.push(
			{ exercise: 'easy-run', seconds: run * 60 },
			{ exercise: 'walk', seconds: walk * 60 }
		);
	}
	return {
		id: `walk-run-${step}`,
		name: `Walk-run, step ${step}`,
		kind: 'run',
		goal,
		level,
		focus: ['knee'],
		items,
		restBetween: 0,
		sources: ['esculier-2018', 'willson-2014', 'silbernagel-2007'],
		howTo: [
			'Every second day, on flat ground; walk when the cue says walk, even if you feel fine.',
			'Do each step at least twice. Move up only when pain during and after stayed at 3 out of 10 or less and the knee was no worse the next morning: no more pain, swelling or stiffness.',
			'Run easy, with short, quick steps: about 10 % shorter steps lowered the load on the kneecap per mile in a lab study (Willson 2014).'
		],
		lessons: ['load-and-step-rate', 'pain-monitoring']
	};
}

const repeat = (times: number, run: number, walk: number) =>
	Array.from({ length: times }, () => ({ run, walk }));

/** The walk-run return to running, step 1 (1 min run, 2 min walk) to step 9 (30 min easy). */
export const walkRunRoutines: Routine[] = [
	walkRun(1, 'easy', 'Back to running: six 1-minute runs, each followed by 2 minutes of walking.', [
		...repeat(6, 1, 2)
	]),
	walkRun(2, 'easy', 'Six 2-minute runs, each followed by 2 minutes of walking.', repeat(6, 2, 2)),
	walkRun(3, 'easy', 'Five 3-minute runs, each followed by 2 minutes of walking.', repeat(5, 3, 2)),
	walkRun(4, 'moderate', 'Four 5-minute runs, each followed by 2 minutes of walking.', [
		...repeat(4, 5, 2)
	]),
	walkRun(5, 'moderate', 'Three 8-minute runs, each followed by 2 minutes of walking.', [
		...repeat(3, 8, 2)
	]),
	walkRun(6, 'moderate', 'Two 10-minute runs with a 1-minute walk between them.', [
		...repeat(2, 10, 1)
	]),
	walkRun(7, 'moderate', 'A 15-minute run, a 1-minute walk, then 10 more minutes of running.', [
		{ run: 15, walk: 1 },
		{ run: 10, walk: 5 }
	]),
	walkRun(8, 'hard', 'Twenty minutes of continuous easy running.', [{ run: 20, walk: 5 }]),
	walkRun(9, 'hard', 'Thirty minutes of continuous easy running: back to your runs.', [
		{ run: 30, walk: 5 }
	])
];

const walkRunIds = walkRunRoutines.map((r) => r.id);

/** The staged programmes, with their entry rules. */
export const programmes: Programme[] = [
	{
		id: 'tendon-loading',
		name: 'Staged tendon loading',
		for: 'Pain just below the kneecap (patellar tendon pain)',
		sources: ['breda-2021', 'malliaras-2015'],
		stages: [
			{
				step: 1,
				name: 'Isometric holds',
				routines: ['tendon-isometrics'],
				entry: `Start here, whatever the pain: ${DECLINE_SQUAT} is the test for moving on.`,
				test: 'none',
				maxPain: null
			},
			{
				step: 2,
				name: 'Slow heavy strength',
				routines: ['tendon-slow-strength'],
				entry: `Move up when ${DECLINE_SQUAT} hurts 3 out of 10 or less.`,
				test: 'single-leg-decline-squat',
				maxPain: STAGE_ENTRY_MAX_PAIN
			},
			{
				step: 3,
				name: 'Hops and jumps',
				routines: ['tendon-energy-storage'],
				entry: `Move up when the slow strength work is comfortable and ${DECLINE_SQUAT} hurts 3 out of 10 or less.`,
				test: 'single-leg-decline-squat',
				maxPain: STAGE_ENTRY_MAX_PAIN
			},
			{
				step: 4,
				name: 'Back to running',
				routines: walkRunIds,
				entry: `Move up when hops on one leg are comfortable and ${DECLINE_SQUAT} hurts 3 out of 10 or less; keep stage 3 going twice a week.`,
				test: 'single-leg-decline-squat',
				maxPain: STAGE_ENTRY_MAX_PAIN
			}
		]
	},
	{
		id: 'walk-run',
		name: 'Walk-run return to running',
		for: 'Runners coming back from kneecap or tendon pain',
		sources: ['esculier-2018', 'silbernagel-2007'],
		stages: walkRunRoutines.map((routine, i) => ({
			step: i + 1,
			name: routine.name,
			routines: [routine.id],
			entry:
				i === 0
					? 'Start when a brisk 30-minute walk and your strength routine leave the knee no worse the next morning.'
					: `Move up after at least two sessions of step ${i} with pain at 3 out of 10 or less, during and after, and no more pain, swelling or stiffness the next morning.`,
			test: i === 0 ? 'none' : 'sessions-and-mornings',
			maxPain: i === 0 ? null : STAGE_ENTRY_MAX_PAIN
		}))
	}
];

/** The programme and stage a routine belongs to, or undefined for a routine outside any programme. */
export function stageOf(
	routineId: string
): { programme: Programme; stage: ProgrammeStage } | undefined {
	for (const programme of programmes) {
		// A walk-run routine is its own stage of the walk-run programme before stage 4 of tendon loading.
		const stage = programme.stages.find(
			(s) => s.routines.length === 1 && s.routines[0] === routineId
		);
		if (stage) return { programme, stage };
	}
	return undefined;
}
