// The user-facing storage notices: what went wrong with saved data, in a sentence, shown until
// dismissed. Persisted reports into a `Notices`; a page shows `notices.list`.

/** One message for the user, with a stable id so the same problem never piles up. */
export interface Notice {
	id: string;
	message: string;
	/** How many times this problem happened while the notice was up (1 at first). */
	times: number;
}

/** A small reactive list of notices: at most one per id. */
export class Notices {
	#list = $state.raw<Notice[]>([]);
	// Bookkeeping only, never rendered: a plain Set on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#seen = new Set<string>();

	/** The notices not yet dismissed, oldest first. */
	get list(): Notice[] {
		return this.#list;
	}

	/**
	 * Tells the user about a problem. A problem told before is told once per session, unless `again`
	 * (a change that was not saved): then it comes back even after it was dismissed, replacing its
	 * own earlier notice rather than adding one. Returns whether the list changed.
	 */
	report(id: string, message: string, again = false): boolean {
		const shown = this.#list.find((notice) => notice.id === id);
		if (shown) {
			if (!again) return false;
			this.#list = this.#list.map((notice) =>
				notice.id === id ? { id, message, times: notice.times + 1 } : notice
			);
			return true;
		}
		if (this.#seen.has(id) && !again) return false;
		this.#seen.add(id);
		this.#list = [...this.#list, { id, message, times: 1 }];
		return true;
	}

	/** Removes the notice with this id from the list (it comes back only if reported `again`). */
	dismiss(id: string): void {
		this.#list = this.#list.filter((notice) => notice.id !== id);
	}
}

/**
 * The app's notices. Created at import but written only from the browser: `Persisted` reports into
 * it only there, so a server-side prerender never touches it.
 */
export const notices = new Notices();
