import type { Page } from '@playwright/test';

/** A timeline segment as /routines.json gives it. */
export interface CatalogueSegment {
	kind: 'prepare' | 'work' | 'switch' | 'rest';
	label: string;
	exerciseId: string | null;
	side: 'left' | 'right' | null;
	set: number | null;
	sets: number | null;
	reps: number | null;
	durationMs: number;
}

export interface CatalogueRoutine {
	id: string;
	name: string;
	kind: 'strength' | 'warmup' | 'cooldown' | 'run';
	totalMs: number;
	timeline: CatalogueSegment[];
}

export interface Catalogue {
	version: number;
	exercises: { id: string; name: string; category: string; perSide: boolean }[];
	routines: CatalogueRoutine[];
}

/** Reads the catalogue the app serves, so tests follow the real content. */
export async function catalogue(page: Page): Promise<Catalogue> {
	const response = await page.request.get('/routines.json');
	return (await response.json()) as Catalogue;
}

/** m:ss, as the player shows a remaining time. */
export function mss(ms: number): string {
	const s = Math.ceil(ms / 1000);
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
