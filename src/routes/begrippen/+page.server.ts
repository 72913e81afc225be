import { getCourse } from '$lib/content/course.server';

export async function load() {
	return { terms: (await getCourse()).glossary };
}
