// Human words for the machine names, apart from ./describe.ts so that a label does not bring the
// timeline compiler with it.

/** Human words for the machine names. */
export const words = {
	kind: {
		strength: 'Strength',
		warmup: 'Pre-run warm-up',
		cooldown: 'Post-run stretch',
		run: 'Walk-run'
	},
	level: { easy: 'Easy', moderate: 'Moderate', hard: 'Hard' },
	focus: {
		knee: 'Knee',
		hips: 'Hips',
		quads: 'Quads',
		hamstrings: 'Hamstrings',
		calves: 'Calves',
		tendon: 'Tendon',
		balance: 'Balance',
		mobility: 'Mobility'
	},
	category: {
		strength: 'Strength',
		stability: 'Stability',
		isometric: 'Isometric',
		plyometric: 'Hops and jumps',
		'dynamic-stretch': 'Dynamic drill',
		'static-stretch': 'Static stretch',
		aerobic: 'Walk or run'
	},
	equipment: { none: 'No equipment', band: 'Band', step: 'Step', wall: 'Wall', chair: 'Chair' }
} as const;

/** "Band, Step", or "None" when a routine needs nothing: the equipment a routine lists. */
export function equipmentWords(things: readonly string[]): string {
	const known = things.filter((t): t is keyof typeof words.equipment =>
		Object.hasOwn(words.equipment, t)
	);
	return known.length ? known.map((t) => words.equipment[t]).join(', ') : 'None';
}
