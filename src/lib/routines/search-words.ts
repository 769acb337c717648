// What runners type into the search on `/`, and the routines it should find. Matching is by
// substring, so one long form covers the shorter ones ("kneeling" finds "kneel").
import type { Focus } from './types';

/** A group of everyday words that mean routines with a focus. */
interface SearchSynonym {
	/** The words a runner types: a symptom, a body part in plain words, a common name. */
	words: string[];
	/** The focus a routine needs for these words to find it. */
	focus: Focus;
	/** Ids of `Source`s, for words that name a symptom. */
	sources: string[];
}

/**
 * Everyday words for the routines' focus. The knee's symptoms are those that define
 * patellofemoral pain: pain around the kneecap when squatting, on stairs, after sitting long, or in
 * other activities that load a bent knee, kneeling among them (Willy 2019; Crossley 2016).
 */
const searchSynonyms: SearchSynonym[] = [
	{
		words: [
			'stairs',
			'steps',
			'squatting',
			'kneeling',
			'sitting',
			'kneecap',
			'patella',
			'patellofemoral',
			"runner's knee",
			'runners knee',
			'sore knee'
		],
		focus: 'knee',
		sources: ['willy-2019', 'crossley-2016']
	},
	{ words: ['quads', 'quadriceps', 'thighs'], focus: 'quads', sources: [] },
	{ words: ['glutes', 'buttocks', 'bum'], focus: 'hips', sources: [] },
	{ words: ['hamstrings', 'back of the thigh'], focus: 'hamstrings', sources: [] },
	{ words: ['calves', 'calf', 'ankles', 'achilles'], focus: 'calves', sources: [] },
	{ words: ['tendon', "jumper's knee", 'jumpers knee'], focus: 'tendon', sources: [] },
	{ words: ['balance', 'stability', 'one leg'], focus: 'balance', sources: [] },
	{
		words: ['mobility', 'stretching', 'warm up', 'warmup', 'loosen'],
		focus: 'mobility',
		sources: []
	}
];

/** The everyday words that find a routine with these focuses. */
export function focusWords(focus: readonly Focus[]): string[] {
	return searchSynonyms.filter((s) => focus.includes(s.focus)).flatMap((s) => s.words);
}
