// What the voice says at each cue: short, and never over a countdown or a go.
import type { Segment } from '$lib/routines/types';
import {
	COMPLETE_ANNOUNCEMENT,
	HALFWAY_ANNOUNCEMENT,
	SWITCH_ANNOUNCEMENT,
	exerciseAnnouncements,
	fitUtterance,
	nextAnnouncements,
	restAnnouncements,
	type ExerciseInfo,
	type ScheduledCue
} from './speech';

/** A cue as the announcer needs it: the player's `Cue` fits. */
export interface AnnouncedCue extends ScheduledCue {
	segment: number;
}

function info(segment: Segment, lengthMs: number): ExerciseInfo {
	return {
		label: segment.label,
		side: segment.side,
		reps: segment.reps,
		seconds: segment.reps ? null : Math.round(lengthMs / 1000)
	};
}

/** The next work segment after `index`, if any. */
function nextWork(segments: Segment[], index: number): Segment | undefined {
	return segments.slice(index + 1).find((s) => s.kind === 'work');
}

/**
 * The words for a cue, or null for none (countdown ticks and reps are sounds only). `lengths`
 * are the segments' lengths with rest adjustments; `schedule` is every cue of the run, so the
 * words are cut short (or dropped) rather than run over the next countdown or go.
 */
export function announcement(
	cue: AnnouncedCue,
	segments: Segment[],
	lengths: number[],
	schedule: readonly ScheduledCue[]
): string | null {
	const segment = segments[cue.segment];
	if (!segment) return null;
	const length = lengths[cue.segment] ?? segment.durationMs;
	const upcoming = nextWork(segments, cue.segment);
	let variants: string[];
	switch (cue.id) {
		case 'go':
			variants = exerciseAnnouncements(info(segment, length));
			break;
		case 'rest': {
			const rest = restAnnouncements(Math.round(length / 1000));
			const next = upcoming ? nextAnnouncements(info(upcoming, upcoming.durationMs)) : [];
			variants = [...next.map((n) => `${rest[0]}. ${n}`), ...rest];
			break;
		}
		case 'switch':
			variants = [SWITCH_ANNOUNCEMENT];
			break;
		case 'halfway':
			variants = [HALFWAY_ANNOUNCEMENT];
			break;
		case 'complete':
			return COMPLETE_ANNOUNCEMENT;
		default:
			return null;
	}
	return fitUtterance(variants, cue.at, schedule);
}

/** What to say when the run starts: "Get ready. First: Clamshell, left side", if it fits. */
export function startAnnouncement(
	segments: Segment[],
	schedule: readonly ScheduledCue[]
): string | null {
	const first = nextWork(segments, -1);
	if (!first) return null;
	const next = nextAnnouncements(info(first, first.durationMs)).map((n) =>
		n.replace(/^Next:/, 'Get ready. First:')
	);
	return fitUtterance([...next, 'Get ready'], 0, schedule);
}
