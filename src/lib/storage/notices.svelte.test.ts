import { describe, expect, it } from 'vitest';
import { Notices } from './notices.svelte';

describe('Notices', () => {
	it('lists a notice once per id, even after it was dismissed', () => {
		const notices = new Notices();
		expect(notices.report('a', 'First')).toBe(true);
		expect(notices.report('a', 'First again')).toBe(false);
		notices.report('b', 'Second');
		expect(notices.list).toEqual([
			{ id: 'a', message: 'First' },
			{ id: 'b', message: 'Second' }
		]);
		notices.dismiss('a');
		expect(notices.report('a', 'Back?')).toBe(false);
		expect(notices.list).toEqual([{ id: 'b', message: 'Second' }]);
	});
});
