import { describe, expect, it } from 'vitest';
import { Notices } from './notices.svelte';
import { MAX_RUNS, TAB_KEY, TabRuns, tabId } from './tab-runs';
import { MemoryStorage, envelope } from './testing';

interface Run {
	routineId: string;
	savedAt: number;
	position: number;
}

const KEY = 'patella:run:knee-build:v1';

function parse(raw: unknown): Run | undefined {
	const run = raw as Run;
	return typeof run?.savedAt === 'number' && typeof run.position === 'number' ? run : undefined;
}

function tab(storage: MemoryStorage, id: string, notices = new Notices()) {
	return new TabRuns<Run>({
		routineId: 'knee-build',
		parse,
		tab: id,
		storage: storage.asStorage,
		notices,
		events: null
	});
}

const run = (position: number, savedAt: number): Run => ({
	routineId: 'knee-build',
	savedAt,
	position
});

describe('runs kept per tab', () => {
	it('a reload resumes its own tab’s place, not the other tab’s', () => {
		const storage = new MemoryStorage();
		const a = tab(storage, 'taba');
		const b = tab(storage, 'tabb');
		a.save(run(50_000, 1));
		b.save(run(10_000, 2));
		expect(tab(storage, 'taba').load()).toEqual(run(50_000, 1));
		expect(tab(storage, 'tabb').load()).toEqual(run(10_000, 2));
	});

	it('a new tab resumes the latest, and takes it over so it is not offered twice', () => {
		const storage = new MemoryStorage();
		tab(storage, 'taba').save(run(50_000, 1));
		tab(storage, 'tabb').save(run(10_000, 2));
		const later = tab(storage, 'tabc');
		expect(later.load()).toEqual(run(10_000, 2));
		later.save(run(11_000, 3));
		later.clear();
		expect(tab(storage, 'tabd').load()).toEqual(run(50_000, 1));
	});

	it('finishing forgets only this tab’s run', () => {
		const storage = new MemoryStorage();
		const a = tab(storage, 'taba');
		a.save(run(50_000, 1));
		tab(storage, 'tabb').save(run(10_000, 2));
		a.clear();
		expect(tab(storage, 'taba').load()).toEqual(run(10_000, 2));
	});

	it('keeps the latest few runs only', () => {
		const storage = new MemoryStorage();
		for (let i = 0; i < MAX_RUNS + 3; i++) tab(storage, `tab${i}`).save(run(i * 1000, i));
		const stored = JSON.parse(storage.getItem(KEY)!).data;
		expect(Object.keys(stored).sort()).toEqual(['tab3', 'tab4', 'tab5', 'tab6', 'tab7']);
	});

	it('reads a run saved by the previous version, and an empty one without a word', () => {
		const notices = new Notices();
		const old = new MemoryStorage({ [KEY]: envelope(run(20_000, 5)) });
		expect(tab(old, 'taba', notices).load()).toEqual(run(20_000, 5));
		const none = new MemoryStorage({ [KEY]: envelope(null) });
		expect(tab(none, 'taba', notices).load()).toBeNull();
		expect(notices.list).toEqual([]);
	});

	it('drops an unreadable run of one tab, keeps the others, and says so in a sentence', () => {
		const notices = new Notices();
		const storage = new MemoryStorage({
			[KEY]: envelope({ taba: run(1000, 1), tabb: { savedAt: 'x' } }, 2)
		});
		expect(tab(storage, 'tabb', notices).load()).toEqual(run(1000, 1));
		expect(notices.list[0]!.message).toMatch(
			/^Part of your saved place in this routine could not be read and was left out \(the run of tab tabb is not valid\)\./
		);
	});

	it('names a tab once per tab: a reload keeps it, a new tab gets another', () => {
		const session = new MemoryStorage();
		const first = tabId(session.asStorage);
		expect(first).toMatch(/^[a-z0-9]{12}$/);
		expect(tabId(session.asStorage)).toBe(first);
		expect(session.getItem(TAB_KEY)).toBe(first);
		expect(tabId(new MemoryStorage().asStorage)).not.toBe(first);
	});
});
