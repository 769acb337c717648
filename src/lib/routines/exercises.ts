import type { Exercise } from './types';

/** The exercise library. Every dose and choice follows the cited sources. */
export const exercises: Exercise[] = [
	{
		id: 'clamshell',
		name: 'Clamshell',
		category: 'strength',
		areas: ['hips', 'glutes'],
		muscles: ['gluteus medius', 'deep hip rotators'],
		equipment: ['none', 'band'],
		perSide: true,
		dose: { mode: 'reps', sets: 3, reps: 12, tempo: 3, rest: 30 },
		why: 'Strong hip rotators keep the knee from collapsing inwards as you land.',
		intensity: 1,
		instructions: [
			'Lie on your side with hips and knees bent, heels in line with your back.',
			'Keep your feet together and lift the top knee as far as you can without rolling back.',
			'Lower slowly.'
		],
		cues: ['Keep your hips stacked', 'Lift from the hip, not the foot'],
		mistakes: ['Rolling the pelvis backwards', 'Rushing the lowering'],
		sources: ['crossley-2016', 'willy-2019']
	},
	{
		id: 'wall-sit',
		name: 'Wall sit',
		category: 'isometric',
		areas: ['quads'],
		muscles: ['quadriceps'],
		equipment: ['wall'],
		perSide: false,
		dose: { mode: 'hold', sets: 4, seconds: 45, rest: 60 },
		why: 'A steady quadriceps hold that calms a painful knee and builds strength.',
		intensity: 2,
		instructions: [
			'Stand with your back to a wall, feet a step forward and hip-width apart.',
			'Slide down until your knees are bent to a comfortable angle, no deeper than 60 degrees.',
			'Hold, breathing steadily.'
		],
		cues: ['Knees over your second toe', 'Weight through your heels'],
		mistakes: ['Going deeper than is comfortable', 'Holding your breath'],
		sources: ['crossley-2016']
	}
];
