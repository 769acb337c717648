import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSettings } from './settings-record';
import { anyNumber } from './testing';

describe('numbers in settings', () => {
	it('settings keep a volume from 0 to 1 and a default rest from 0 to 180 s, or take the default', () => {
		fc.assert(
			fc.property(anyNumber, anyNumber, (volume, defaultRest) => {
				const settings = readSettings({ volume, defaultRest })!;
				expect(settings.volume).toBeGreaterThanOrEqual(0);
				expect(settings.volume).toBeLessThanOrEqual(1);
				expect(Number.isInteger(settings.defaultRest)).toBe(true);
				expect(settings.defaultRest).toBeGreaterThanOrEqual(0);
				expect(settings.defaultRest).toBeLessThanOrEqual(180);
			})
		);
	});
});
