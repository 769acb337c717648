import type { Source } from './types';

/**
 * Published sources the library's content is built on. Each citation (authors, title, journal,
 * volume and pages, DOI) was checked against the publisher's or PubMed's record before it was added.
 * `kind` says what a source can support: only a trial sets an exercise's dose (see `basis` on
 * each exercise); consensus statements, guidelines and reviews frame routines and lessons.
 */
export const sources: Source[] = [
	{
		id: 'crossley-2016',
		kind: 'consensus',
		authors: 'Crossley KM, van Middelkoop M, Callaghan MJ, Collins NJ, Rathleff MS, Barton CJ',
		title:
			'2016 Patellofemoral pain consensus statement from the 4th International Patellofemoral Pain Research Retreat, Manchester. Part 2: recommended physical interventions (exercise, taping, bracing, foot orthoses and combined interventions)',
		journal: 'Br J Sports Med 2016;50(14):844-852',
		year: 2016,
		link: 'https://doi.org/10.1136/bjsports-2016-096268'
	},
	{
		id: 'collins-2018',
		kind: 'consensus',
		authors:
			'Collins NJ, Barton CJ, van Middelkoop M, Callaghan MJ, Rathleff MS, Vicenzino BT, Davis IS, Powers CM, Macri EM, Hart HF, de Oliveira Silva D, Crossley KM',
		title:
			'2018 Consensus statement on exercise therapy and physical interventions (orthoses, taping and manual therapy) to treat patellofemoral pain: recommendations from the 5th International Patellofemoral Pain Research Retreat, Gold Coast, Australia, 2017',
		journal: 'Br J Sports Med 2018;52(18):1170-1178',
		year: 2018,
		link: 'https://doi.org/10.1136/bjsports-2018-099397'
	},
	{
		id: 'willy-2019',
		kind: 'guideline',
		authors:
			'Willy RW, Hoglund LT, Barton CJ, Bolgla LA, Scalzitti DA, Logerstedt DS, Lynch AD, Snyder-Mackler L, McDonough CM',
		title:
			'Patellofemoral Pain: Clinical Practice Guidelines Linked to the International Classification of Functioning, Disability and Health From the Academy of Orthopaedic Physical Therapy of the American Physical Therapy Association',
		journal: 'J Orthop Sports Phys Ther 2019;49(9):CPG1-CPG95',
		year: 2019,
		link: 'https://doi.org/10.2519/jospt.2019.0302'
	},
	{
		id: 'ferber-2015',
		kind: 'trial',
		authors: 'Ferber R, Bolgla L, Earl-Boehm JE, Emery C, Hamstra-Wright K',
		title:
			'Strengthening of the Hip and Core Versus Knee Muscles for the Treatment of Patellofemoral Pain: A Multicenter Randomized Controlled Trial',
		journal: 'J Athl Train 2015;50(4):366-377',
		year: 2015,
		link: 'https://doi.org/10.4085/1062-6050-49.3.70'
	},
	{
		id: 'rathleff-2015',
		kind: 'trial',
		authors: 'Rathleff MS, Roos EM, Olesen JL, Rasmussen S',
		title:
			'Exercise during school hours when added to patient education improves outcome for 2 years in adolescent patellofemoral pain: a cluster randomised trial',
		journal: 'Br J Sports Med 2015;49(6):406-412',
		year: 2015,
		link: 'https://doi.org/10.1136/bjsports-2014-093929'
	},
	{
		id: 'rio-2017',
		kind: 'trial',
		authors:
			'Rio E, van Ark M, Docking S, Moseley GL, Kidgell D, Gaida JE, van den Akker-Scheek I, Zwerver J, Cook J',
		title:
			'Isometric Contractions Are More Analgesic Than Isotonic Contractions for Patellar Tendon Pain: An In-Season Randomized Clinical Trial',
		journal: 'Clin J Sport Med 2017;27(3):253-259',
		year: 2017,
		link: 'https://doi.org/10.1097/JSM.0000000000000364'
	},
	{
		id: 'van-ark-2016',
		kind: 'trial',
		authors: 'van Ark M, Cook JL, Docking SI, Zwerver J, Gaida JE, van den Akker-Scheek I, Rio E',
		title:
			'Do isometric and isotonic exercise programs reduce pain in athletes with patellar tendinopathy in-season? A randomised clinical trial',
		journal: 'J Sci Med Sport 2016;19(9):702-706',
		year: 2016,
		link: 'https://doi.org/10.1016/j.jsams.2015.11.006'
	},
	{
		id: 'haroy-2019',
		kind: 'trial',
		authors:
			'Harøy J, Clarsen B, Wiger EG, Øyen MG, Serner A, Thorborg K, Hölmich P, Andersen TE, Bahr R',
		title:
			'The Adductor Strengthening Programme prevents groin problems among male football players: a cluster-randomised controlled trial',
		journal: 'Br J Sports Med 2019;53(3):150-157',
		year: 2019,
		link: 'https://doi.org/10.1136/bjsports-2017-098937'
	},
	{
		id: 'simic-2013',
		kind: 'meta-analysis',
		authors: 'Simic L, Sarabon N, Markovic G',
		title:
			'Does pre-exercise static stretching inhibit maximal muscular performance? A meta-analytical review',
		journal: 'Scand J Med Sci Sports 2013;23(2):131-148',
		year: 2013,
		link: 'https://doi.org/10.1111/j.1600-0838.2012.01444.x'
	},
	{
		id: 'behm-2011',
		kind: 'review',
		authors: 'Behm DG, Chaouachi A',
		title: 'A review of the acute effects of static and dynamic stretching on performance',
		journal: 'Eur J Appl Physiol 2011;111(11):2633-2651',
		year: 2011,
		link: 'https://doi.org/10.1007/s00421-011-1879-2'
	},
	{
		id: 'crossley-2016-part1',
		kind: 'consensus',
		authors:
			'Crossley KM, Stefanik JJ, Selfe J, Collins NJ, Davis IS, Powers CM, McConnell J, Vicenzino B, Bazett-Jones DM, Esculier JF, Morrissey D, Callaghan MJ',
		title:
			'2016 Patellofemoral pain consensus statement from the 4th International Patellofemoral Pain Research Retreat, Manchester. Part 1: Terminology, definitions, clinical examination, natural history, patellofemoral osteoarthritis and patient-reported outcome measures',
		journal: 'Br J Sports Med 2016;50(14):839-843',
		year: 2016,
		link: 'https://doi.org/10.1136/bjsports-2016-096384'
	},
	{
		id: 'khayambashi-2012',
		kind: 'trial',
		authors: 'Khayambashi K, Mohammadkhani Z, Ghaznavi K, Lyle MA, Powers CM',
		title:
			'The effects of isolated hip abductor and external rotator muscle strengthening on pain, health status, and hip strength in females with patellofemoral pain: a randomized controlled trial',
		journal: 'J Orthop Sports Phys Ther 2012;42(1):22-29',
		year: 2012,
		link: 'https://doi.org/10.2519/jospt.2012.3704'
	},
	{
		id: 'rio-2015',
		kind: 'trial',
		authors: 'Rio E, Kidgell D, Purdam C, Gaida J, Moseley GL, Pearce AJ, Cook J',
		title: 'Isometric exercise induces analgesia and reduces inhibition in patellar tendinopathy',
		journal: 'Br J Sports Med 2015;49(19):1277-1283',
		year: 2015,
		link: 'https://doi.org/10.1136/bjsports-2014-094386'
	},
	{
		id: 'holden-2020',
		kind: 'trial',
		authors: 'Holden S, Lyng K, Graven-Nielsen T, Riel H, Olesen JL, Larsen LH, Rathleff MS',
		title: 'Isometric exercise and pain in patellar tendinopathy: A randomized crossover trial',
		journal: 'J Sci Med Sport 2020;23(3):208-214',
		year: 2020,
		link: 'https://doi.org/10.1016/j.jsams.2019.09.015'
	},
	{
		id: 'breda-2021',
		kind: 'trial',
		authors: 'Breda SJ, Oei EHG, Zwerver J, Visser E, Waarsing E, Krestin GP, de Vos RJ',
		title:
			'Effectiveness of progressive tendon-loading exercise therapy in patients with patellar tendinopathy: a randomised clinical trial',
		journal: 'Br J Sports Med 2021;55(9):501-509',
		year: 2021,
		link: 'https://doi.org/10.1136/bjsports-2020-103403'
	},
	{
		id: 'malliaras-2015',
		kind: 'review',
		authors: 'Malliaras P, Cook J, Purdam C, Rio E',
		title:
			'Patellar Tendinopathy: Clinical Diagnosis, Load Management, and Advice for Challenging Case Presentations',
		journal: 'J Orthop Sports Phys Ther 2015;45(11):887-898',
		year: 2015,
		link: 'https://doi.org/10.2519/jospt.2015.5987'
	},
	{
		id: 'silbernagel-2007',
		kind: 'trial',
		authors: 'Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J',
		title:
			'Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy: a randomized controlled study',
		journal: 'Am J Sports Med 2007;35(6):897-906',
		year: 2007,
		link: 'https://doi.org/10.1177/0363546506298279'
	},
	{
		id: 'thomee-1997',
		kind: 'trial',
		authors: 'Thomeé R',
		title: 'A comprehensive treatment approach for patellofemoral pain syndrome in young women',
		journal: 'Phys Ther 1997;77(12):1690-1703',
		year: 1997,
		link: 'https://doi.org/10.1093/ptj/77.12.1690'
	},
	{
		id: 'willson-2014',
		kind: 'lab-study',
		authors: 'Willson JD, Sharpee R, Meardon SA, Kernozek TW',
		title:
			'Effects of step length on patellofemoral joint stress in female runners with and without patellofemoral pain',
		journal: 'Clin Biomech 2014;29(3):243-247',
		year: 2014,
		link: 'https://doi.org/10.1016/j.clinbiomech.2013.12.016'
	},
	{
		id: 'esculier-2018',
		kind: 'trial',
		authors: 'Esculier JF, Bouyer LJ, Dubois B, Fremont P, Moore L, McFadyen B, Roy JS',
		title:
			'Is combining gait retraining or an exercise programme with education better than education alone in treating runners with patellofemoral pain? A randomised clinical trial',
		journal: 'Br J Sports Med 2018;52(10):659-666',
		year: 2018,
		link: 'https://doi.org/10.1136/bjsports-2016-096988'
	}
];
