import { describe, expect, it } from 'vitest';
import { frameOf, THUMBNAIL_ASPECT } from './figure';
import { madeFallback, madePoses } from './pose-making';
import { fallbackFigure, poses, type ExercisePoses } from './poses';

// poses.json is this file snapshot: what pose-making.ts makes, with each thumbnail's frame. After
// changing a pose, run `npx vitest run src/lib/figures/poses.test.ts -u` to write it again.
const withFrame = (entry: ExercisePoses): ExercisePoses => ({
	...entry,
	thumbnail: frameOf(entry.start, entry.end, THUMBNAIL_ASPECT)
});

describe('the poses the app reads', () => {
	it('are what pose-making.ts makes, each with its thumbnail frame', async () => {
		const made = {
			fallback: withFrame(madeFallback),
			poses: Object.fromEntries(
				Object.entries(madePoses).map(([id, entry]) => [id, withFrame(entry)])
			)
		};
		await expect(JSON.stringify(made, null, '\t') + '\n').toMatchFileSnapshot('./poses.json');
	});

	it('read back exactly as made: every number survives the file', () => {
		expect(fallbackFigure).toEqual(withFrame(madeFallback));
		expect(Object.keys(poses)).toEqual(Object.keys(madePoses));
		for (const [id, entry] of Object.entries(madePoses)) {
			expect(poses[id], id).toEqual(withFrame(entry));
		}
	});
});
