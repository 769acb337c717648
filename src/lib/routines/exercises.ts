import type { Exercise } from './types';

// Dosing notes, from the sources each exercise cites:
// - Hip and knee strengthening together (Crossley 2016, Collins 2018, Willy 2019, Ferber 2015):
//   slow paced reps, about 3 s each, 3 sets of 10-15, short rests.
// - Isometrics for a sore patellar tendon (Rio 2017, van Ark 2016): 45 s holds at about 70 % effort,
//   4-5 times. The trials rested about 2 min; 60-90 s keeps a routine short, and says so.
// - Copenhagen adduction (Lindblom 2023): one set of 3-5 up to 12-15 reps, an easier variant when
//   pain passes 3/10.
// - Static stretches after running, 30 s each (Simic 2013: smallest losses at 45 s or less;
//   Behm & Chaouachi 2011: dynamic drills before a run, static stretching in its own session).
// Pain rule used throughout: mild pain up to about 3/10 that settles by the next day is fine.

/** The exercise library. Every dose and choice follows the cited sources. */
export const exercises: Exercise[] = [
	// --- Strength, stability and isometric work --------------------------------------------
	{
		id: 'side-lying-hip-abduction',
		name: 'Side-lying hip abduction',
		category: 'strength',
		areas: ['hips', 'glutes'],
		muscles: ['gluteus medius', 'gluteus minimus', 'tensor fasciae latae'],
		equipment: ['none', 'band'],
		perSide: true,
		dose: { mode: 'reps', sets: 3, reps: 12, tempo: 3, rest: 30 },
		why: 'Strong side-hip muscles stop the knee drifting inwards each time your foot lands.',
		intensity: 1,
		instructions: [
			'Lie on your side with the bottom knee bent and the top leg straight, in line with your body.',
			'Turn the top toes slightly down and lift the leg to about 30 degrees, leading with the heel.',
			'Pause for a moment at the top without rolling your hips back.',
			'Lower more slowly than you lifted; add a band above the knees when a full set feels easy.'
		],
		cues: ['Heel leads, toes down', 'Hips stacked, no rolling back'],
		mistakes: [
			'Lifting the leg forward so the hip flexors take over',
			'Rolling the pelvis backwards to lift higher',
			'Swinging the leg instead of lifting it'
		],
		easier: 'clamshell',
		harder: 'standing-hip-abduction',
		sources: ['rathleff-2012', 'ferber-2015', 'crossley-2016']
	},
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
			'Hold for a moment at the top.',
			'Lower slowly; loop a band above the knees when a full set feels easy.'
		],
		cues: ['Keep your hips stacked', 'Lift from the hip, not the foot'],
		mistakes: [
			'Rolling the pelvis backwards',
			'Rushing the lowering',
			'Letting the feet come apart'
		],
		harder: 'side-lying-hip-abduction',
		sources: ['ferber-2015', 'crossley-2016', 'willy-2019']
	},
	{
		id: 'glute-bridge',
		name: 'Glute bridge',
		category: 'strength',
		areas: ['glutes', 'hamstrings'],
		muscles: ['gluteus maximus', 'hamstrings'],
		equipment: ['none'],
		perSide: false,
		dose: { mode: 'reps', sets: 3, reps: 12, tempo: 3, rest: 30 },
		why: 'Wakes up the big hip extensors so they, not your knees, drive each stride.',
		intensity: 1,
		instructions: [
			'Lie on your back, knees bent, feet flat and hip-width apart.',
			'Squeeze your buttocks and lift your hips until knees, hips and shoulders line up.',
			'Hold for a second at the top without arching your lower back.',
			'Lower slowly, one vertebra at a time.'
		],
		cues: ['Squeeze your glutes to lift', 'Ribs down, no back arch'],
		mistakes: [
			'Pushing up with the lower back',
			'Letting the knees fall in or out',
			'Dropping fast'
		],
		harder: 'single-leg-bridge',
		sources: ['ferber-2015', 'collins-2018']
	},
	{
		id: 'single-leg-bridge',
		name: 'Single-leg bridge',
		category: 'strength',
		areas: ['glutes', 'hamstrings'],
		muscles: ['gluteus maximus', 'gluteus medius', 'hamstrings'],
		equipment: ['none'],
		perSide: true,
		dose: { mode: 'reps', sets: 3, reps: 8, tempo: 3, rest: 30 },
		why: 'Loads one hip at a time, as running does, and shows up a weaker side.',
		intensity: 2,
		instructions: [
			'Lie on your back with one foot flat and the other leg straight or hugged to the chest.',
			'Press through the heel of the planted foot and lift your hips level.',
			'Hold for a second without letting the free side drop.',
			'Lower slowly and repeat, then change legs.'
		],
		cues: ['Keep your hips level', 'Drive through the heel'],
		mistakes: [
			'Letting one hip sag',
			'Cramping hamstring: move the foot closer',
			'Arching the back'
		],
		easier: 'glute-bridge',
		harder: 'single-leg-deadlift',
		sources: ['ferber-2015', 'rathleff-2012']
	},
	{
		id: 'wall-sit',
		name: 'Wall sit',
		category: 'isometric',
		areas: ['quads'],
		muscles: ['quadriceps', 'gluteus maximus'],
		equipment: ['wall'],
		perSide: false,
		dose: { mode: 'hold', sets: 4, seconds: 45, rest: 60 },
		why: 'A steady quad hold at about 70 % effort can ease a sore knee for hours afterwards.',
		intensity: 2,
		instructions: [
			'Stand with your back to a wall, feet a step forward and hip-width apart.',
			'Slide down until your knees are bent to a comfortable angle, no deeper than 60 degrees.',
			'Hold at a firm but bearable effort, about 7 out of 10, breathing steadily.',
			'Slide back up, rest, and repeat; keep any knee pain at 3/10 or below.'
		],
		cues: ['Knees over your second toe', 'Weight through your heels', 'Breathe, about 7/10 effort'],
		mistakes: ['Going deeper than is comfortable', 'Holding your breath', 'Knees caving inwards'],
		easier: 'mini-squat',
		harder: 'spanish-squat',
		sources: ['rio-2017', 'van-ark-2016', 'crossley-2016']
	},
	{
		id: 'spanish-squat',
		name: 'Spanish squat',
		category: 'isometric',
		areas: ['quads'],
		muscles: ['quadriceps', 'patellar tendon'],
		equipment: ['band'],
		perSide: false,
		dose: { mode: 'hold', sets: 5, seconds: 45, rest: 90 },
		why: 'A tendon-friendly quad hold: long holds at about 70 % effort calm a sore patellar tendon.',
		intensity: 3,
		instructions: [
			'Loop a strong band or strap around a fixed post and behind both knees.',
			'Step back until the band is taut, feet hip-width apart and shins vertical.',
			'Sit back into the band to about 60 degrees of knee bend, chest tall.',
			'Hold at about 7 out of 10 effort, then stand up slowly and rest.'
		],
		cues: ['Shins vertical, sit back', 'Chest tall, breathe'],
		mistakes: [
			'Letting the knees drift forward past the band',
			'Sitting too deep',
			'Holding your breath'
		],
		easier: 'wall-sit',
		sources: ['rio-2017', 'van-ark-2016']
	},
	{
		id: 'quad-set',
		name: 'Quad set',
		category: 'isometric',
		areas: ['quads'],
		muscles: ['quadriceps', 'vastus medialis'],
		equipment: ['none'],
		perSide: true,
		dose: { mode: 'reps', sets: 3, reps: 10, tempo: 5, rest: 30 },
		why: 'The gentlest way to switch on the thigh muscle when stairs and squats still hurt.',
		intensity: 1,
		instructions: [
			'Sit or lie with the leg straight, a small rolled towel under the knee.',
			'Tighten the front of the thigh and press the back of the knee into the towel.',
			'Hold each squeeze for the whole rep, pulling the kneecap up.',
			'Relax fully between squeezes.'
		],
		cues: ['Press the knee into the towel', 'Kneecap pulls up'],
		mistakes: ['Squeezing the buttock instead of the thigh', 'Holding your breath'],
		harder: 'straight-leg-raise',
		sources: ['crossley-2016', 'willy-2019']
	},
	{
		id: 'straight-leg-raise',
		name: 'Straight-leg raise',
		category: 'strength',
		areas: ['quads', 'hips'],
		muscles: ['quadriceps', 'hip flexors'],
		equipment: ['none'],
		perSide: true,
		dose: { mode: 'reps', sets: 3, reps: 10, tempo: 3, rest: 30 },
		why: 'Strengthens the quads with no load through the kneecap: a safe start on a sore day.',
		intensity: 1,
		instructions: [
			'Lie on your back, one knee bent with the foot flat, the other leg straight.',
			'Tighten the thigh of the straight leg so the knee locks.',
			'Lift the leg to the height of the other knee.',
			'Lower slowly, keeping the knee straight all the way down.'
		],
		cues: ['Lock the knee, then lift', 'Lower slowly'],
		mistakes: ['Letting the knee bend as you lift', 'Arching the lower back', 'Dropping the leg'],
		easier: 'quad-set',
		harder: 'terminal-knee-extension',
		sources: ['crossley-2016', 'willy-2019']
	},
	{
		id: 'terminal-knee-extension',
		name: 'Terminal knee extension',
		category: 'strength',
		areas: ['quads'],
		muscles: ['quadriceps', 'vastus medialis'],
		equipment: ['band'],
		perSide: true,
		dose: { mode: 'reps', sets: 3, reps: 10, tempo: 3, rest: 30 },
		why: 'Trains the last few degrees of straightening, the range that steadies the knee at landing.',
		intensity: 1,
		instructions: [
			'Loop a band around a fixed post and behind one knee, and face the post.',
			'Step back until the band pulls the knee slightly bent.',
			'Straighten the knee fully against the band, squeezing the thigh.',
			'Let the knee bend back slowly under control.'
		],
		cues: ['Squeeze the knee straight', 'Slow on the way back'],
		mistakes: ['Leaning the hips back instead of straightening the knee', 'Snapping into the lock'],
		easier: 'straight-leg-raise',
		harder: 'mini-squat',
		sources: ['crossley-2016', 'willy-2019']
	},
	{
		id: 'mini-squat',
		name: 'Mini squat',
		category: 'strength',
		areas: ['quads', 'glutes'],
		muscles: ['quadriceps', 'gluteus maximus'],
		equipment: ['none', 'chair'],
		perSide: false,
		dose: { mode: 'reps', sets: 3, reps: 10, tempo: 3, rest: 30 },
		why: 'A shallow squat loads the knee in a range it tolerates, and builds from there.',
		intensity: 2,
		instructions: [
			'Stand with feet hip-width apart, holding a chair back for balance if you like.',
			'Push the hips back and bend the knees to about 45 degrees.',
			'Keep the knees in line with your second toes.',
			'Stand up slowly, squeezing your buttocks at the top.'
		],
		cues: ['Hips back, knees over toes', 'Shallow and smooth'],
		mistakes: ['Knees caving inwards', 'Going deeper than is comfortable', 'Lifting the heels'],
		easier: 'terminal-knee-extension',
		harder: 'sit-to-stand',
		sources: ['crossley-2016', 'collins-2018']
	},
	{
		id: 'sit-to-stand',
		name: 'Sit to stand',
		category: 'strength',
		areas: ['quads', 'glutes'],
		muscles: ['quadriceps', 'gluteus maximus', 'adductors'],
		equipment: ['chair'],
		perSide: false,
		dose: { mode: 'reps', sets: 3, reps: 10, tempo: 3, rest: 45 },
		why: 'The everyday squat: a chair sets a safe depth while the legs get stronger.',
		intensity: 2,
		instructions: [
			'Sit at the front of a firm chair, feet hip-width apart and slightly behind your knees.',
			'Lean forward, chest over toes, and stand up without using your hands.',
			'Stand tall and squeeze your buttocks.',
			'Sit back down slowly, touching the seat lightly before the next rep.'
		],
		cues: ['Nose over toes, then stand', 'Sit down slowly'],
		mistakes: ['Pushing off with the hands', 'Knees falling inwards', 'Dropping onto the seat'],
		easier: 'mini-squat',
		harder: 'single-leg-squat-to-box',
		sources: ['rathleff-2012', 'crossley-2016']
	},
	{
		id: 'lateral-step-down',
		name: 'Lateral step-down',
		category: 'strength',
		areas: ['quads', 'hips'],
		muscles: ['quadriceps', 'gluteus medius'],
		equipment: ['step'],
		perSide: true,
		dose: { mode: 'reps', sets: 3, reps: 10, tempo: 3, rest: 45 },
		why: 'Controls the knee as it bends under load, the same job it does on every downhill.',
		intensity: 2,
		instructions: [
			'Stand side-on at the edge of a low step on one leg, the other foot off the side.',
			'Bend the standing knee slowly until the free heel lightly touches the floor.',
			'Keep the knee pointing over the middle toes and the pelvis level.',
			'Push back up through the standing heel.'
		],
		cues: ['Knee tracks over your toes', 'Hips level, tap lightly'],
		mistakes: [
			'Knee diving inwards',
			'Hip dropping on the free side',
			'Putting weight on the tapping foot'
		],
		easier: 'step-up',
		harder: 'forward-step-down',
		sources: ['crossley-2016', 'ferber-2015']
	},
	{
		id: 'forward-step-down',
		name: 'Forward step-down',
		category: 'strength',
		areas: ['quads', 'hips'],
		muscles: ['quadriceps', 'gluteus medius', 'gluteus maximus'],
		equipment: ['step'],
		perSide: true,
		dose: { mode: 'reps', sets: 3, reps: 10, tempo: 3, rest: 45 },
		why: 'The hardest step-down: trains the eccentric control that stairs and hills demand.',
		intensity: 3,
		instructions: [
			'Stand on a low step facing forwards on one leg, the other foot in front of the edge.',
			'Bend the standing knee slowly and reach the free heel down towards the floor.',
			'Tap the heel lightly, keeping the knee over the middle toes.',
			'Push back up to standing through the whole foot.'
		],
		cues: ['Slow down, light tap', 'Knee over the middle toes'],
		mistakes: [
			'Dropping the last few centimetres',
			'Knee caving inwards',
			'Leaning the trunk sideways'
		],
		easier: 'lateral-step-down',
		harder: 'single-leg-squat-to-box',
		sources: ['crossley-2016', 'willy-2019']
	},
	{
		id: 'step-up',
		name: 'Step-up',
		category: 'strength',
		areas: ['quads', 'glutes'],
		muscles: ['quadriceps', 'gluteus maximus'],
		equipment: ['step'],
		perSide: true,
		dose: { mode: 'reps', sets: 3, reps: 10, tempo: 3, rest: 45 },
		why: 'Builds single-leg strength going up before you train the harder way down.',
		intensity: 2,
		instructions: [
			'Stand facing a step with one whole foot on it.',
			'Lean slightly forward and step up by pushing through the heel on the step.',
			'Stand tall on top, then step the other foot down slowly.',
			'Do all reps on one leg, then change.'
		],
		cues: ['Push through the top heel', 'Knee in line with toes'],
		mistakes: [
			'Pushing off the bottom foot',
			'Knee falling inwards',
			'Using a step that is too high'
		],
		easier: 'sit-to-stand',
		harder: 'lateral-step-down',
		sources: ['rathleff-2012', 'ferber-2015']
	},
	{
		id: 'split-squat',
		name: 'Split squat',
		category: 'strength',
		areas: ['quads', 'glutes'],
		muscles: ['quadriceps', 'gluteus maximus', 'adductors'],
		equipment: ['none'],
		perSide: true,
		dose: { mode: 'reps', sets: 3, reps: 8, tempo: 4, rest: 45 },
		why: 'A lunge without the stepping: strong, steady loading of each leg in a running stance.',
		intensity: 3,
		instructions: [
			'Stand in a long stride, front foot flat, back heel lifted.',
			'Lower the back knee slowly, straight down towards the floor.',
			'Keep the front knee in line with the second toe and the trunk upright.',
			'Push up through the front heel; all reps on one side, then change.'
		],
		cues: ['Straight down, chest tall', 'Front knee over second toe'],
		mistakes: ['Too short a stance', 'Front knee caving inwards', 'Pushing off the back foot'],
		easier: 'step-up',
		harder: 'single-leg-squat-to-box',
		sources: ['crossley-2016', 'collins-2018']
	},
	{
		id: 'single-leg-squat-to-box',
		name: 'Single-leg squat to box',
		category: 'strength',
		areas: ['quads', 'glutes'],
		muscles: ['quadriceps', 'gluteus maximus', 'gluteus medius'],
		equipment: ['chair'],
		perSide: true,
		dose: { mode: 'reps', sets: 3, reps: 8, tempo: 4, rest: 60 },
		why: 'Running is single-leg squatting; the chair keeps the depth safe while you gain control.',
		intensity: 3,
		instructions: [
			'Stand in front of a chair on one leg, the other foot just off the floor.',
			'Push the hips back and sit slowly until you just touch the seat.',
			'Keep the knee over the middle toes and the pelvis level.',
			'Stand back up on the same leg without rocking.'
		],
		cues: ['Touch, do not sit', 'Knee over middle toes'],
		mistakes: ['Collapsing onto the seat', 'Knee diving inwards', 'Swinging the arms to stand up'],
		easier: 'sit-to-stand',
		sources: ['rathleff-2012', 'willy-2019']
	},
	{
		id: 'lateral-band-walk',
		name: 'Lateral band walk',
		category: 'strength',
		areas: ['hips', 'glutes'],
		muscles: ['gluteus medius', 'gluteus minimus'],
		equipment: ['band'],
		perSide: false,
		dose: { mode: 'timed', sets: 3, seconds: 30, rest: 30 },
		why: 'Keeps the side-hip muscles working while you stand, the way they must when you run.',
		intensity: 2,
		instructions: [
			'Loop a band around your legs just above the knees or around the ankles.',
			'Stand in a quarter squat, feet hip-width apart.',
			'Step sideways with control, keeping tension on the band, for ten steps.',
			'Walk back the other way; keep going until the time is up.'
		],
		cues: ['Stay low, keep the band tight', 'Toes forward, small steps'],
		mistakes: ['Standing up tall', 'Letting the feet snap together', 'Swaying the trunk'],
		easier: 'standing-hip-abduction',
		harder: 'lateral-step-down',
		sources: ['ferber-2015', 'willy-2019']
	},
	{
		id: 'standing-hip-abduction',
		name: 'Standing hip abduction',
		category: 'strength',
		areas: ['hips', 'glutes'],
		muscles: ['gluteus medius', 'gluteus minimus'],
		equipment: ['band', 'chair'],
		perSide: true,
		dose: { mode: 'reps', sets: 3, reps: 12, tempo: 3, rest: 30 },
		why: 'Works both hips at once: one lifts, the standing one holds the pelvis level.',
		intensity: 2,
		instructions: [
			'Stand tall holding a chair back, a band around both ankles.',
			'Keeping the trunk upright, lift one straight leg out to the side.',
			'Pause, then lower slowly without letting the foot rest.',
			'Finish all reps, then change legs.'
		],
		cues: ['Trunk tall, no leaning', 'Toes forward'],
		mistakes: ['Leaning over to lift higher', 'Turning the toes out', 'Swinging the leg'],
		easier: 'side-lying-hip-abduction',
		harder: 'lateral-band-walk',
		sources: ['rathleff-2012', 'ferber-2015']
	},
	{
		id: 'single-leg-balance',
		name: 'Single-leg balance',
		category: 'stability',
		areas: ['ankles', 'hips'],
		muscles: ['foot and ankle stabilisers', 'gluteus medius'],
		equipment: ['none'],
		perSide: true,
		dose: { mode: 'hold', sets: 3, seconds: 30, rest: 15 },
		why: 'Better balance means steadier landings and a knee that stays in line.',
		intensity: 1,
		instructions: [
			'Stand on one leg with the knee soft, near a wall or chair for safety.',
			'Keep the pelvis level and the knee over the middle of the foot.',
			'Hold steady; when it is easy, close your eyes or turn your head slowly.',
			'Change legs when the time is up.'
		],
		cues: ['Soft knee, level hips', 'Grip the floor with your foot'],
		mistakes: ['Locking the knee', 'Hip dropping on the free side', 'Holding your breath'],
		harder: 'single-leg-deadlift',
		sources: ['rathleff-2012', 'willy-2019']
	},
	{
		id: 'single-leg-deadlift',
		name: 'Single-leg deadlift',
		category: 'stability',
		areas: ['hamstrings', 'glutes'],
		muscles: ['hamstrings', 'gluteus maximus', 'gluteus medius'],
		equipment: ['none'],
		perSide: true,
		dose: { mode: 'reps', sets: 3, reps: 8, tempo: 4, rest: 45 },
		why: 'Trains hip control and hamstring strength on one leg, the way you run.',
		intensity: 3,
		instructions: [
			'Stand on one leg with the knee slightly bent.',
			'Hinge forward at the hip, reaching the other leg straight back behind you.',
			'Lower until your trunk is nearly level or you feel the hamstring; hips stay square.',
			'Squeeze the buttock to return to standing.'
		],
		cues: ['Hinge at the hip, back flat', 'Hips square to the floor'],
		mistakes: [
			'Rounding the back',
			'Opening the hip of the lifted leg',
			'Locking the standing knee'
		],
		easier: 'single-leg-balance',
		sources: ['ferber-2015', 'collins-2018']
	},
	{
		id: 'calf-raise',
		name: 'Calf raise',
		category: 'strength',
		areas: ['calves', 'ankles'],
		muscles: ['gastrocnemius', 'soleus'],
		equipment: ['none', 'step'],
		perSide: false,
		dose: { mode: 'reps', sets: 3, reps: 15, tempo: 3, rest: 30 },
		why: 'Strong calves absorb landing forces that would otherwise travel up to the knee.',
		intensity: 1,
		instructions: [
			'Stand tall with feet hip-width apart, fingertips on a wall for balance.',
			'Rise onto the balls of your feet as high as you can.',
			'Pause at the top.',
			'Lower more slowly than you rose.'
		],
		cues: ['All the way up, slow down', 'Weight over the big toe'],
		mistakes: ['Bouncing', 'Rolling out onto the little toes', 'Bending the knees'],
		harder: 'single-leg-calf-raise',
		sources: ['collins-2018', 'willy-2019']
	},
	{
		id: 'bent-knee-calf-raise',
		name: 'Bent-knee calf raise',
		category: 'strength',
		areas: ['calves', 'ankles'],
		muscles: ['soleus'],
		equipment: ['none', 'wall'],
		perSide: false,
		dose: { mode: 'reps', sets: 3, reps: 15, tempo: 3, rest: 30 },
		why: 'Targets the soleus, the calf muscle that takes the biggest share of the load in running.',
		intensity: 1,
		instructions: [
			'Stand facing a wall, hands on it, and bend both knees slightly.',
			'Keeping the knees bent the same amount, rise onto the balls of your feet.',
			'Pause at the top.',
			'Lower slowly, keeping the knee bend.'
		],
		cues: ['Keep the knees bent', 'Up tall, slow down'],
		mistakes: ['Straightening the knees as you rise', 'Bouncing at the bottom'],
		easier: 'calf-raise',
		harder: 'single-leg-calf-raise',
		sources: ['collins-2018', 'willy-2019']
	},
	{
		id: 'single-leg-calf-raise',
		name: 'Single-leg calf raise',
		category: 'strength',
		areas: ['calves', 'ankles'],
		muscles: ['gastrocnemius', 'soleus'],
		equipment: ['none', 'step'],
		perSide: true,
		dose: { mode: 'reps', sets: 3, reps: 12, tempo: 3, rest: 45 },
		why: 'Each calf lifts your whole body weight, close to what it meets in every running stride.',
		intensity: 2,
		instructions: [
			'Stand on one foot, fingertips on a wall, the other foot lifted.',
			'Rise as high as you can onto the ball of the foot.',
			'Pause at the top.',
			'Lower slowly; from the edge of a step you can lower below level.'
		],
		cues: ['High and slow', 'Weight over the big toe'],
		mistakes: ['Bouncing', 'Pushing on the wall', 'Rushing the lowering'],
		easier: 'calf-raise',
		sources: ['collins-2018', 'willy-2019']
	},
	{
		id: 'hamstring-bridge',
		name: 'Hamstring bridge',
		category: 'strength',
		areas: ['hamstrings', 'glutes'],
		muscles: ['hamstrings', 'gluteus maximus'],
		equipment: ['chair', 'step'],
		perSide: false,
		dose: { mode: 'reps', sets: 3, reps: 10, tempo: 3, rest: 30 },
		why: 'Strong hamstrings share the work with the quads and steady the knee.',
		intensity: 2,
		instructions: [
			'Lie on your back with both heels on a chair seat or step, knees slightly bent.',
			'Press the heels down and lift your hips until your body is straight.',
			'Hold for a second at the top.',
			'Lower slowly to the floor.'
		],
		cues: ['Dig your heels in', 'Hips up, ribs down'],
		mistakes: ['Arching the lower back', 'Pushing with the toes', 'Dropping fast'],
		easier: 'glute-bridge',
		harder: 'single-leg-bridge',
		sources: ['ferber-2015', 'collins-2018']
	},
	{
		id: 'side-plank-knees',
		name: 'Side plank on knees',
		category: 'stability',
		areas: ['core', 'hips'],
		muscles: ['obliques', 'gluteus medius', 'quadratus lumborum'],
		equipment: ['none'],
		perSide: true,
		dose: { mode: 'hold', sets: 3, seconds: 20, rest: 20 },
		why: 'Builds the trunk and side-hip endurance that keeps your pelvis level late in a run.',
		intensity: 1,
		instructions: [
			'Lie on your side, propped on your forearm, elbow under the shoulder, knees bent.',
			'Lift your hips so knees, hips and shoulders form a straight line.',
			'Hold without letting the hips sag or tip back.',
			'Lower gently and change sides.'
		],
		cues: ['Hips high, body straight', 'Elbow under shoulder'],
		mistakes: ['Hips sagging', 'Shrugging into the shoulder', 'Rolling forwards'],
		easier: 'side-lying-hip-abduction',
		harder: 'side-plank',
		sources: ['ferber-2015', 'rathleff-2012']
	},
	{
		id: 'side-plank',
		name: 'Side plank',
		category: 'stability',
		areas: ['core', 'hips'],
		muscles: ['obliques', 'gluteus medius', 'quadratus lumborum'],
		equipment: ['none'],
		perSide: true,
		dose: { mode: 'hold', sets: 3, seconds: 30, rest: 30 },
		why: 'Full-length trunk and hip endurance for the single-leg stance of running.',
		intensity: 2,
		instructions: [
			'Lie on your side, propped on your forearm, legs straight and feet stacked.',
			'Lift your hips so your ankles, hips and shoulders form a straight line.',
			'Hold, breathing steadily.',
			'Lower gently and change sides.'
		],
		cues: ['Straight line, hips high', 'Breathe steadily'],
		mistakes: ['Hips sagging or piking', 'Head dropping', 'Holding your breath'],
		easier: 'side-plank-knees',
		harder: 'copenhagen-plank-short',
		sources: ['ferber-2015', 'rathleff-2012']
	},
	{
		id: 'copenhagen-plank-short',
		name: 'Copenhagen plank, short lever',
		category: 'strength',
		areas: ['adductors', 'core'],
		muscles: ['adductors', 'obliques'],
		equipment: ['chair', 'step'],
		perSide: true,
		dose: { mode: 'reps', sets: 2, reps: 5, tempo: 3, rest: 60 },
		why: 'Strong inner-thigh muscles steady the knee and pelvis; start with a few reps and build towards 12-15 over the weeks.',
		intensity: 3,
		instructions: [
			'Lie on your side on your forearm, the top knee resting on a chair seat or step.',
			'Lift your hips and lower leg so your body is straight, pressing down through the top knee.',
			'Lower the hips and bottom leg slowly towards the floor, then lift again.',
			'If pain passes 3/10, do a side plank on the knees instead.'
		],
		cues: ['Press down with the top knee', 'Body straight, hips high'],
		mistakes: ['Starting with too many reps', 'Hips sagging', 'Pushing through groin pain'],
		easier: 'side-plank-knees',
		sources: ['lindblom-2023']
	},

	// --- Dynamic pre-run drills ------------------------------------------------------------
	{
		id: 'leg-swing-front',
		name: 'Leg swings, front to back',
		category: 'dynamic-stretch',
		areas: ['hamstrings', 'hips'],
		muscles: ['hamstrings', 'hip flexors', 'gluteus maximus'],
		equipment: ['wall'],
		perSide: true,
		dose: { mode: 'reps', sets: 1, reps: 10, tempo: 2, rest: 0 },
		why: 'Takes the hips through a running stride and more, without the strength loss of static holds.',
		intensity: 2,
		instructions: [
			'Stand side-on to a wall with one hand on it.',
			'Swing the outside leg forwards and backwards like a pendulum.',
			'Start small and let the swing grow, keeping the trunk upright.',
			'Change legs when the time is up.'
		],
		cues: ['Tall trunk, easy swing', 'Grow the swing slowly'],
		mistakes: ['Kicking hard from the start', 'Arching the back on the back swing'],
		easier: 'hip-circles',
		harder: 'walking-knee-hug',
		sources: ['behm-2011', 'simic-2013']
	},
	{
		id: 'leg-swing-side',
		name: 'Leg swings, side to side',
		category: 'dynamic-stretch',
		areas: ['adductors', 'hips'],
		muscles: ['adductors', 'gluteus medius'],
		equipment: ['wall'],
		perSide: true,
		dose: { mode: 'reps', sets: 1, reps: 10, tempo: 2, rest: 0 },
		why: 'Loosens the inner and outer hip, the muscles that keep your knee in line.',
		intensity: 2,
		instructions: [
			'Face a wall with both hands on it.',
			'Swing one leg across the front of your body and out to the side.',
			'Keep the hips facing the wall and let the swing grow gradually.',
			'Change legs when the time is up.'
		],
		cues: ['Hips face the wall', 'Relaxed, growing swing'],
		mistakes: ['Twisting the pelvis', 'Swinging too hard too soon'],
		easier: 'hip-circles',
		harder: 'lateral-lunge',
		sources: ['behm-2011', 'simic-2013']
	},
	{
		id: 'hip-circles',
		name: 'Hip circles',
		category: 'dynamic-stretch',
		areas: ['hips'],
		muscles: ['hip flexors', 'gluteus medius', 'adductors'],
		equipment: ['none', 'wall'],
		perSide: true,
		dose: { mode: 'reps', sets: 1, reps: 8, tempo: 3, rest: 0 },
		why: 'A gentle start that wakes up the hip joint in every direction.',
		intensity: 1,
		instructions: [
			'Stand on one leg, a hand on a wall if you need it.',
			'Lift the other knee to hip height.',
			'Draw a slow, big circle with the knee: out, around and back down.',
			'Do half the circles each way, then change legs.'
		],
		cues: ['Big, slow circles', 'Stand tall on the other leg'],
		mistakes: ['Leaning the trunk', 'Rushing the circles'],
		harder: 'leg-swing-side',
		sources: ['behm-2011']
	},
	{
		id: 'walking-lunge',
		name: 'Walking lunge',
		category: 'dynamic-stretch',
		areas: ['quads', 'hips', 'glutes'],
		muscles: ['quadriceps', 'gluteus maximus', 'hip flexors'],
		equipment: ['none'],
		perSide: false,
		dose: { mode: 'timed', sets: 1, seconds: 30, rest: 0 },
		why: 'Warms the quads and stretches the hip flexors in a running-like stance.',
		intensity: 2,
		instructions: [
			'Step forward into a lunge and lower the back knee towards the floor.',
			'Keep the front knee over the second toe and the trunk upright.',
			'Push through the front foot and step straight into the next lunge.',
			'Add a gentle twist over the front leg if your knees are happy.'
		],
		cues: ['Long step, chest tall', 'Front knee over second toe'],
		mistakes: ['Short steps that push the knee over the toes', 'Knee caving inwards'],
		easier: 'air-squat',
		sources: ['behm-2011', 'simic-2013']
	},
	{
		id: 'lateral-lunge',
		name: 'Lateral lunge',
		category: 'dynamic-stretch',
		areas: ['adductors', 'quads'],
		muscles: ['adductors', 'quadriceps', 'gluteus maximus'],
		equipment: ['none'],
		perSide: true,
		dose: { mode: 'reps', sets: 1, reps: 8, tempo: 3, rest: 0 },
		why: 'Opens the inner thigh and hip, which running straight ahead rarely does.',
		intensity: 2,
		instructions: [
			'Stand with feet wide, toes forward.',
			'Shift your weight to one side, bending that knee and pushing the hips back.',
			'Keep the other leg straight and feel the inner thigh lengthen.',
			'Push back to the middle; do all reps on one side, then change.'
		],
		cues: ['Hips back, chest up', 'Knee over the toes'],
		mistakes: ['Knee drifting past the toes', 'Rounding the back', 'Lifting the heel'],
		easier: 'leg-swing-side',
		sources: ['behm-2011']
	},
	{
		id: 'high-knees',
		name: 'High knees',
		category: 'dynamic-stretch',
		areas: ['whole-body', 'hips'],
		muscles: ['hip flexors', 'calves', 'quadriceps'],
		equipment: ['none'],
		perSide: false,
		dose: { mode: 'timed', sets: 1, seconds: 30, rest: 0 },
		why: 'Raises heart rate and rehearses a quick, light running rhythm.',
		intensity: 3,
		instructions: [
			'Jog on the spot or move slowly forwards.',
			'Drive each knee up towards hip height.',
			'Land softly on the balls of your feet, arms pumping.',
			'Keep it light and quick rather than high and heavy.'
		],
		cues: ['Light, quick feet', 'Tall posture, arms drive'],
		mistakes: ['Leaning back', 'Landing heavily on the heels'],
		easier: 'walking-knee-hug',
		harder: 'a-skip',
		sources: ['behm-2011']
	},
	{
		id: 'butt-kicks',
		name: 'Butt kicks',
		category: 'dynamic-stretch',
		areas: ['quads', 'hamstrings'],
		muscles: ['hamstrings', 'quadriceps'],
		equipment: ['none'],
		perSide: false,
		dose: { mode: 'timed', sets: 1, seconds: 30, rest: 0 },
		why: 'Warms the hamstrings and moves the quads through their full length.',
		intensity: 3,
		instructions: [
			'Jog on the spot or slowly forwards.',
			'Flick each heel up towards your buttocks.',
			'Keep the knees pointing down and the trunk upright.',
			'Stay light on the balls of the feet.'
		],
		cues: ['Heels to buttocks', 'Knees point down'],
		mistakes: ['Knees swinging forwards', 'Leaning forwards'],
		harder: 'a-skip',
		sources: ['behm-2011']
	},
	{
		id: 'a-skip',
		name: 'A-skip',
		category: 'dynamic-stretch',
		areas: ['calves', 'whole-body'],
		muscles: ['calves', 'hip flexors', 'gluteus maximus'],
		equipment: ['none'],
		perSide: false,
		dose: { mode: 'timed', sets: 1, seconds: 30, rest: 0 },
		why: 'A lively running drill that primes springy ankles and a tall posture before you go.',
		intensity: 3,
		instructions: [
			'Skip forwards, driving one knee up as the other foot hops.',
			'Bring the raised foot down under your hips, striking with the ball of the foot.',
			'Swing the opposite arm with each knee.',
			'Keep the rhythm light and bouncy; walk back and repeat.'
		],
		cues: ['Knee up, foot down under you', 'Bouncy and light'],
		mistakes: [
			'Reaching the foot out in front',
			'Landing on the heel',
			'Going for height, not rhythm'
		],
		easier: 'high-knees',
		sources: ['behm-2011']
	},
	{
		id: 'ankle-rolls',
		name: 'Ankle rolls',
		category: 'dynamic-stretch',
		areas: ['ankles', 'calves'],
		muscles: ['ankle and foot muscles', 'calves'],
		equipment: ['none', 'wall'],
		perSide: true,
		dose: { mode: 'reps', sets: 1, reps: 10, tempo: 2, rest: 0 },
		why: 'The gentlest start: loosens the ankles that take every landing.',
		intensity: 1,
		instructions: [
			'Stand on one leg, a hand on a wall, the other toes resting lightly on the floor.',
			'Circle the ankle slowly through its full range.',
			'Do half the circles each way.',
			'Change feet when the time is up.'
		],
		cues: ['Slow, full circles', 'Both directions'],
		mistakes: ['Tiny, rushed circles', 'Putting weight through the rolling foot'],
		sources: ['behm-2011']
	},
	{
		id: 'inchworm',
		name: 'Inchworm',
		category: 'dynamic-stretch',
		areas: ['whole-body', 'hamstrings', 'core'],
		muscles: ['hamstrings', 'calves', 'shoulders', 'core'],
		equipment: ['none'],
		perSide: false,
		dose: { mode: 'reps', sets: 1, reps: 5, tempo: 6, rest: 0 },
		why: 'Lengthens the whole back of the legs while waking up the trunk.',
		intensity: 2,
		instructions: [
			'Stand tall, then bend forward and place your hands on the floor, knees soft.',
			'Walk your hands out until you reach a plank.',
			'Walk your feet in small steps towards your hands, keeping the legs as straight as is comfortable.',
			'Stand up and repeat.'
		],
		cues: ['Hands out, feet in', 'Soft knees are fine'],
		mistakes: ['Letting the hips sag in the plank', 'Forcing straight knees'],
		sources: ['behm-2011']
	},
	{
		id: 'walking-knee-hug',
		name: 'Walking knee hug',
		category: 'dynamic-stretch',
		areas: ['glutes', 'hips'],
		muscles: ['gluteus maximus', 'hip flexors', 'calves'],
		equipment: ['none'],
		perSide: false,
		dose: { mode: 'timed', sets: 1, seconds: 30, rest: 0 },
		why: 'Stretches the glutes and hip of one leg while the other practises balance.',
		intensity: 2,
		instructions: [
			'Step forward and lift the other knee towards your chest.',
			'Hug it in with both hands and rise onto the toes of the standing foot.',
			'Release, step forwards and repeat with the other leg.',
			'Keep the standing knee soft and the trunk tall.'
		],
		cues: ['Hug, rise, step', 'Stand tall'],
		mistakes: ['Rounding the back to reach the knee', 'Rushing so balance is lost'],
		easier: 'hip-circles',
		harder: 'high-knees',
		sources: ['behm-2011']
	},
	{
		id: 'air-squat',
		name: 'Air squat',
		category: 'dynamic-stretch',
		areas: ['quads', 'glutes'],
		muscles: ['quadriceps', 'gluteus maximus', 'adductors'],
		equipment: ['none'],
		perSide: false,
		dose: { mode: 'reps', sets: 1, reps: 10, tempo: 3, rest: 0 },
		why: 'Warms the knees through a comfortable range under body weight before you load them running.',
		intensity: 2,
		instructions: [
			'Stand with feet shoulder-width apart, arms forward.',
			'Squat down as far as is comfortable, hips back, knees over the toes.',
			'Stand up briskly, squeezing your buttocks.',
			'Keep the depth pain-free; a half squat is fine.'
		],
		cues: ['Knees over toes', 'Comfortable depth only'],
		mistakes: ['Knees caving in', 'Heels lifting', 'Forcing depth into pain'],
		harder: 'walking-lunge',
		sources: ['behm-2011']
	},

	// --- Static post-run stretches ---------------------------------------------------------
	{
		id: 'standing-quad-stretch',
		name: 'Standing quad stretch',
		category: 'static-stretch',
		areas: ['quads'],
		muscles: ['quadriceps', 'hip flexors'],
		equipment: ['none', 'wall'],
		perSide: true,
		dose: { mode: 'hold', sets: 1, seconds: 30, rest: 0 },
		why: 'Eases a tight front thigh, which pulls on the kneecap, after the run.',
		intensity: 1,
		instructions: [
			'Stand on one leg, a hand on a wall.',
			'Bend the other knee and hold the ankle behind you.',
			'Bring the knees together and tuck the pelvis under until the front thigh stretches.',
			'Hold without pain, then change legs.'
		],
		cues: ['Knees together, hips under', 'Gentle stretch, no pain'],
		mistakes: ['Arching the back', 'Pulling the heel hard into a sore knee'],
		sources: ['simic-2013', 'behm-2011']
	},
	{
		id: 'hamstring-stretch',
		name: 'Hamstring stretch',
		category: 'static-stretch',
		areas: ['hamstrings'],
		muscles: ['hamstrings'],
		equipment: ['step', 'none'],
		perSide: true,
		dose: { mode: 'hold', sets: 1, seconds: 30, rest: 0 },
		why: 'Relaxes the back of the thigh after a run without loading the knee.',
		intensity: 1,
		instructions: [
			'Rest one heel on a low step, the leg straight but not locked.',
			'Keep the back flat and hinge forward from the hips.',
			'Stop when you feel a gentle stretch behind the thigh.',
			'Hold, breathing slowly, then change legs.'
		],
		cues: ['Flat back, hinge at hips', 'Gentle, no bouncing'],
		mistakes: ['Rounding the back to reach the toes', 'Bouncing'],
		sources: ['simic-2013', 'behm-2011']
	},
	{
		id: 'calf-stretch',
		name: 'Calf stretch',
		category: 'static-stretch',
		areas: ['calves'],
		muscles: ['gastrocnemius'],
		equipment: ['wall'],
		perSide: true,
		dose: { mode: 'hold', sets: 1, seconds: 30, rest: 0 },
		why: 'Loosens the upper calf, which works hard on every stride.',
		intensity: 1,
		instructions: [
			'Stand facing a wall, hands on it, one foot a long step behind the other.',
			'Keep the back leg straight and its heel on the floor.',
			'Lean into the wall until you feel the upper calf stretch.',
			'Hold, breathing slowly, then change legs.'
		],
		cues: ['Back heel down, leg straight', 'Toes point forward'],
		mistakes: ['Lifting the back heel', 'Turning the back foot out'],
		sources: ['simic-2013', 'behm-2011']
	},
	{
		id: 'soleus-stretch',
		name: 'Soleus stretch',
		category: 'static-stretch',
		areas: ['calves', 'ankles'],
		muscles: ['soleus', 'Achilles tendon'],
		equipment: ['wall'],
		perSide: true,
		dose: { mode: 'hold', sets: 1, seconds: 30, rest: 0 },
		why: 'Reaches the deep calf muscle the straight-leg stretch misses.',
		intensity: 1,
		instructions: [
			'Stand facing a wall, one foot a short step behind the other.',
			'Bend both knees, keeping the back heel on the floor.',
			'Sink down until you feel the stretch low in the back calf.',
			'Hold, breathing slowly, then change legs.'
		],
		cues: ['Back heel down, knee bent', 'Sink down gently'],
		mistakes: ['Lifting the back heel', 'Stepping back too far'],
		sources: ['simic-2013', 'behm-2011']
	},
	{
		id: 'hip-flexor-stretch',
		name: 'Hip flexor stretch',
		category: 'static-stretch',
		areas: ['hips', 'quads'],
		muscles: ['hip flexors', 'rectus femoris'],
		equipment: ['none'],
		perSide: true,
		dose: { mode: 'hold', sets: 1, seconds: 30, rest: 0 },
		why: 'Opens the front of the hip, which shortens with sitting and hours of running.',
		intensity: 1,
		instructions: [
			'Kneel on one knee on a soft surface, the other foot flat in front.',
			'Tuck your pelvis under and squeeze the buttock of the kneeling side.',
			'Shift forward slightly until you feel the front of that hip stretch.',
			'Hold, breathing slowly, then change sides.'
		],
		cues: ['Tuck the pelvis, squeeze glute', 'Small shift forward'],
		mistakes: ['Arching the lower back', 'Lunging too far forward'],
		sources: ['simic-2013', 'behm-2011']
	},
	{
		id: 'figure-four-stretch',
		name: 'Figure-four stretch',
		category: 'static-stretch',
		areas: ['glutes', 'hips'],
		muscles: ['gluteus maximus', 'piriformis', 'deep hip rotators'],
		equipment: ['none'],
		perSide: true,
		dose: { mode: 'hold', sets: 1, seconds: 30, rest: 0 },
		why: 'Releases the deep buttock muscles that run hard in every stride.',
		intensity: 1,
		instructions: [
			'Lie on your back with both knees bent.',
			'Cross one ankle over the other knee.',
			'Hold the back of the lower thigh and draw it towards your chest.',
			'Hold, breathing slowly, then change sides.'
		],
		cues: ['Ankle over knee, draw in', 'Head and shoulders relaxed'],
		mistakes: ['Pulling on the knee of the crossed leg', 'Lifting the head'],
		sources: ['simic-2013', 'behm-2011']
	},
	{
		id: 'butterfly-stretch',
		name: 'Butterfly stretch',
		category: 'static-stretch',
		areas: ['adductors', 'hips'],
		muscles: ['adductors'],
		equipment: ['none'],
		perSide: false,
		dose: { mode: 'hold', sets: 2, seconds: 30, rest: 10 },
		why: 'Eases the inner thigh, which works to hold the knee in line.',
		intensity: 1,
		instructions: [
			'Sit tall with the soles of your feet together and knees out to the sides.',
			'Hold your ankles and let the knees sink towards the floor.',
			'Lean forward slightly from the hips for a little more stretch.',
			'Hold, breathing slowly, then relax.'
		],
		cues: ['Sit tall, knees sink', 'Let gravity do it'],
		mistakes: ['Pushing the knees down hard', 'Rounding the back'],
		sources: ['simic-2013', 'behm-2011']
	},
	{
		id: 'lateral-hip-stretch',
		name: 'Lateral hip stretch',
		category: 'static-stretch',
		areas: ['hips'],
		muscles: ['tensor fasciae latae', 'gluteus medius', 'iliotibial band'],
		equipment: ['wall'],
		perSide: true,
		dose: { mode: 'hold', sets: 1, seconds: 30, rest: 0 },
		why: 'Stretches the outer hip, where a tight band can tug on the side of the knee.',
		intensity: 1,
		instructions: [
			'Stand side-on to a wall, a hand on it.',
			'Cross the leg nearer the wall behind the other.',
			'Push the near hip gently towards the wall until the outer hip stretches.',
			'Hold, breathing slowly, then change sides.'
		],
		cues: ['Hip towards the wall', 'Trunk stays tall'],
		mistakes: ['Bending at the waist instead of moving the hip', 'Twisting the pelvis'],
		sources: ['simic-2013', 'behm-2011']
	}
];
