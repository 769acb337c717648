import type { Source } from './types';

/** Published sources the library's content is built on. */
export const sources: Source[] = [
	{
		id: 'crossley-2016',
		authors: 'Crossley KM, van Middelkoop M, Callaghan MJ, et al.',
		title:
			'2016 Patellofemoral pain consensus statement from the 4th International Patellofemoral Pain Research Retreat, Manchester. Part 2: recommended physical interventions',
		journal: 'Br J Sports Med 2016;50:844-852',
		year: 2016,
		link: 'https://doi.org/10.1136/bjsports-2016-096268'
	},
	{
		id: 'willy-2019',
		authors: 'Willy RW, Hoglund LT, Barton CJ, et al.',
		title: 'Patellofemoral Pain: Clinical Practice Guidelines',
		journal: 'J Orthop Sports Phys Ther 2019;49(9):CPG1-CPG95',
		year: 2019,
		link: 'https://doi.org/10.2519/jospt.2019.0302'
	}
];
