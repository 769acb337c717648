import { lessons } from '$lib/routines/lessons';
import type { PageLoad } from './$types';

export const load: PageLoad = () => ({
	lessons: lessons.map(({ id, title, summary }) => ({ id, title, summary }))
});
