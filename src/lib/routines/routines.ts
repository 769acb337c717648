import type { Routine } from './types';
import { tendonRoutines, walkRunRoutines } from './programmes';

// Strength routines combine hip and knee work, as both consensus statements recommend
// (Crossley 2016, Collins 2018), in the six-week, three-sessions-a-week rhythm of the trials
// (Ferber 2015, Rathleff 2015), resistance progressed with bands (Ferber 2015). Warm-ups start with
// a few easy minutes, then dynamic drills; cool-downs hold only optional static stretches
// (Behm & Chaouachi 2011; Simic 2013). Rests between exercises are at least as long as the rests
// between sets, since most changes of exercise change position (floor, wall, step).

/** How to use a strength routine for kneecap pain: how often, how hard, how to add load. */
const STRENGTH_HOW_TO: readonly string[] = [
	'Three times a week for at least six weeks: that is how the trials ran, and how long strength takes to build.',
	'Choose a load where the last reps of each set feel hard but the knee pain stays mild and settles by the next morning.',
	'When a set feels easy, add load: a band, then a heavier band (above the knees or around the ankles).'
];

/** How to use a warm-up. */
const WARMUP_HOW_TO: readonly string[] = [
	'Before every run: a few easy minutes, then the drills, from gentle to lively.',
	'Keep static stretching for after the run, or for another time.'
];

/** How to use a post-run stretch. */
const STRETCH_HOW_TO: readonly string[] = [
	'Optional: for comfort and range of motion, once the run is done.',
	'Stretch to a gentle pull, never into pain.'
];

