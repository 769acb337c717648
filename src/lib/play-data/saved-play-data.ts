// The play data of a routine the user saved (or is trying out from a shared link, or the stretch
// picker's current warm-up). Loaded only when such a routine is played: it brings the library.
import { findUserRoutine } from '$lib/storage/find-routine';
import { makePlayData } from './make-play-data';
import type { PlayData } from './play-data';

/** The play data of the user's routine with this id, or undefined when there is none. */
export function savedPlayData(id: string): PlayData | undefined {
	const routine = findUserRoutine(id);
	return routine ? makePlayData(routine) : undefined;
}
