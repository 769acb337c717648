// The stages of each path, as data. Kneecap pain (patellofemoral pain): the library's runner's-knee
// routines, hip and knee together (Crossley 2016; Collins 2018), then the return to running. Tendon
// pain just below the kneecap: staged tendon loading (Breda 2021; Malliaras 2015), then running.
import type { Path } from './triage';

/** One stage of a path. */
export interface Stage {
	/** Short, in the runner's words: "Foundation". */
	name: string;
	/** One line: what this stage is for. */
	about: string;
	/** `run`: the walk-run steps of the return to running, played outdoors. */
	kind: 'strength' | 'run';
	/** The routine of a strength stage; the walk-run steps, easiest first, of a run stage. */
	routines: readonly string[];
	/** Ids of sources in src/lib/routines/sources.ts. */
	sources: readonly string[];
}

/** The walk-run steps of the return to running, from 1 min run / 2 min walk to 30 min easy running. */
export const WALK_RUN_STEPS: readonly string[] = Array.from(
	{ length: 9 },
	(_, i) => `walk-run-${i + 1}`
);

const RETURN_TO_RUNNING: Stage = {
	name: 'Return to running',
	about:
		'Walk-run intervals outdoors, building to 20-30 minutes of easy running. Each step is repeated at least twice and moves up only when the run and the next morning stayed within the pain limits.',
	kind: 'run',
	routines: WALK_RUN_STEPS,
	sources: ['esculier-2018']
};

/** Every path's stages, in order. */
export const STAGES: Readonly<Record<Path, readonly Stage[]>> = {
	kneecap: [
		{
			name: 'Foundation',
			about: 'Calm the knee and start strengthening hips and thighs, lying and sitting.',
			kind: 'strength',
			routines: ['knee-foundation'],
			sources: ['crossley-2016', 'collins-2018']
		},
		{
			name: 'Build',
			about: 'Standing work: hips and knees loaded on one leg.',
			kind: 'strength',
			routines: ['knee-build'],
			sources: ['crossley-2016', 'collins-2018']
		},
		{
			name: 'Advanced',
			about: 'Hard single-leg strength and control, ready for running again.',
			kind: 'strength',
			routines: ['knee-advanced'],
			sources: ['crossley-2016', 'collins-2018']
		},
		RETURN_TO_RUNNING
	],
	tendon: [
		{
			name: 'Isometrics',
			about: 'Long, steady holds that load the tendon without movement.',
			kind: 'strength',
			routines: ['tendon-isometrics'],
			sources: ['breda-2021', 'malliaras-2015']
		},
		{
			name: 'Slow heavy strength',
			about: 'Heavier lifts, 3-4 seconds each way, to build the tendon’s capacity.',
			kind: 'strength',
			routines: ['tendon-slow-strength'],
			sources: ['breda-2021', 'malliaras-2015']
		},
		{
			name: 'Energy storage',
			about: 'Hops, skips and jumps, progressing: the spring a tendon needs to run.',
			kind: 'strength',
			routines: ['tendon-energy-storage'],
			sources: ['breda-2021', 'malliaras-2015']
		},
		RETURN_TO_RUNNING
	]
};

/** Every routine id a path's stages use. */
export function pathRoutines(path: Path): Set<string> {
	return new Set(STAGES[path].flatMap((stage) => stage.routines));
}
