import { getCourse } from '$lib/content/course.server';

export async function load() {
	// Suggestions for the empty state: a spread of glossary terms from the whole course.
	const terms = (await getCourse()).glossary;
	const count = Math.min(12, terms.length);
	return { suggestions: Array.from({ length: count }, (_, i) => terms[Math.floor((i * terms.length) / count)]!.term) };
}
