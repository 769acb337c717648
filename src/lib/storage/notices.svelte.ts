// The user-facing storage notices: what went wrong with saved data, in a sentence, shown until
// dismissed. Persisted reports into a `Notices`; a page shows `notices.list`.

/** One message for the user, with a stable id so the same problem is told only once. */
export interface Notice {
	id: string;
	message: string;
}

/** A small reactive list of notices. Each id is reported at most once per session. */
export class Notices {
	#list = $state.raw<Notice[]>([]);
	// Bookkeeping only, never rendered: a plain Set on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#seen = new Set<string>();

	/** The notices not yet dismissed, oldest first. */
	get list(): Notice[] {
		return this.#list;
	}

	/** Adds a notice unless one with this id was already reported; returns whether it was added. */
	report(id: string, message: string): boolean {
		if (this.#seen.has(id)) return false;
		this.#seen.add(id);
		this.#list = [...this.#list, { id, message }];
		return true;
	}

	/** Removes the notice with this id from the list (it stays reported: it will not come back). */
	dismiss(id: string): void {
		this.#list = this.#list.filter((notice) => notice.id !== id);
	}
}

/**
 * The app's notices. Created at import but written only from the browser: `Persisted` reports into
 * it only there, so a server-side prerender never touches it.
 */
export const notices = new Notices();
