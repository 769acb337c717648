// The player's small print about where the runner is: the pill above a segment's name and the
// detail beside the next segment's. Plain text from the timeline, tested in Node.
import { count, duration } from '$lib/format';
import type { Side, Timeline } from '$lib/routines/types';

/** "Left" or "Right". */
export function sideName(side: Side): string {
	return side === 'left' ? 'Left' : 'Right';
}

/**
 * The pill above segment `index`'s name: where a work segment sits in the routine, the routine's
 * size before it starts, and for a rest or a switch what was just done (never its own label again).
 */
export function segmentPill(timeline: Timeline, index: number, exerciseCount: number): string {
	const segment = timeline.segments[index];
	if (!segment) return '';
	if (segment.kind === 'work') {
		return [
			segment.item !== null ? `Exercise ${segment.item + 1} of ${exerciseCount}` : null,
			segment.sets && segment.sets > 1 ? `Set ${segment.set} of ${segment.sets}` : null
		]
			.filter(Boolean)
			.join(' · ');
	}
	if (segment.kind === 'prepare') {
		return `${count(exerciseCount, 'exercise', 'exercises')} · ${duration(timeline.totalMs)}`;
	}
	const previous = timeline.segments[index - 1];
	if (previous?.kind !== 'work') return '';
	if (segment.kind === 'switch' && previous.side) return `${sideName(previous.side)} side done`;
	if (previous.sets && previous.set !== null && previous.set < previous.sets) {
		return `Set ${previous.set} of ${previous.sets} done`;
	}
	return previous.item !== null ? `Exercise ${previous.item + 1} of ${exerciseCount} done` : '';
}

/**
 * What segment `index` holds beyond its label, for the Next line: the side and set of a work
 * segment ("right side · set 2 of 3"), the length of a rest or a switch ("30 s", from `lengths`,
 * which carry the run's rest adjustments).
 */
export function segmentDetail(timeline: Timeline, index: number, lengths: number[]): string {
	const segment = timeline.segments[index];
	if (!segment || segment.kind === 'prepare') return '';
	if (segment.kind === 'work') {
		return [
			segment.side ? `${segment.side} side` : null,
			segment.sets && segment.sets > 1 ? `set ${segment.set} of ${segment.sets}` : null
		]
			.filter(Boolean)
			.join(' · ');
	}
	return duration(lengths[index] ?? segment.durationMs);
}
