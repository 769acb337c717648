import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { getSources } from '$lib/routines';
import SourceList from './SourceList.svelte';

afterEach(cleanup);

describe('SourceList', () => {
	it('cites "Authors (year). Title. Journal." with the DOI as a link to its record', () => {
		render(SourceList, { sources: getSources(['behm-2011', 'simic-2013']) });
		const [behm, simic] = screen.getAllByRole('listitem');
		expect(behm).toHaveTextContent(
			/^Behm DG, Chaouachi A \(2011\)\. A review of the acute effects of static and dynamic stretching on performance\. Eur J Appl Physiol 2011;111\(11\):2633-2651\. doi:10\.1007\/s00421-011-1879-2$/
		);
		// A title that ends in a question mark takes no second full stop.
		expect(simic).toHaveTextContent('meta-analytical review. Scand J Med Sci Sports');
		expect(simic).toHaveTextContent('muscular performance? A meta-analytical');
		expect(simic).not.toHaveTextContent('?.');

		const doi = screen.getByRole('link', { name: 'doi:10.1007/s00421-011-1879-2' });
		expect(doi).toHaveAttribute('href', 'https://doi.org/10.1007/s00421-011-1879-2');
		expect(doi).toHaveAttribute('rel', 'noreferrer');
		expect(screen.getAllByRole('link')).toHaveLength(2);
	});

	it('shows nothing for no sources, and the library leaves out an id it does not know', () => {
		expect(getSources(['no-such-source', 'behm-2011']).map((s) => s.id)).toEqual(['behm-2011']);
		render(SourceList, { sources: getSources(['no-such-source']) });
		expect(screen.queryByRole('list')).toBeNull();
	});
});
