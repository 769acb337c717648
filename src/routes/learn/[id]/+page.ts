import { error } from '@sveltejs/kit';
import { getLesson, lessons } from '$lib/routines/lessons';
import type { EntryGenerator, PageLoad } from './$types';

/** Every lesson gets a prerendered page. */
export const entries: EntryGenerator = () => lessons.map((l) => ({ id: l.id }));

export const load: PageLoad = ({ params }) => {
	const lesson = getLesson(params.id);
	if (!lesson) error(404, 'There is no lesson with this name.');
	const at = lessons.indexOf(lesson);
	const next = lessons[at + 1];
	return { lesson, next: next ? { id: next.id, title: next.title } : null };
};
