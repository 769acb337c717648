// The limits of a routine, apart from the schema (and valibot): the warm-up page checks its stored
// draft against them without loading either. `./schema` re-exports them.

/** Limits that keep a routine sensible and an imported one harmless. */
export const LIMITS = {
	name: 80,
	goal: 200,
	items: 40,
	sets: 10,
	reps: 100,
	tempo: 10,
	/** Seconds of one hold or timed set: up to a 30-minute easy run. */
	seconds: 1800,
	rest: 600,
	totalMinutes: 120
} as const;
