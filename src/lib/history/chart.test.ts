import { expect, it } from 'vitest';
import { niceMax } from './chart';

it('rounds an axis top up to a readable number of minutes', () => {
	expect([0, 7, 10, 11, 25, 45, 61, 100, 121, 200].map(niceMax)).toEqual([
		10, 10, 10, 20, 30, 60, 90, 120, 180, 240
	]);
});
