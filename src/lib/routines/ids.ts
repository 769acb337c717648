// The ids of the built-in routines, apart from their data: the player page knows from this list
// whether to fetch a routine's prerendered play data or look for one the user saved, without
// loading the library. A test checks it against the library.
export const BUILT_IN_ROUTINE_IDS: readonly string[] = [
	'knee-foundation',
	'knee-build',
	'knee-advanced',
	'hip-glute-balance',
	'quad-strength',
	'tendon-isometrics',
	'single-leg-stability',
	'calf-ankle-strength',
	'maintenance-10',
	'prerun-short',
	'prerun-full',
	'postrun-stretch',
	'desk-day-mobility',
	'tendon-slow-strength',
	'tendon-energy-storage',
	'walk-run-1',
	'walk-run-2',
	'walk-run-3',
	'walk-run-4',
	'walk-run-5',
	'walk-run-6',
	'walk-run-7',
	'walk-run-8',
	'walk-run-9'
];
