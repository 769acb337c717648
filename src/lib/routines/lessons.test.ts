// Lessons are short, cited and linked: each reads in two minutes and cites sources that exist.
import { describe, expect, it } from 'vitest';
import { getLesson, lessons } from './lessons';
import { routines } from './routines';
import { sources } from './sources';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('lessons', () => {
	it('cover the topics runners need, each with a kebab-case id', () => {
		expect(lessons.map((l) => l.id)).toEqual([
			'runners-knee',
			'kneecap-or-tendon',
			'pain-monitoring',
			'load-and-step-rate',
			'ice-shoes-orthoses',
			'see-a-doctor',
			'advice-runners-get'
		]);
		expect(getLesson('pain-monitoring')?.title).toBe('How much pain is OK?');
		expect(getLesson('nope')).toBeUndefined();
	});

	it('read in two minutes: at most 400 words', () => {
		for (const lesson of lessons) {
			const all = [lesson.summary, ...lesson.sections.flatMap((s) => [s.heading, ...s.paragraphs])];
			expect(words(all.join(' ')), lesson.id).toBeLessThanOrEqual(400);
		}
	});

	it('cite sources that exist', () => {
		const ids = new Set(sources.map((s) => s.id));
		for (const lesson of lessons) {
			expect(lesson.sources.length, lesson.id).toBeGreaterThan(0);
			for (const id of lesson.sources) expect(ids.has(id), `${lesson.id} cites ${id}`).toBe(true);
		}
	});

	it('say what the 2018 consensus says of insoles and tape, and the step-length finding', () => {
		const text = (id: string) =>
			getLesson(id)!
				.sections.flatMap((s) => s.paragraphs)
				.join(' ');
		expect(text('ice-shoes-orthoses')).toMatch(/short term/);
		expect(text('ice-shoes-orthoses')).toMatch(/taping .* uncertain/);
		expect(text('load-and-step-rate')).toMatch(/7\.5 % per mile/);
	});

	it('are each linked from at least one routine, or from the safety note (see-a-doctor)', () => {
		const linked = new Set(routines.flatMap((r) => r.lessons ?? []));
		for (const lesson of lessons.filter(
			(l) => !['see-a-doctor', 'ice-shoes-orthoses'].includes(l.id)
		)) {
			expect(linked.has(lesson.id), lesson.id).toBe(true);
		}
	});
});
