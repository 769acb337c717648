import { describe, expect, it } from 'vitest';
import { frameOf, THUMBNAIL_ASPECT } from './figure';
import { FALLBACK_ID, fallbackFigure, poses } from './poses';

// frames.json holds every figure's thumbnail frame as [x, y, width, height], worked out ahead so
// that pages of thumbnails hydrate without sampling each movement. It is this file snapshot: after changing a pose, run
// `npx vitest run src/lib/figures/frames.test.ts -u` to write it again.
describe('frames worked out ahead', () => {
	const all = { ...poses, [FALLBACK_ID]: fallbackFigure };

	it('are what frameOf works out for every figure', async () => {
		const table = Object.fromEntries(
			Object.entries(all).map(([id, { start, end }]) => {
				const { x, y, width, height } = frameOf(start, end, THUMBNAIL_ASPECT);
				return [id, [x, y, width, height]];
			})
		);
		const lines = Object.entries(table).map(([id, frame]) => `\t"${id}": [${frame.join(', ')}]`);
		await expect(`{\n${lines.join(',\n')}\n}\n`).toMatchFileSnapshot('./frames.json');
	});

	it('reach every figure the app draws', () => {
		for (const [id, entry] of Object.entries(all)) expect(entry.thumbnail, id).toBeDefined();
	});
});
