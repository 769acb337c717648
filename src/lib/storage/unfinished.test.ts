import { describe, expect, it } from 'vitest';
import { unfinishedRuns } from './unfinished';

/** A Storage holding `items`, as the browser's localStorage would. */
function storageWith(items: Record<string, string>): Storage {
	const map = new Map(Object.entries(items));
	return {
		get length() {
			return map.size;
		},
		key: (i) => [...map.keys()][i] ?? null,
		getItem: (key) => map.get(key) ?? null,
		setItem: (key, value) => void map.set(key, value),
		removeItem: (key) => void map.delete(key),
		clear: () => map.clear()
	};
}

const run = (savedAt: number) => ({ routineId: 'knee-foundation', savedAt, position: 45_000 });

describe('unfinishedRuns', () => {
	it('reads the one run of version 1 and the latest tab run of version 2', () => {
		const storage = storageWith({
			'patella:run:wall-sit:v1': JSON.stringify({
				v: 1,
				data: { ...run(5), routineId: 'wall-sit' }
			}),
			'patella:run:knee-foundation:v1': JSON.stringify({
				v: 2,
				data: { tabone: run(100), tabtwo: run(300), tabthree: run(200) }
			}),
			'patella:settings:v1': JSON.stringify({ v: 1, data: {} })
		});
		const found = unfinishedRuns(storage);
		expect(found).toHaveLength(2);
		expect(found).toContainEqual({
			routineId: 'wall-sit',
			data: { ...run(5), routineId: 'wall-sit' }
		});
		expect(found).toContainEqual({ routineId: 'knee-foundation', data: run(300) });
	});
});
