// Short lessons, a page each at /learn/<id>: what a runner with a sore knee needs to know, each
// readable in two minutes and saying only what its cited sources say.

/** One part of a lesson: a heading and a few short paragraphs. */
interface LessonSection {
	heading: string;
	paragraphs: string[];
}

/** A lesson: a title, a one-line summary, its sections and the sources behind them. */
export interface Lesson {
	id: string;
	title: string;
	summary: string;
	sections: LessonSection[];
	/** Ids of `Source`s. */
	sources: string[];
}

/** The lessons, in reading order. */
export const lessons: Lesson[] = [
	{
		id: 'runners-knee',
		title: "Runner's knee, and why strength helps",
		summary: 'What kneecap pain is, and what the evidence says helps it most.',
		sections: [
			{
				heading: 'What it is',
				paragraphs: [
					"Runner's knee (patellofemoral pain) is pain around or behind the kneecap. It flares with anything that loads the bent knee: running, squatting, stairs, and sitting for a long time with the knees bent.",
					'It is common, it is not a sign of damage, and it usually improves with the right exercise.'
				]
			},
			{
				heading: 'Why strength helps',
				paragraphs: [
					'Exercise therapy is the treatment the international consensus statements recommend, to reduce pain in the short, medium and long term.',
					'Exercising the hips and the knees together works better than knee exercises alone. That is why every strength routine here mixes hip work (side-lying and standing leg lifts, bridges) with knee work (squats, step-ups, holds).'
				]
			},
			{
				heading: 'How much, how often',
				paragraphs: [
					'The trials ran for about six weeks, three sessions a week, and made the exercises harder as people got stronger, for instance with a stronger band.',
					'Expect progress over weeks, not days. If there is no improvement after 6-8 weeks of regular exercise, see a physiotherapist or doctor.'
				]
			}
		],
		sources: [
			'crossley-2016-part1',
			'crossley-2016',
			'collins-2018',
			'ferber-2015',
			'rathleff-2015'
		]
	},
	{
		id: 'kneecap-or-tendon',
		title: 'Kneecap pain or tendon pain?',
		summary:
			'Where it hurts points to which problem you have, and the two are trained differently.',
		sections: [
			{
				heading: 'Around or behind the kneecap',
				paragraphs: [
					"Pain around or behind the kneecap, worse on stairs, squatting or sitting, is most likely patellofemoral pain (runner's knee). Hip and knee strength work is the first treatment."
				]
			},
			{
				heading: 'Just below the kneecap',
				paragraphs: [
					'Pain in one spot just below the kneecap, at the top of the tendon, that comes with load and is worst when the tendon stores and releases energy (jumping, hopping, running faster), suggests patellar tendon pain.',
					'Tendon pain is usually worst at the start of activity and can ease as you warm up, then be worse the next day.'
				]
			},
			{
				heading: 'How tendon pain is trained',
				paragraphs: [
					'A tendon gets better with load it can tolerate, raised in stages: long isometric holds, then slow heavy strength work, then hops and jumps, then running and sport.',
					'In a trial of 76 people with patellar tendon pain, this staged programme did better than the older eccentric-squat programme. Each stage was entered when a single-leg squat on a slope hurt little enough.',
					'Isometric holds often ease tendon pain straight away, but the relief fades within the hour. They are for tendon pain, not for kneecap pain.'
				]
			}
		],
		sources: ['crossley-2016-part1', 'malliaras-2015', 'breda-2021', 'rio-2015', 'holden-2020']
	},
	{
		id: 'pain-monitoring',
		title: 'How much pain is OK?',
		summary: 'The pain-monitoring model: exercise with some pain, as long as it settles.',
		sections: [
			{
				heading: 'The rule',
				paragraphs: [
					'Rate the knee from 0 (no pain) to 10 (the worst pain imaginable). During exercise, pain up to 5 out of 10 is acceptable; 0-2 is safe.',
					'Pain after exercise is allowed if it has settled by the next morning.',
					'Pain and stiffness must not rise from week to week.'
				]
			},
			{
				heading: 'When it is too much',
				paragraphs: [
					'Above 5 out of 10, or pain that is still there the next morning, or a week that is worse than the last: reduce the load. Do fewer sets, an easier variant, or go back a stage. Do not stop moving altogether.',
					'In a trial, people with Achilles tendon pain who kept running and jumping under this rule did as well as those who rested from sport.',
					'The same way of judging pain was used in a treatment programme for young women with kneecap pain (Thomeé 1997).'
				]
			},
			{
				heading: 'How the app uses it',
				paragraphs: [
					'After each session the app asks how the knee feels, and the next morning how it is. Moving up a stage needs low pain in the last sessions and mornings that are no worse.'
				]
			}
		],
		sources: ['silbernagel-2007', 'thomee-1997']
	},
	{
		id: 'load-and-step-rate',
		title: 'Running load and step rate',
		summary: 'How to run while the knee recovers, and how to come back after a break.',
		sections: [
			{
				heading: 'Load, not rest',
				paragraphs: [
					'A sore knee usually reflects more load than it is ready for: distance, speed, hills and stairs add up. Learning to manage that load is central to care. In a trial of runners with kneecap pain, education about symptoms and load helped as much as adding exercise or gait retraining to it.',
					'Run less, or slower and flatter, while you keep the pain within the pain-monitoring rule.'
				]
			},
			{
				heading: 'Shorter, quicker steps',
				paragraphs: [
					'In a lab study of female runners, steps about 10 % shorter (a higher step rate at the same speed) lowered the stress on the kneecap joint by about 7.5 % per mile.',
					'Try a few more steps a minute, landing with the foot under you rather than far out in front.'
				]
			},
			{
				heading: 'Coming back',
				paragraphs: [
					'Return to running as walk-run intervals: from 1 minute of running and 2 of walking up to 20-30 minutes of easy running.',
					'Repeat each step at least twice, and move up only when the knee shows no more pain, swelling or stiffness the next day.'
				]
			}
		],
		sources: ['esculier-2018', 'willson-2014', 'silbernagel-2007']
	},
	{
		id: 'ice-shoes-orthoses',
		title: 'Ice, shoes, insoles and tape',
		summary: 'What the 2018 consensus says about the extras.',
		sections: [
			{
				heading: 'Insoles',
				paragraphs: [
					'Prefabricated foot orthoses (shop-bought insoles) can reduce kneecap pain in the short term. They are an add-on to exercise, not a replacement.'
				]
			},
			{
				heading: 'Tape and braces',
				paragraphs: [
					'The evidence for taping the kneecap is uncertain. Some people find it eases pain during exercise; it does not replace strengthening.'
				]
			},
			{
				heading: 'Shoes and ice',
				paragraphs: [
					'Neither consensus statement recommends a particular running shoe, and neither lists ice as a treatment. If ice makes the knee feel better for a while, that is fine; exercise is what the evidence supports.'
				]
			}
		],
		sources: ['collins-2018', 'crossley-2016']
	},
	{
		id: 'see-a-doctor',
		title: 'When to see a doctor or physiotherapist',
		summary: 'Signs that need a clinician before you exercise, and when to ask for help.',
		sections: [
			{
				heading: 'Before you exercise',
				paragraphs: [
					'See a doctor or physiotherapist first if the knee is swollen; locks or catches; gives way; hurts at night or at rest; started hurting after a fall, twist or blow; or is hot and red, or you have a fever.',
					'A child or teenager who is still growing should be checked by a clinician too.'
				]
			},
			{
				heading: 'Along the way',
				paragraphs: [
					'If the pain is not improving after 6-8 weeks of regular exercise, or keeps rising despite easing the load, ask a clinician to look again.',
					'Pain just below the kneecap is more likely tendon pain than kneecap pain: it is trained differently, and worth having confirmed.'
				]
			}
		],
		sources: ['crossley-2016-part1', 'malliaras-2015']
	},
	{
		id: 'advice-runners-get',
		title: 'The advice runners get, checked',
		summary:
			'Go slow, stretch, strengthen, ice, the right shoes, see a doctor: what holds up today.',
		sections: [
			{
				heading: 'Go slow',
				paragraphs: [
					'Yes, with a rule: keep pain within the pain-monitoring model and build back with walk-run steps, rather than stopping and starting again at full load.'
				]
			},
			{
				heading: 'Stretch before running',
				paragraphs: [
					'Warm up with a few easy minutes and dynamic drills instead. Static stretching as the only warm-up lowers strength by about 5 % and power by about 2 %; holds of 45 seconds or less cost least. Static stretches belong after the run, for comfort, if you like them.'
				]
			},
			{
				heading: 'Strengthen and rebalance',
				paragraphs: [
					'Yes: hip and knee strength together is the best-supported treatment for kneecap pain.'
				]
			},
			{
				heading: 'Ice and the right shoes',
				paragraphs: [
					'Neither is a treatment the consensus recommends; shop-bought insoles can help in the short term.'
				]
			},
			{
				heading: 'See a doctor',
				paragraphs: [
					'Yes, when there are warning signs, or no progress after 6-8 weeks of exercise.'
				]
			}
		],
		sources: ['silbernagel-2007', 'behm-2011', 'simic-2013', 'collins-2018', 'crossley-2016']
	}
];

/** The lesson with this id, or undefined. */
export function getLesson(id: string): Lesson | undefined {
	return lessons.find((lesson) => lesson.id === id);
}
