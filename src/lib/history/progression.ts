// The stages a runner moves through, as data: each chain runs from the gentlest routine to the
// hardest. Guidance suggests the next stage when a stage has become easy and pain-free, and the
// stage before (or the first stage) when the knee complains.

/** Chains of routine ids, easiest first. */
export const PROGRESSIONS: readonly (readonly string[])[] = [
	['knee-foundation', 'knee-build', 'knee-advanced']
];

/** The routine to fall back to for a strength routine outside any chain. */
export const GENTLEST_STRENGTH = 'knee-foundation';

/** The stage after this routine, if it is in a chain and not the last. */
export function nextStage(routineId: string): string | undefined {
	for (const chain of PROGRESSIONS) {
		const at = chain.indexOf(routineId);
		if (at >= 0) return chain[at + 1];
	}
	return undefined;
}

/** The stage before this routine, if it is in a chain and not the first. */
export function previousStage(routineId: string): string | undefined {
	for (const chain of PROGRESSIONS) {
		const at = chain.indexOf(routineId);
		if (at > 0) return chain[at - 1];
	}
	return undefined;
}
