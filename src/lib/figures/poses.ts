// The pose of every exercise's illustration, made ahead by ./pose-making.ts and read from
// poses.json: solving them here would cost a phone a noticeable pause on every page with figures.
// Each entry also carries its thumbnail's frame, so a page of thumbnails does not sample every
// movement while it hydrates. poses.test.ts keeps the file true; after changing a pose, run it
// with `-u` to write it again.
import type { Frame, Pose, View } from './figure';
import made from './poses.json';

/** A start and an end pose, and the view both are seen from. */
export interface ExercisePoses {
	start: Pose;
	end: Pose;
	view: View;
	/** The thumbnail's frame, worked out ahead (`frameOf` with the thumbnail's aspect). */
	thumbnail?: Frame;
}

const stored = made as unknown as {
	fallback: ExercisePoses;
	poses: Record<string, ExercisePoses>;
};

/** The figure drawn for an exercise with no poses of its own: standing at ease. */
export const fallbackFigure: ExercisePoses = stored.fallback;

/** Start and end poses for every exercise of the library, by exercise id. */
export const poses: Record<string, ExercisePoses> = stored.poses;

/** The start and end poses (and view) of an exercise, or undefined for an id without poses. */
export function poseFor(exerciseId: string): ExercisePoses | undefined {
	return Object.hasOwn(poses, exerciseId) ? poses[exerciseId] : undefined;
}

/** The poses to draw for an exercise: its own, or standing at ease for an id without any. */
export function posesOf(exerciseId: string): ExercisePoses {
	return poseFor(exerciseId) ?? fallbackFigure;
}
