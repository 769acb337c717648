// The one way to wait for stored data in the browser. The prerendered HTML knows nothing stored,
// so a page shows stored data only once the app is hydrated; until then, the store's fallback.
// This keeps the first paint and hydration in agreement.

let ready = $state(false);

/** Whether the app is hydrated in the browser: read `hydrated.current` in a `$derived`. */
export const hydrated = {
	get current(): boolean {
		return ready;
	}
};

/** Called once by the root layout when the app is interactive. */
export function markHydrated(): void {
	ready = true;
}
