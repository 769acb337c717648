import type { Exercise } from './types';

// What the sources support, and what they do not:
// - An exercise cites a source only when that trial's programme used it at about this dose
//   (`basis: 'trial'`); the rest is ordinary strength, mobility or drill work (`general-conditioning`).
//   Consensus statements and the guideline recommend hip and knee exercise together (they frame the
//   routines) but dose no single exercise.
// - Rathleff 2015 (adolescent trial): side-lying and standing hip abduction, side-lying bridge,
//   sit-to-stand, step-up, single-leg squat, three times a week. Ferber 2015 and Khayambashi 2012:
//   standing hip abduction against a band, progressed to a stronger band.
// - Isometrics for patellar tendon pain (Rio 2015, Rio 2017, van Ark 2016, Holden 2020): five 45 s
//   holds at about 80 % of maximal effort on a leg-extension machine at 60 degrees, 2 min rests; the
//   relief was immediate and gone within 45 minutes, and isotonic loading did as well in season.
//   Tendon pain only; for kneecap pain a wall sit is plain strength work.
// - Copenhagen adduction (Harøy 2019): one set, 3-5 reps building to 12-15; groin-injury
//   prevention in footballers, untested for knee pain, so optional.
// - Dynamic drills before a run and static stretching after it (Behm 2011, Simic 2013) is a rule for
//   the routines; no trial doses a single drill or stretch.

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
		why: 'Hip strength work, done with knee exercises, reduces kneecap pain and improves function.',
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
		sources: ['rathleff-2015'],
		basis: 'trial'
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
		why: 'Works the deep hip rotators; hip strengthening with knee work eases kneecap pain.',
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
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Strengthens the hip extensors, part of the hip work that helps a sore knee.',
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
		sources: [],
		basis: 'general-conditioning'
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
		sources: [],
		basis: 'general-conditioning'
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
		why: 'A steady thigh hold that loads the knee without moving it: plain strength work for kneecap pain.',
		intensity: 2,
		instructions: [
			'Stand with your back to a wall, feet a step forward and hip-width apart.',
			'Slide down until your knees are bent to a comfortable angle, no deeper than 60 degrees.',
			'Hold at a firm effort, breathing steadily; the last holds should feel hard.',
			'Slide back up, rest, and repeat; stop if the knee pain grows during the hold.'
		],
		cues: ['Knees over your second toe', 'Weight through your heels', 'Breathe steadily'],
		mistakes: ['Going deeper than is comfortable', 'Holding your breath', 'Knees caving inwards'],
		easier: 'mini-squat',
		harder: 'spanish-squat',
		sources: [],
		basis: 'general-conditioning'
	},
	{
		id: 'spanish-squat',
		name: 'Spanish squat',
		category: 'isometric',
		areas: ['quads'],
		muscles: ['quadriceps', 'patellar tendon'],
		equipment: ['band'],
		perSide: false,
		dose: { mode: 'hold', sets: 5, seconds: 45, rest: 120 },
		why: 'A thigh hold with upright shins: the patellar tendon trials used long holds like these, on a leg-extension machine.',
		intensity: 3,
		instructions: [
			'Loop a strong band or strap around a fixed post and behind both knees; tug it hard first.',
			'Step back until the band is taut, feet hip-width apart and shins vertical.',
			'Sit back into the band to about 60 degrees of knee bend, chest tall.',
			'Hold at a hard effort, about 8 out of 10, then stand up slowly and rest.'
		],
		cues: ['Shins vertical, sit back', 'Chest tall, breathe'],
		mistakes: [
			'Letting the knees drift forward past the band',
			'Sitting too deep',
			'Holding your breath'
		],
		easier: 'wall-sit',
		sources: ['rio-2017'],
		basis: 'trial',
		caution: 'Check the anchor before every set: a band that slips or snaps drops you backwards.'
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
		why: 'A gentle way to switch on the thigh muscle when stairs and squats still hurt.',
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
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Works the thigh with the knee straight, so the kneecap is barely loaded: a start on a sore day.',
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
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Trains the last part of straightening the knee against a band.',
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
		sources: [],
		basis: 'general-conditioning',
		caution: 'Anchor the band to something that cannot move, at knee height.'
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
		sources: [],
		basis: 'general-conditioning'
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
		sources: ['rathleff-2015'],
		basis: 'trial'
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
		why: 'Controls the knee as it bends under load, as it must on stairs and downhills.',
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
		sources: [],
		basis: 'general-conditioning'
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
		why: 'A harder step-down that trains control on the way down, as stairs and hills demand.',
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
		sources: [],
		basis: 'general-conditioning'
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
		sources: ['rathleff-2015'],
		basis: 'trial'
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
		why: 'A lunge without the stepping: steady loading of each leg in a running stance.',
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
		sources: [],
		basis: 'general-conditioning'
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
		why: 'A single-leg squat with the chair setting the depth while you gain control.',
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
		sources: ['rathleff-2015'],
		basis: 'trial'
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
		why: 'Keeps the side-hip muscles working while you stand and step.',
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
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Hip strength work, done with knee exercises, reduces kneecap pain and improves function.',
		intensity: 2,
		instructions: [
			'Stand tall holding a chair back, a band looped around both ankles.',
			'Keeping the trunk upright, lift one straight leg out to the side.',
			'Pause, then lower slowly without letting the foot rest.',
			'Finish all reps, then change legs.'
		],
		cues: ['Trunk tall, no leaning', 'Toes forward'],
		mistakes: ['Leaning over to lift higher', 'Turning the toes out', 'Swinging the leg'],
		easier: 'side-lying-hip-abduction',
		harder: 'lateral-band-walk',
		sources: ['ferber-2015', 'khayambashi-2012', 'rathleff-2015'],
		basis: 'trial'
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
		why: 'Practises standing steady on one leg, the position of every running stride.',
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
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Trains hip control and hamstring strength on one leg.',
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
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Strengthens the calves, which share the work of every landing.',
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
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Targets the soleus, the deep calf muscle that works hard in running.',
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
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Each calf lifts your whole body weight, as it does in every running stride.',
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
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Strengthens the hamstrings, which work with the quads around the knee.',
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
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Builds trunk and side-hip endurance with the knees as the pivot.',
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
		sources: ['rathleff-2015'],
		basis: 'trial'
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
		why: 'Full-length trunk and side-hip endurance for the single-leg stance of running.',
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
		sources: [],
		basis: 'general-conditioning'
	},
	{
		id: 'copenhagen-plank-short',
		name: 'Copenhagen plank, short lever',
		category: 'strength',
		areas: ['adductors', 'core'],
		muscles: ['adductors', 'obliques'],
		equipment: ['chair', 'step'],
		perSide: true,
		dose: { mode: 'reps', sets: 1, reps: 5, tempo: 3, rest: 60 },
		why: 'Optional: this inner-thigh programme prevented groin problems in footballers; it is untested for knee pain.',
		intensity: 3,
		instructions: [
			'Lie on your side on your forearm, the top knee resting on a chair seat or step.',
			'Lift your hips and lower leg so your body is straight, pressing down through the top knee.',
			'Lower the hips and bottom leg slowly towards the floor, then lift again.',
			'Add a rep or two a week, building towards 12-15 over the weeks; if the groin hurts, stop.'
		],
		cues: ['Press down with the top knee', 'Body straight, hips high'],
		mistakes: ['Starting with too many reps', 'Hips sagging', 'Pushing through groin pain'],
		easier: 'side-plank-knees',
		sources: ['haroy-2019'],
		basis: 'trial'
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
		why: 'Swings the hip through a running stride and beyond: moving, not holding still.',
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
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Loosens the inner and outer hip, side to side, before you run.',
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
		sources: [],
		basis: 'general-conditioning'
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
		sources: [],
		basis: 'general-conditioning'
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
		sources: [],
		basis: 'general-conditioning'
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
		sources: [],
		basis: 'general-conditioning'
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
		sources: [],
		basis: 'general-conditioning'
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
		sources: [],
		basis: 'general-conditioning'
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
		sources: [],
		basis: 'general-conditioning'
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
		sources: [],
		basis: 'general-conditioning'
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
		sources: [],
		basis: 'general-conditioning'
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
		sources: [],
		basis: 'general-conditioning'
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
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Optional after a run: comfort and range of motion at the front of the thigh.',
		intensity: 1,
		instructions: [
			'Stand on one leg, a hand on a wall.',
			'Bend the other knee and hold the ankle behind you.',
			'Bring the knees together and tuck the pelvis under until the front thigh stretches.',
			'Hold without pain, then change legs.'
		],
		cues: ['Knees together, hips under', 'Gentle stretch, no pain'],
		mistakes: ['Arching the back', 'Pulling the heel hard into a sore knee'],
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Optional after a run: eases the back of the thigh without loading the knee.',
		intensity: 1,
		instructions: [
			'Rest one heel on a low step, the leg straight but not locked.',
			'Keep the back flat and hinge forward from the hips.',
			'Stop when you feel a gentle stretch behind the thigh.',
			'Hold, breathing slowly, then change legs.'
		],
		cues: ['Flat back, hinge at hips', 'Gentle, no bouncing'],
		mistakes: ['Rounding the back to reach the toes', 'Bouncing'],
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Optional after a run: eases the upper calf after every stride it took.',
		intensity: 1,
		instructions: [
			'Stand facing a wall, hands on it, one foot a long step behind the other.',
			'Keep the back leg straight and its heel on the floor.',
			'Lean into the wall until you feel the upper calf stretch.',
			'Hold, breathing slowly, then change legs.'
		],
		cues: ['Back heel down, leg straight', 'Toes point forward'],
		mistakes: ['Lifting the back heel', 'Turning the back foot out'],
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Optional after a run: reaches the deep calf muscle the straight-leg stretch misses.',
		intensity: 1,
		instructions: [
			'Stand facing a wall, one foot a short step behind the other.',
			'Bend both knees, keeping the back heel on the floor.',
			'Sink down until you feel the stretch low in the back calf.',
			'Hold, breathing slowly, then change legs.'
		],
		cues: ['Back heel down, knee bent', 'Sink down gently'],
		mistakes: ['Lifting the back heel', 'Stepping back too far'],
		sources: [],
		basis: 'general-conditioning'
	},
	{
		id: 'hip-flexor-stretch',
		name: 'Hip flexor stretch',
		category: 'static-stretch',
		areas: ['hips', 'quads'],
		muscles: ['hip flexors', 'rectus femoris'],
		equipment: ['none', 'chair'],
		perSide: true,
		dose: { mode: 'hold', sets: 1, seconds: 30, rest: 0 },
		why: 'Opens the front of the hip, standing, so no weight rests on a sore knee.',
		intensity: 1,
		instructions: [
			'Stand in a long split stance, the back heel lifted, a hand on a chair or wall if you like.',
			'Tuck your pelvis under and squeeze the buttock of the back leg.',
			'Bend the front knee a little and shift forward until the front of the back hip stretches.',
			'Hold, breathing slowly, then change sides.'
		],
		cues: ['Tuck the pelvis, squeeze glute', 'Small shift forward'],
		mistakes: ['Arching the lower back', 'Lunging so deep the front knee aches'],
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Optional after a run: eases the deep buttock muscles.',
		intensity: 1,
		instructions: [
			'Lie on your back with both knees bent.',
			'Cross one ankle over the other knee.',
			'Hold the back of the lower thigh and draw it towards your chest.',
			'Hold, breathing slowly, then change sides.'
		],
		cues: ['Ankle over knee, draw in', 'Head and shoulders relaxed'],
		mistakes: ['Pulling on the knee of the crossed leg', 'Lifting the head'],
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Optional after a run: eases the inner thigh.',
		intensity: 1,
		instructions: [
			'Sit tall with the soles of your feet together and knees out to the sides.',
			'Hold your ankles and let the knees sink towards the floor.',
			'Lean forward slightly from the hips for a little more stretch.',
			'Hold, breathing slowly, then relax.'
		],
		cues: ['Sit tall, knees sink', 'Let gravity do it'],
		mistakes: ['Pushing the knees down hard', 'Rounding the back'],
		sources: [],
		basis: 'general-conditioning'
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
		why: 'Optional after a run: stretches the outer hip.',
		intensity: 1,
		instructions: [
			'Stand side-on to a wall, a hand on it.',
			'Cross the leg nearer the wall behind the other.',
			'Push the near hip gently towards the wall until the outer hip stretches.',
			'Hold, breathing slowly, then change sides.'
		],
		cues: ['Hip towards the wall', 'Trunk stays tall'],
		mistakes: ['Bending at the waist instead of moving the hip', 'Twisting the pelvis'],
		sources: [],
		basis: 'general-conditioning'
	},

	// --- Hops and jumps: the energy-storage stage of tendon loading (Breda 2021) --------------
	{
		id: 'pogo-hops',
		name: 'Pogo hops',
		category: 'plyometric',
		areas: ['calves', 'quads'],
		muscles: ['calves', 'quadriceps', 'patellar tendon'],
		equipment: ['none'],
		perSide: false,
		dose: { mode: 'timed', sets: 3, seconds: 20, rest: 60 },
		why: 'Small, springy hops: the first energy-storage load for a tendon that tolerates slow strength work.',
		intensity: 3,
		instructions: [
			'Stand tall with feet hip-width apart, knees soft.',
			'Hop lightly on the balls of your feet, just clear of the floor.',
			'Keep the knees nearly straight and let the ankles do the springing.',
			'Stop the set early if the knee hurts more than it did at the start.'
		],
		cues: ['Quiet, springy feet', 'Small hops, tall body'],
		mistakes: ['Landing on the heels', 'Hopping high instead of light', 'Sinking into the knees'],
		harder: 'squat-jump',
		sources: ['breda-2021'],
		basis: 'trial'
	},
	{
		id: 'squat-jump',
		name: 'Squat jump',
		category: 'plyometric',
		areas: ['quads', 'glutes'],
		muscles: ['quadriceps', 'gluteus maximus', 'calves', 'patellar tendon'],
		equipment: ['none'],
		perSide: false,
		dose: { mode: 'reps', sets: 3, reps: 6, tempo: 4, rest: 90 },
		why: 'A bigger energy-storage load: bend, jump and land softly, as running and jumping ask.',
		intensity: 3,
		instructions: [
			'Stand with feet shoulder-width apart, arms by your sides.',
			'Bend into a quarter squat, swinging the arms back.',
			'Jump straight up, then land softly on the balls of the feet, knees over the toes.',
			'Stand tall, reset, and jump again.'
		],
		cues: ['Soft, quiet landing', 'Knees over the toes'],
		mistakes: ['Landing stiff-legged', 'Knees caving in on landing', 'Rushing the reset'],
		easier: 'pogo-hops',
		harder: 'single-leg-hops',
		sources: ['breda-2021'],
		basis: 'trial'
	},
	{
		id: 'single-leg-hops',
		name: 'Single-leg hops',
		category: 'plyometric',
		areas: ['calves', 'quads'],
		muscles: ['calves', 'quadriceps', 'gluteus medius', 'patellar tendon'],
		equipment: ['none'],
		perSide: true,
		dose: { mode: 'timed', sets: 3, seconds: 15, rest: 60 },
		why: 'Hops on one leg load the tendon much as each running stride does.',
		intensity: 3,
		instructions: [
			'Stand on one leg, the knee soft, near a wall for balance if you like.',
			'Hop lightly on the spot, just clear of the floor.',
			'Keep the knee over the middle toes and the pelvis level.',
			'Change legs when the time is up.'
		],
		cues: ['Light and quiet', 'Knee over the middle toes'],
		mistakes: ['Hip dropping on the free side', 'Heavy landings', 'Knee caving in'],
		easier: 'squat-jump',
		sources: ['breda-2021'],
		basis: 'trial'
	},
	{
		id: 'single-leg-spanish-squat',
		name: 'Single-leg Spanish squat',
		category: 'isometric',
		areas: ['quads'],
		muscles: ['quadriceps', 'patellar tendon'],
		equipment: ['band'],
		perSide: true,
		dose: { mode: 'hold', sets: 5, seconds: 45, rest: 120 },
		why: 'Loads one thigh at a time when a two-legged hold has become easy.',
		intensity: 3,
		instructions: [
			'Loop a strong band around a fixed post and behind both knees; tug it hard first.',
			'Step back until the band is taut, then lift one foot just off the floor.',
			'Sit back into the band on the standing leg, shin upright, chest tall.',
			'Hold at a hard effort, about 8 out of 10, then put the foot down and rest.'
		],
		cues: ['Shin upright, sit back', 'Chest tall, breathe'],
		mistakes: ['Letting the knee drift forward past the band', 'Holding your breath'],
		easier: 'spanish-squat',
		sources: ['rio-2017'],
		basis: 'trial',
		caution: 'Check the anchor before every set: a band that slips or snaps drops you backwards.'
	},

	// --- Walking and easy running ----------------------------------------------------------
	{
		id: 'easy-jog',
		name: 'Easy jog or brisk walk',
		category: 'aerobic',
		areas: ['whole-body'],
		muscles: ['legs', 'heart and lungs'],
		equipment: ['none'],
		perSide: false,
		dose: { mode: 'timed', sets: 1, seconds: 180, rest: 0 },
		why: 'A few easy minutes warm the body up before the drills.',
		intensity: 1,
		instructions: [
			'Jog very easily, or walk briskly if running still hurts.',
			'Keep it easy enough to talk in full sentences.',
			'Let your arms swing and your breathing settle into a rhythm.'
		],
		cues: ['Easy enough to chat', 'Relaxed shoulders'],
		mistakes: ['Starting too fast', 'Skipping it to save time'],
		sources: [],
		basis: 'general-conditioning'
	},
	{
		id: 'walk',
		name: 'Walk',
		category: 'aerobic',
		areas: ['whole-body'],
		muscles: ['legs', 'heart and lungs'],
		equipment: ['none'],
		perSide: false,
		dose: { mode: 'timed', sets: 1, seconds: 120, rest: 0 },
		why: 'The walk breaks let the knee recover between runs while the session keeps going.',
		intensity: 1,
		instructions: [
			'Walk briskly, arms swinging.',
			'Breathe easily and let the legs recover.',
			'Get ready to run again when the cue comes.'
		],
		cues: ['Brisk and relaxed', 'Breathe out slowly'],
		mistakes: ['Stopping still instead of walking', 'Walking so slowly the body cools down'],
		harder: 'easy-run',
		sources: [],
		basis: 'general-conditioning'
	},
	{
		id: 'easy-run',
		name: 'Easy run',
		category: 'aerobic',
		areas: ['whole-body'],
		muscles: ['legs', 'heart and lungs'],
		equipment: ['none'],
		perSide: false,
		dose: { mode: 'timed', sets: 1, seconds: 60, rest: 0 },
		why: 'Easy running, in short doses the knee tolerates, builds back to a continuous run.',
		intensity: 2,
		instructions: [
			'Run at an easy pace, easy enough to talk.',
			'Take short, quick, light steps rather than long ones.',
			'Run on flat, even ground; avoid downhills at first.',
			'Slow to a walk early if the knee starts to hurt more.'
		],
		cues: ['Short, quick, light steps', 'Easy enough to talk'],
		mistakes: ['Running too fast', 'Long, reaching strides', 'Pushing through rising pain'],
		easier: 'walk',
		sources: [],
		basis: 'general-conditioning'
	}
];
