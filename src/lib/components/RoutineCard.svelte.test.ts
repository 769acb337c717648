import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { getRoutine } from '$lib/routines';
import { toCard } from '$lib/routines/card';
import RoutineCard from './RoutineCard.svelte';

afterEach(cleanup);

describe('RoutineCard', () => {
	it('links to the routine and gives its time, level and size in words', () => {
		render(RoutineCard, { card: toCard(getRoutine('knee-foundation')!) });
		expect(screen.getByRole('link', { name: "Runner's knee: foundation" })).toHaveAttribute(
			'href',
			'/routines/knee-foundation'
		);
		const about = screen.getByRole('list', { name: 'About this routine' });
		expect(about).toHaveTextContent('6 exercises');
	});

	it('says "1 exercise" for a routine of one', () => {
		const card = toCard(getRoutine('tendon-isometrics')!);
		expect(card.exerciseCount).toBe(1);
		render(RoutineCard, { card });
		expect(screen.getByRole('list', { name: 'About this routine' })).toHaveTextContent(
			/\b1 exercise$/
		);
	});
});
