import { getCourse } from '$lib/content/course.server';

export async function load() {
	// What the page shows, nothing more (aliases only matter for linking lessons).
	return { terms: (await getCourse()).glossary.map(({ id, term, explanation, source }) => ({ id, term, explanation, source })) };
}
