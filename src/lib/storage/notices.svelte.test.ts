import { describe, expect, it } from 'vitest';
import { Notices } from './notices.svelte';

describe('Notices', () => {
	it('lists a notice once per id, even after it was dismissed', () => {
		const notices = new Notices();
		expect(notices.report('a', 'First')).toBe(true);
		expect(notices.report('a', 'First again')).toBe(false);
		notices.report('b', 'Second');
		expect(notices.list).toEqual([
			{ id: 'a', message: 'First', times: 1 },
			{ id: 'b', message: 'Second', times: 1 }
		]);
		notices.dismiss('a');
		expect(notices.report('a', 'Back?')).toBe(false);
		expect(notices.list).toEqual([{ id: 'b', message: 'Second', times: 1 }]);
	});

	it('tells a failure again, even after dismissal, without piling up', () => {
		const notices = new Notices();
		notices.report('full', 'Not saved.', true);
		notices.report('full', 'Not saved either.', true);
		expect(notices.list).toEqual([{ id: 'full', message: 'Not saved either.', times: 2 }]);
		notices.dismiss('full');
		expect(notices.report('full', 'Still not saved.', true)).toBe(true);
		expect(notices.list).toEqual([{ id: 'full', message: 'Still not saved.', times: 1 }]);
	});
});
