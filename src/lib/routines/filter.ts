// Filtering the routines list by kind, focus and a search text.
import type { Focus, Routine, RoutineKind } from './types';
import { getExercise } from './index';

export type KindFilter = RoutineKind | 'all';

/** Routines matching a kind, a focus and words of a search (name, goal or exercise names). */
export function filterRoutines(
	list: Routine[],
	{ kind, focus, query }: { kind: KindFilter; focus: Focus | 'all'; query: string }
): Routine[] {
	const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
	return list.filter((r) => {
		if (kind !== 'all' && r.kind !== kind) return false;
		if (focus !== 'all' && !r.focus.includes(focus)) return false;
		if (terms.length === 0) return true;
		const haystack = [r.name, r.goal, ...r.items.map((i) => getExercise(i.exercise)?.name ?? '')]
			.join(' ')
			.toLowerCase();
		return terms.every((t) => haystack.includes(t));
	});
}
