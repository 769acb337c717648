// The plan's one door to the pain-monitoring model. Every threshold the plan uses comes through this
// file, so that switching to the model's own module (src/lib/history/pain-model.ts, built on another
// branch) is a change of this file alone.
// TODO(plan): once the pain-monitoring module is in main, re-export from '$lib/history/pain-model'.

/** Pain during a session up to this is acceptable; above it is too much (Silbernagel 2007). */
export const ACCEPTABLE_MAX = 5;

/** A stage moves up only when the last check-ins are at this or less (the plan's entry rule). */
export const MOVE_UP_MAX = 3;

/** Pain above 5 during a session: back off. */
export function tooMuch(pain: number): boolean {
	return pain > ACCEPTABLE_MAX;
}

/** A morning worse than usual: back off. Equal is not worse. */
export function morningWorse(morning: number, usual: number): boolean {
	return morning > usual;
}
