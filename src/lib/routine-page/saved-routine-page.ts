// The page data of a routine the user saved (or is trying out from a shared link, or the stretch
// picker's current warm-up). Loaded only when such a routine's page opens: it brings the library.
import { findUserRoutine } from '$lib/storage/find-routine';
import { makeRoutinePage } from './make-routine-page';
import type { RoutinePageData } from './routine-page';

/** The page data of the user's routine with this id, or undefined when there is none. */
export function savedRoutinePage(id: string): RoutinePageData | undefined {
	const routine = findUserRoutine(id);
	return routine ? makeRoutinePage(routine, false) : undefined;
}
