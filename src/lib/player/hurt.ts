// "This hurts": which exercise the runner means at a place in the timeline, what the player can offer
// instead (the easier variant, skipping it, ending), and the timeline with the easier variant swapped
// in for the rest of the session. Pure functions over plain data.
import type { HurtChoice } from '$lib/history/session';
import type { Segment, Timeline } from '$lib/routines/types';
import type { PlayExercise } from './play-exercise';

/** What "This hurts" offers at one place: the exercise, and its easier variant when one fits. */
export interface HurtOffer {
	exercise: PlayExercise;
	easier: PlayExercise | null;
	/** The segment the choice is made in. */
	segment: number;
	/** Where "Skip" goes: the segment after this exercise's sets (the length of the timeline at the end). */
	skipTo: number;
}

/** Whether a segment belongs to an exercise's sets (a set or a switch of sides). */
const isExercise = (s: Segment): s is Extract<Segment, { kind: 'work' | 'switch' }> =>
	s.kind === 'work' || s.kind === 'switch';

/**
 * The exercise "This hurts" is about at segment `index`: the one under way in a set or a switch,
 * else (a get-ready or a rest) the one that comes next. Null after the last exercise.
 */
export function hurtSegment(timeline: Timeline, index: number): number | null {
	const found = timeline.segments.findIndex((s, i) => i >= index && isExercise(s));
	return found < 0 ? null : found;
}

/** What "This hurts" offers at segment `index`, from the exercises the player shows (by id). */
export function hurtOffer(
	timeline: Timeline,
	index: number,
	exercises: ReadonlyMap<string, PlayExercise>
): HurtOffer | null {
	const at = hurtSegment(timeline, index);
	const segment = at === null ? undefined : timeline.segments[at];
	if (at === null || !segment || !isExercise(segment)) return null;
	const exercise = exercises.get(segment.exerciseId);
	if (!exercise) return null;
	let last = at;
	timeline.segments.forEach((s, i) => {
		if (i > at && isExercise(s) && s.item === segment.item) last = i;
	});
	return { exercise, easier: exercise.easier ?? null, segment: index, skipTo: last + 1 };
}

/**
 * The timeline with `easier` played instead of exercise `exerciseId` from segment `from` on: same
 * sets, sides and times (a variant is offered only where it is done the same way), its name and id.
 */
export function swapExercise(
	timeline: Timeline,
	from: number,
	exerciseId: string,
	easier: Pick<PlayExercise, 'id' | 'name'>
): Timeline {
	const segments = timeline.segments.map((s, i) =>
		i >= from && isExercise(s) && s.exerciseId === exerciseId
			? ({
					...s,
					exerciseId: easier.id,
					label: s.kind === 'work' ? easier.name : s.label
				} as Segment)
			: s
	);
	return { ...timeline, segments };
}

/** The timeline with every swap among `choices` applied in order (a reload keeps them). */
export function withSwaps(timeline: Timeline, choices: readonly HurtChoice[]): Timeline {
	return choices.reduce(
		(t, c) =>
			c.action === 'swap' && c.easierId && c.easierName
				? swapExercise(t, c.segment, c.exerciseId, { id: c.easierId, name: c.easierName })
				: t,
		timeline
	);
}
