import type { Routine } from './types';

/** The built-in routines. */
export const routines: Routine[] = [
	{
		id: 'knee-foundation',
		name: "Runner's knee: foundation",
		kind: 'strength',
		goal: 'Calm a sore knee and start strengthening the hips and quads.',
		level: 'easy',
		focus: ['knee', 'hips', 'quads'],
		items: [{ exercise: 'clamshell' }, { exercise: 'wall-sit', sets: 3, seconds: 30 }],
		restBetween: 30,
		sources: ['crossley-2016', 'willy-2019']
	}
];
