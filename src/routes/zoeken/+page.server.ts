import { getCourse } from '$lib/content/course.server';

export async function load() {
	// Suggestions for the empty state: a spread of glossary terms from the whole course.
	const terms = (await getCourse()).glossary;
	const step = Math.max(1, Math.floor(terms.length / 12));
	return { suggestions: terms.filter((_, i) => i % step === 0).slice(0, 12).map((t) => t.term) };
}
