// The routine the benchmarks play: a routine of the user's own, as the app stores it, of about
// 75 s with every kind of cue (reps, holds, a switch, rests), and how to store it in a page.

/** A saved routine of about 75 s: clamshells, a wall sit and calf raises. */
export const benchRoutine = {
	id: 'bench-75',
	name: 'Benchmark',
	kind: 'strength',
	goal: '',
	level: 'easy',
	focus: [],
	items: [
		{ exercise: 'clamshell', sets: 1, reps: 6, tempo: 2 },
		{ exercise: 'wall-sit', sets: 1, seconds: 20 },
		{ exercise: 'calf-raise', sets: 1, reps: 8, tempo: 2 }
	],
	restBetween: 5,
	sources: []
};

/**
 * Stores `routine` as the user's only saved routine (`patella:routines:v1`). Runs in the page,
 * through `addInitScript`, before the app reads its storage.
 * @param {typeof benchRoutine} routine
 */
export function storeRoutine(routine) {
	localStorage.setItem('patella:routines:v1', JSON.stringify({ v: 1, data: [routine] }));
}
