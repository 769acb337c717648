import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { posesOf } from '$lib/figures/poses';
import ExerciseFigure from './ExerciseFigure.svelte';

afterEach(cleanup);

/** The viewBox of the drawn figure, as numbers. */
function viewBoxOf(svg: Element): [number, number, number, number] {
	const [x = 0, y = 0, w = 0, h = 0] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
	return [x, y, w, h];
}

describe('ExerciseFigure', () => {
	it('draws the left side as posed, with no flip', () => {
		render(ExerciseFigure, { poses: posesOf('wall-sit'), label: 'Wall sit' });
		expect(screen.getByTestId('figure-body')).not.toHaveAttribute('transform');
	});

	it('mirrors the figure for the right side, inside the same frame', () => {
		render(ExerciseFigure, {
			poses: posesOf('step-up'),
			label: 'Step-up, right leg',
			mirror: true
		});
		const svg = screen.getByRole('img', { name: 'Step-up, right leg' });
		const [x, , w] = viewBoxOf(svg);
		const transform = screen.getByTestId('figure-body').getAttribute('transform') ?? '';
		const match = /^matrix\(-1 0 0 1 ([\d.-]+) 0\)$/.exec(transform);
		expect(match).not.toBeNull();
		const shift = Number(match?.[1]);
		expect(shift).toBeCloseTo(2 * x + w, 6);
		// The frame's two edges swap: whatever was drawn inside it stays inside it.
		expect(shift - x).toBeCloseTo(x + w, 6);
		expect(shift - (x + w)).toBeCloseTo(x, 6);
	});
});
