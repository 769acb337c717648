// Routine ids, apart from the library's data: the ids of the built-in routines (the player page
// knows from this list whether to fetch a routine's prerendered play data or look for one the user
// saved, without loading the library; a test checks it against the library), and how a new id for
// one of the user's routines is made.
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

/** Lowercase letters, digits and single dashes, at most 40 characters: "Knee day #2" is "knee-day-2". */
export function slugify(name: string): string {
	const slug = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/g, '');
	return slug || 'routine';
}

/** A new id for one of the user's routines: `my-<slug>-<6 random letters and digits>`. */
export function makeRoutineId(name: string, random: () => number = Math.random): string {
	let tail = '';
	for (let i = 0; i < 6; i++) tail += Math.floor(random() * 36).toString(36);
	return `my-${slugify(name)}-${tail}`;
}
