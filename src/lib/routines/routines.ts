import type { Routine } from './types';

// Strength routines combine hip and knee work, as both consensus statements recommend
// (Crossley 2016, Collins 2018), in the six-week, three-sessions-a-week rhythm of the trials
// (Ferber 2015). Warm-ups hold only dynamic drills and cool-downs only static stretches
// (Behm & Chaouachi 2011; Simic 2013). Every routine lasts between 4 and 30 minutes.

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
		restBetween: 20,
		sources: ['crossley-2016', 'collins-2018', 'willy-2019', 'ferber-2015']
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
			{ exercise: 'wall-sit', sets: 3 }
		],
		restBetween: 20,
		sources: ['crossley-2016', 'collins-2018', 'ferber-2015', 'rathleff-2012']
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
			{ exercise: 'single-leg-squat-to-box' },
			{ exercise: 'spanish-squat', sets: 3, rest: 60 }
		],
		restBetween: 20,
		sources: ['crossley-2016', 'collins-2018', 'willy-2019', 'rio-2017']
	},
	{
		id: 'hip-glute-balance',
		name: 'Hips and glutes',
		kind: 'strength',
		goal: 'Strengthen the hip muscles that keep the knee in line when you land.',
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
		sources: ['ferber-2015', 'rathleff-2012', 'lindblom-2023', 'collins-2018']
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
			{ exercise: 'wall-sit', sets: 3 }
		],
		restBetween: 20,
		sources: ['crossley-2016', 'willy-2019', 'collins-2018']
	},
	{
		id: 'tendon-isometrics',
		name: 'Tendon-friendly isometrics',
		kind: 'strength',
		goal: 'Ease patellar tendon pain: five 45 s holds at about 70 % effort, with 90 s rests.',
		level: 'moderate',
		focus: ['tendon', 'quads', 'knee'],
		items: [{ exercise: 'wall-sit', sets: 5, seconds: 45, rest: 90 }],
		restBetween: 0,
		sources: ['rio-2017', 'van-ark-2016']
	},
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
		restBetween: 30,
		sources: ['rathleff-2012', 'ferber-2015', 'willy-2019']
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
		restBetween: 30,
		sources: ['collins-2018', 'willy-2019']
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
		restBetween: 15,
		sources: ['collins-2018', 'crossley-2016', 'ferber-2015']
	},
	{
		id: 'prerun-short',
		name: 'Pre-run warm-up, 5 minutes',
		kind: 'warmup',
		goal: 'Five minutes of dynamic drills, from gentle to lively, before you head out.',
		level: 'easy',
		focus: ['mobility'],
		items: [
			{ exercise: 'ankle-rolls' },
			{ exercise: 'hip-circles' },
			{ exercise: 'leg-swing-front' },
			{ exercise: 'leg-swing-side' },
			{ exercise: 'walking-lunge' },
			{ exercise: 'butt-kicks' },
			{ exercise: 'high-knees' }
		],
		restBetween: 5,
		sources: ['behm-2011', 'simic-2013']
	},
	{
		id: 'prerun-full',
		name: 'Pre-run warm-up, 10 minutes',
		kind: 'warmup',
		goal: 'A full dynamic warm-up for a race or a hard session: no static holds before you run.',
		level: 'easy',
		focus: ['mobility'],
		items: [
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
		sources: ['behm-2011', 'simic-2013']
	},
	{
		id: 'postrun-stretch',
		name: 'Post-run stretch',
		kind: 'cooldown',
		goal: 'Gentle 30 s stretches for the legs and hips once the run is done.',
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
		sources: ['simic-2013', 'behm-2011']
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
		sources: ['behm-2011', 'simic-2013']
	}
];
