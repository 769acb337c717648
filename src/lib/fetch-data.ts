// Fetches one of the app's prerendered data files for a page's load (the cards of `/`, a routine's
// play data). The file belongs to the build, but the answer may still be wrong: no network and no
// cached copy, a captive portal's page, a host's error page. Each case ends on the error page with
// a sentence the runner can act on, never a crash in the page.
import { error } from '@sveltejs/kit';

/** The message when the data cannot be had. */
const UNAVAILABLE = 'This could not be loaded. Check your connection, then reload the page.';

/** Fetches `url` as JSON and returns it when `valid` accepts it; else ends on the error page. */
export async function fetchData<T>(
	fetch: typeof globalThis.fetch,
	url: string,
	valid: (data: unknown) => data is T
): Promise<T> {
	let data: unknown;
	try {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		data = await response.json();
	} catch {
		error(503, UNAVAILABLE);
	}
	if (!valid(data)) error(503, UNAVAILABLE);
	return data;
}

/** Whether `value` is a plain object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