/** The built-in routines. */
export const routines: Routine[] = [
	{
		id: 'knee-foundation',
		name: "Runner's knee: foundation",
		kind: 'strength',
		goal: 'Calm a sore knee and start strengthening the hips and quads, three times a week.',
		level: 'easy',
		focus: ['knee', 'hips', 'quads'],
		items: [
			{ exercise: 'clamshell', sets: 2, reps: 10 },
			{ exercise: 'side-lying-hip-abduction', sets: 2, reps: 10 },
			{ exercise: 'glute-bridge' },
			{ exercise: 'quad-set', sets: 2 },
			{ exercise: 'straight-leg-raise' },
			{ exercise: 'wall-sit', sets: 3, seconds: 30, rest: 45 }
		],
		restBetween: 45,
		sources: ['crossley-2016', 'collins-2018', 'willy-2019', 'ferber-2015', 'rathleff-2015'],
		howTo: [...STRENGTH_HOW_TO],
		lessons: ['runners-knee', 'pain-monitoring']
	},
	{
		id: 'knee-build',
		name: "Runner's knee: build",
		kind: 'strength',
		goal: 'Stage 2: move from lying to standing work, loading hips and knees on one leg.',
		level: 'moderate',
		focus: ['knee', 'hips', 'quads'],
		items: [
			{ exercise: 'standing-hip-abduction', sets: 2 },
			{ exercise: 'single-leg-bridge' },
			{ exercise: 'side-plank-knees' },
			{ exercise: 'terminal-knee-extension', sets: 2 },
			{ exercise: 'sit-to-stand', sets: 2 },
			{ exercise: 'step-up', sets: 2 },
			{ exercise: 'lateral-step-down', sets: 2 },
			{ exercise: 'wall-sit', sets: 3, seconds: 30, rest: 45 }
		],
		restBetween: 45,
		sources: ['crossley-2016', 'collins-2018', 'ferber-2015', 'rathleff-2015'],
		howTo: [...STRENGTH_HOW_TO],
		lessons: ['runners-knee', 'pain-monitoring']
	},
	{
		id: 'knee-advanced',
		name: "Runner's knee: advanced",
		kind: 'strength',
		goal: 'Stage 3: hard single-leg strength and control for getting back to full training.',
		level: 'hard',
		focus: ['knee', 'hips', 'quads', 'balance'],
		items: [
			{ exercise: 'lateral-band-walk', sets: 2 },
			{ exercise: 'side-plank', sets: 2 },
			{ exercise: 'single-leg-deadlift', sets: 2 },
			{ exercise: 'forward-step-down' },
			{ exercise: 'split-squat', sets: 2 },
			{ exercise: 'single-leg-squat-to-box', rest: 45 },
			{ exercise: 'spanish-squat', sets: 3, rest: 45 }
		],
		restBetween: 45,
		sources: ['crossley-2016', 'collins-2018', 'willy-2019', 'rathleff-2015'],
		howTo: [...STRENGTH_HOW_TO],
		lessons: ['runners-knee', 'pain-monitoring']
	},
	{
		id: 'hip-glute-balance',
		name: 'Hips and glutes',
		kind: 'strength',
		goal: 'Hip strength, which with knee work eases kneecap pain; the Copenhagen plank at the end is optional.',
		level: 'moderate',
		focus: ['hips', 'balance'],
		items: [
			{ exercise: 'clamshell', sets: 2 },
			{ exercise: 'side-lying-hip-abduction' },
			{ exercise: 'glute-bridge' },
			{ exercise: 'lateral-band-walk' },
			{ exercise: 'single-leg-balance', sets: 2 },
			{ exercise: 'side-plank-knees' },
			{ exercise: 'copenhagen-plank-short', sets: 1 }
		],
		restBetween: 30,
		sources: ['ferber-2015', 'khayambashi-2012', 'rathleff-2015', 'haroy-2019', 'collins-2018'],
		howTo: [...STRENGTH_HOW_TO],
		lessons: ['runners-knee', 'pain-monitoring']
	},
	{
		id: 'quad-strength',
		name: 'Quad strength',
		kind: 'strength',
		goal: 'Build the thigh muscles step by step, from gentle squeezes to loaded squats.',
		level: 'moderate',
		focus: ['quads', 'knee'],
		items: [
			{ exercise: 'quad-set', sets: 2 },
			{ exercise: 'straight-leg-raise' },
			{ exercise: 'terminal-knee-extension' },
			{ exercise: 'mini-squat', sets: 2 },
			{ exercise: 'sit-to-stand' },
			{ exercise: 'step-up', sets: 2 },
			{ exercise: 'wall-sit', sets: 3, seconds: 30, rest: 45 }
		],
		restBetween: 45,
		sources: ['crossley-2016', 'willy-2019', 'collins-2018', 'rathleff-2015'],
		howTo: [...STRENGTH_HOW_TO],
		lessons: ['runners-knee', 'pain-monitoring']
	},
	tendonRoutines[0]!,
	{
		id: 'single-leg-stability',
		name: 'Single-leg stability',
		kind: 'strength',
		goal: 'Balance and control on one leg, the position you land in on every stride.',
		level: 'moderate',
		focus: ['balance', 'hips', 'knee'],
		items: [
			{ exercise: 'single-leg-balance' },
			{ exercise: 'single-leg-bridge' },
			{ exercise: 'lateral-step-down' },
			{ exercise: 'single-leg-deadlift', sets: 2 },
			{ exercise: 'single-leg-calf-raise', sets: 2 },
			{ exercise: 'side-plank-knees', sets: 2 }
		],
		restBetween: 45,
		sources: ['rathleff-2015', 'collins-2018', 'willy-2019'],
		howTo: [...STRENGTH_HOW_TO],
		lessons: ['runners-knee', 'pain-monitoring']
	},
	{
		id: 'calf-ankle-strength',
		name: 'Calves and ankles',
		kind: 'strength',
		goal: 'Stronger calves and steadier ankles, to take landing load off the knee.',
		level: 'easy',
		focus: ['calves', 'balance'],
		items: [
			{ exercise: 'calf-raise' },
			{ exercise: 'bent-knee-calf-raise' },
			{ exercise: 'single-leg-calf-raise', sets: 2 },
			{ exercise: 'single-leg-balance', sets: 2 }
		],
		restBetween: 45,
		sources: [],
		basis: 'general-conditioning',
		howTo: [...STRENGTH_HOW_TO],
		lessons: ['runners-knee']
	},
	{
		id: 'maintenance-10',
		name: '10-minute maintenance',
		kind: 'strength',
		goal: 'Keep hips and knees strong in ten minutes, two or three times a week, once pain has settled.',
		level: 'moderate',
		focus: ['knee', 'hips', 'quads'],
		items: [
			{ exercise: 'glute-bridge', sets: 2, reps: 10 },
			{ exercise: 'side-plank-knees', sets: 2 },
			{ exercise: 'step-up', sets: 1 },
			{ exercise: 'lateral-step-down', sets: 1 },
			{ exercise: 'single-leg-calf-raise', sets: 1 },
			{ exercise: 'wall-sit', sets: 2, seconds: 45, rest: 30 }
		],
		restBetween: 30,
		sources: ['collins-2018', 'crossley-2016', 'ferber-2015'],
		howTo: [
			'Two or three times a week once the pain has settled, to keep the strength you built.',
			'Choose a load where the last reps of each set feel hard; add a band when they no longer do.'
		],
		lessons: ['runners-knee', 'load-and-step-rate']
	},
	{
		id: 'prerun-short',
		name: 'Pre-run warm-up, short',
		kind: 'warmup',
		goal: 'Three easy minutes, then dynamic drills from gentle to lively, before you head out.',
		level: 'easy',
		focus: ['mobility'],
		items: [
			{ exercise: 'easy-jog', seconds: 180 },
			{ exercise: 'leg-swing-front' },
			{ exercise: 'leg-swing-side' },
			{ exercise: 'walking-lunge' },
			{ exercise: 'butt-kicks' },
			{ exercise: 'high-knees' }
		],
		restBetween: 5,
		sources: ['behm-2011', 'simic-2013'],
		howTo: [...WARMUP_HOW_TO],
		lessons: ['advice-runners-get']
	},
	{
		id: 'prerun-full',
		name: 'Pre-run warm-up, full',
		kind: 'warmup',
		goal: 'Five easy minutes, then a full set of dynamic drills, for a race or a hard session.',
		level: 'easy',
		focus: ['mobility'],
		items: [
			{ exercise: 'easy-jog', seconds: 300 },
			{ exercise: 'ankle-rolls' },
			{ exercise: 'hip-circles' },
			{ exercise: 'leg-swing-front' },
			{ exercise: 'leg-swing-side' },
			{ exercise: 'walking-knee-hug' },
			{ exercise: 'inchworm' },
			{ exercise: 'air-squat' },
			{ exercise: 'lateral-lunge' },
			{ exercise: 'walking-lunge' },
			{ exercise: 'butt-kicks' },
			{ exercise: 'high-knees' },
			{ exercise: 'a-skip' }
		],
		restBetween: 10,
		sources: ['behm-2011', 'simic-2013'],
		howTo: [...WARMUP_HOW_TO],
		lessons: ['advice-runners-get']
	},
	{
		id: 'postrun-stretch',
		name: 'Post-run stretch',
		kind: 'cooldown',
		goal: 'Optional gentle stretches for comfort and range of motion once the run is done.',
		level: 'easy',
		focus: ['mobility'],
		items: [
			{ exercise: 'standing-quad-stretch' },
			{ exercise: 'hamstring-stretch' },
			{ exercise: 'calf-stretch' },
			{ exercise: 'soleus-stretch' },
			{ exercise: 'hip-flexor-stretch' },
			{ exercise: 'figure-four-stretch' },
			{ exercise: 'lateral-hip-stretch' },
			{ exercise: 'butterfly-stretch' }
		],
		restBetween: 5,
		sources: [],
		basis: 'general-conditioning',
		howTo: [...STRETCH_HOW_TO],
		lessons: ['advice-runners-get']
	},
	{
		id: 'desk-day-mobility',
		name: 'Desk-day stretch',
		kind: 'cooldown',
		goal: 'Undo a day of sitting: open the hips and the front of the thighs.',
		level: 'easy',
		focus: ['mobility', 'hips'],
		items: [
			{ exercise: 'hip-flexor-stretch' },
			{ exercise: 'standing-quad-stretch' },
			{ exercise: 'figure-four-stretch' },
			{ exercise: 'hamstring-stretch' },
			{ exercise: 'butterfly-stretch', sets: 1 }
		],
		restBetween: 5,
		sources: [],
		basis: 'general-conditioning',
		howTo: ['Any day, for comfort: stretch to a gentle pull, never into pain.']
	},
	...tendonRoutines.slice(1),
	...walkRunRoutines
];
