// The history charts' frame and scales: every chart draws in the same box, so they line up.

/** The drawing box every history chart shares, in SVG units: the plot sits inside the margins. */
export const FRAME = { width: 320, height: 170, left: 30, right: 12, top: 12, bottom: 24 } as const;

/** The plot's bottom edge (the zero of a bar) and its height. */
export const PLOT_BOTTOM = FRAME.height - FRAME.bottom;
const PLOT_HEIGHT = PLOT_BOTTOM - FRAME.top;
const PLOT_WIDTH = FRAME.width - FRAME.left - FRAME.right;

/** A horizontal gridline at `y` with its words on the left axis; `kind` marks the zero or a limit. */
export interface Gridline {
	y: number;
	text: string;
	kind?: 'zero' | 'threshold';
}

/** Words under the plot, at `x`. */
export interface AxisLabel {
	x: number;
	text: string;
	anchor: 'start' | 'middle' | 'end';
}

/** A round top for a minutes axis: at least 10, then the next of 10, 20, 30, 60, 90, 120, ... */
export function niceMax(value: number): number {
	const steps = [10, 20, 30, 60, 90, 120];
	for (const step of steps) if (value <= step) return step;
	return Math.ceil(value / 60) * 60;
}

/** Maps `min`..`max` onto the plot's height, `max` at the top. */
export function valueScale(min: number, max: number): (value: number) => number {
	return (value) => PLOT_BOTTOM - ((value - min) / (max - min)) * PLOT_HEIGHT;
}

/** Maps the times `first`..`last` across the plot; a single time sits in the middle. */
export function timeScale(first: number, last: number): (at: number) => number {
	return (at) =>
		last === first
			? (FRAME.left + FRAME.width - FRAME.right) / 2
			: FRAME.left + ((at - first) / (last - first)) * PLOT_WIDTH;
}

/** Where a slot of `count` equal slots (a week's bar) starts, and how wide each is. */
export function slots(count: number): { width: number; start: (i: number) => number } {
	const width = PLOT_WIDTH / count;
	return { width, start: (i) => FRAME.left + i * width };
}

/** The first and the last date under a time axis, named by `name`; one, centred, when they are the same. */
export function dateLabels(first: number, last: number, name: (at: number) => string): AxisLabel[] {
	const x = timeScale(first, last);
	if (last === first) return [{ x: x(first), text: name(first), anchor: 'middle' }];
	return [
		{ x: x(first), text: name(first), anchor: 'start' },
		{ x: x(last), text: name(last), anchor: 'end' }
	];
}
