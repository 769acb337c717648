import type { Source } from './types';

/**
 * Published sources the library's content is built on. Each citation (authors, title, journal,
 * volume and pages, DOI) was checked against the publisher's or PubMed's record before it was added.
 */
export const sources: Source[] = [
	{
		id: 'crossley-2016',
		authors: 'Crossley KM, van Middelkoop M, Callaghan MJ, Collins NJ, Rathleff MS, Barton CJ',
		title:
			'2016 Patellofemoral pain consensus statement from the 4th International Patellofemoral Pain Research Retreat, Manchester. Part 2: recommended physical interventions (exercise, taping, bracing, foot orthoses and combined interventions)',
		journal: 'Br J Sports Med 2016;50(14):844-852',
		year: 2016,
		link: 'https://doi.org/10.1136/bjsports-2016-096268'
	},
	{
		id: 'collins-2018',
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
		authors: 'Ferber R, Bolgla L, Earl-Boehm JE, Emery C, Hamstra-Wright K',
		title:
			'Strengthening of the Hip and Core Versus Knee Muscles for the Treatment of Patellofemoral Pain: A Multicenter Randomized Controlled Trial',
		journal: 'J Athl Train 2015;50(4):366-377',
		year: 2015,
		link: 'https://doi.org/10.4085/1062-6050-49.3.70'
	},
	{
		id: 'rathleff-2012',
		authors: 'Rathleff MS, Roos EM, Olesen JL, Rasmussen S',
		title:
			'Early intervention for adolescents with Patellofemoral Pain Syndrome - a pragmatic cluster randomised controlled trial (study protocol)',
		journal: 'BMC Musculoskelet Disord 2012;13:9',
		year: 2012,
		link: 'https://doi.org/10.1186/1471-2474-13-9'
	},
	{
		id: 'rio-2017',
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
		authors: 'van Ark M, Cook JL, Docking SI, Zwerver J, Gaida JE, van den Akker-Scheek I, Rio E',
		title:
			'Do isometric and isotonic exercise programs reduce pain in athletes with patellar tendinopathy in-season? A randomised clinical trial',
		journal: 'J Sci Med Sport 2016;19(9):702-706',
		year: 2016,
		link: 'https://doi.org/10.1016/j.jsams.2015.11.006'
	},
	{
		id: 'lindblom-2023',
		authors: 'Lindblom H, Sonesson S, Torvaldsson K, Waldén M, Hägglund M',
		title:
			'Extended Knee Control programme lowers weekly hamstring, knee and ankle injury prevalence compared with an adductor strength programme or self-selected injury prevention exercises in adolescent and adult amateur football players: a two-armed cluster-randomised trial with an additional comparison arm',
		journal: 'Br J Sports Med 2023;57(2):83-90 (online 31 October 2022)',
		year: 2023,
		link: 'https://doi.org/10.1136/bjsports-2022-105890'
	},
	{
		id: 'simic-2013',
		authors: 'Simic L, Sarabon N, Markovic G',
		title:
			'Does pre-exercise static stretching inhibit maximal muscular performance? A meta-analytical review',
		journal: 'Scand J Med Sci Sports 2013;23(2):131-148',
		year: 2013,
		link: 'https://doi.org/10.1111/j.1600-0838.2012.01444.x'
	},
	{
		id: 'behm-2011',
		authors: 'Behm DG, Chaouachi A',
		title: 'A review of the acute effects of static and dynamic stretching on performance',
		journal: 'Eur J Appl Physiol 2011;111(11):2633-2651',
		year: 2011,
		link: 'https://doi.org/10.1007/s00421-011-1879-2'
	}
];
