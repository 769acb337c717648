// Where a routine's unfinished runs are kept, one per tab: a reload resumes the tab's own place,
// and a tab that has none (the routine opened again later) takes over the latest one. All of a
// routine's runs live under one key, `patella:run:<routine id>:v1`, as `{ <tab id>: run }`,
// changed by read-change-write, so two tabs playing the same routine never overwrite each other.
import { browser } from '$app/environment';
import { Persisted, type PersistedOptions, type Problem } from './persisted.svelte';
import { isRecord } from './records';

/** The key in sessionStorage that names this tab (it survives a reload, not a new tab). */
export const TAB_KEY = 'patella:tab:v1';

/** How many runs of one routine are kept at most (the latest ones): closed tabs leave theirs. */
export const MAX_RUNS = 5;

const TAB = /^[a-z0-9]{1,24}$/;

/** A record of a run: anything with the wall-clock time it was saved. */
export interface TabRecord {
	savedAt: number;
}

/** A fresh random tab id. */
function newTabId(random: () => number = Math.random): string {
	return Array.from({ length: 12 }, () => Math.floor(random() * 36).toString(36)).join('');
}

let pageTab: string | undefined;

/**
 * This tab's id, kept in sessionStorage so a reload keeps it (a new tab gets a new one). Without
 * sessionStorage, an id for this page's life.
 */
export function tabId(session: Storage | null = browser ? sessionStorage : null): string {
	try {
		const stored = session?.getItem(TAB_KEY);
		if (stored && TAB.test(stored)) return stored;
		const id = newTabId();
		session?.setItem(TAB_KEY, id);
		if (session?.getItem(TAB_KEY) === id) return id;
	} catch {
		// sessionStorage refused: fall through to an id for this page.
	}
	return (pageTab ??= newTabId());
}

/** How a routine's runs are set up: what to call them, how to check one, where they live. */
export interface TabRunsOptions<R extends TabRecord> extends Pick<
	PersistedOptions<unknown>,
	'storage' | 'notices' | 'events' | 'now'
> {
	/** The routine's id: the runs live under `patella:run:<routineId>:v1`. */
	routineId: string;
	/** Checks one stored run: the run, or undefined when it is not one. */
	parse: (raw: unknown) => R | undefined;
	/** This tab's id (default `tabId()`). */
	tab?: string;
}

/** The runs of one routine, as this tab sees them: its own, or the latest of another tab. */
export class TabRuns<R extends TabRecord> {
	readonly tab: string;
	#store: Persisted<Record<string, R>>;

	constructor(options: TabRunsOptions<R>) {
		const { routineId, parse, tab, ...rest } = options;
		this.tab = tab ?? tabId();
		const read = (raw: unknown, problem: Problem): Record<string, R> | undefined => {
			if (!isRecord(raw)) return undefined;
			const runs: Record<string, R> = {};
			for (const [key, value] of Object.entries(raw)) {
				const run = TAB.test(key) ? parse(value) : undefined;
				if (run) runs[key] = run;
				else problem(`the run of tab ${key.slice(0, 24)} is not valid`);
			}
			return runs;
		};
		this.#store = new Persisted<Record<string, R>>({
			...rest,
			key: `run:${routineId}`,
			version: 2,
			label: 'place in this routine',
			background: true,
			fallback: {},
			parse: read,
			// Version 1 held one run for every tab: it becomes the run of an unknown tab.
			migrate: (raw, from) => (from === 1 ? (raw === null ? {} : { earlier: raw }) : raw)
		});
	}

	/**
	 * The run to resume: this tab's own (a reload), else the latest saved by any tab, or null.
	 * This tab's next save takes over the run it found, so it is not offered twice.
	 */
	load(): R | null {
		const runs = this.#store.value;
		let found: string | null = this.tab in runs ? this.tab : null;
		if (found === null) {
			for (const [key, run] of Object.entries(runs)) {
				if (found === null || run.savedAt > runs[found]!.savedAt) found = key;
			}
		}
		this.#found = found;
		return found === null ? null : runs[found]!;
	}

	/** Saves this tab's run, on what is stored now: other tabs' runs stay (the latest few). */
	save(run: R): boolean {
		const found = this.#found;
		const saved = this.#store.update((runs) => {
			const next: Record<string, R> = { ...runs, [this.tab]: run };
			if (found !== null && found !== this.tab) delete next[found];
			// Keep the latest few: tabs closed mid-routine leave runs nobody will reload.
			const kept = Object.entries(next)
				.sort(([, a], [, b]) => b.savedAt - a.savedAt)
				.slice(0, MAX_RUNS);
			return Object.fromEntries(kept);
		});
		if (saved) this.#found = null;
		return saved;
	}

	/** Forgets this tab's run (finished or ended), and the one it took over; other tabs' stay. */
	clear(): boolean {
		const found = this.#found;
		const cleared = this.#store.update((runs) => {
			const gone = [this.tab, found].filter((key): key is string => key !== null && key in runs);
			if (gone.length === 0) return runs;
			const next = { ...runs };
			for (const key of gone) delete next[key];
			return next;
		});
		if (cleared) this.#found = null;
		return cleared;
	}

	#found: string | null = null;
}
