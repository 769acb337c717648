import { expect, it } from 'vitest';
import { dateLabels, FRAME, niceMax, PLOT_BOTTOM, slots, timeScale, valueScale } from './chart';

it('rounds an axis top up to a readable number of minutes', () => {
	expect([0, 7, 10, 11, 25, 45, 61, 100, 121, 200].map(niceMax)).toEqual([
		10, 10, 10, 20, 30, 60, 90, 120, 180, 240
	]);
});

it('puts the lowest value on the plot floor and the highest at its top', () => {
	const y = valueScale(-10, 30);
	expect(y(-10)).toBe(PLOT_BOTTOM);
	expect(y(30)).toBe(FRAME.top);
	expect(y(10)).toBe((PLOT_BOTTOM + FRAME.top) / 2);
});

it('spreads times across the plot, and a single time sits in the middle', () => {
	const x = timeScale(1000, 3000);
	expect(x(1000)).toBe(FRAME.left);
	expect(x(3000)).toBe(FRAME.width - FRAME.right);
	expect(timeScale(5, 5)(5)).toBe((FRAME.left + FRAME.width - FRAME.right) / 2);
});

it('cuts the plot into equal slots from its left edge', () => {
	const { width, start } = slots(4);
	expect(start(0)).toBe(FRAME.left);
	expect(start(4)).toBe(FRAME.width - FRAME.right);
	expect(width * 4).toBe(FRAME.width - FRAME.left - FRAME.right);
});

it('names the first and last dates at the ends, or one date centred', () => {
	const name = (at: number) => `day ${at}`;
	expect(dateLabels(1, 9, name)).toEqual([
		{ x: FRAME.left, text: 'day 1', anchor: 'start' },
		{ x: FRAME.width - FRAME.right, text: 'day 9', anchor: 'end' }
	]);
	expect(dateLabels(4, 4, name)).toEqual([
		{ x: (FRAME.left + FRAME.width - FRAME.right) / 2, text: 'day 4', anchor: 'middle' }
	]);
});
