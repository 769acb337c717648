// What the player screen shows, as plain values from the timeline: the pill above a segment's
// name, the detail beside the next one's, the screen's tone, the exercise in the picture and the
// big button's word. Pure (no Svelte, no DOM), tested in Node.
import { count, duration } from '$lib/format';
import type { Segment, Side, Timeline } from '$lib/routines/types';
import type { PlayerStatus } from './engine';

/** The screen's colour: work, rest, or calm for getting ready and switching sides. */
export type Tone = 'work' | 'rest' | 'calm';

/** The tone of a segment. */
export function tone(segment: Segment): Tone {
	return segment.kind === 'work' ? 'work' : segment.kind === 'rest' ? 'rest' : 'calm';
}

/** The big button's word: Start before the run, Pause while it plays, Resume while paused. */
export function primaryLabel(status: PlayerStatus): 'Start' | 'Pause' | 'Resume' {
	return status === 'running' ? 'Pause' : status === 'paused' ? 'Resume' : 'Start';
}

/**
 * The exercise the picture shows during segment `index`: its own, or during a pause without one
 * (getting ready, a rest) the next segment's, so the runner sees what comes. Null for none.
 */
export function shownExerciseId(timeline: Timeline, index: number): string | null {
	const segment = timeline.segments[index];
	if (!segment) return null;
	if (segment.exerciseId !== null) return segment.exerciseId;
	return timeline.segments[index + 1]?.exerciseId ?? null;
}

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
	// A get-ready after the first comes before an exercise done in another position.
	if (segment.kind === 'prepare' && index > 0) return 'Change position';
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

/** What a key does on the player: Space is the big button, the arrows skip and go back. */
export function keyAction(key: string): 'toggle' | 'skip' | 'back' | null {
	if (key === ' ' || key === 'Spacebar') return 'toggle';
	if (key === 'ArrowRight') return 'skip';
	if (key === 'ArrowLeft') return 'back';
	return null;
}
