import { getCourse } from '$lib/content/course.server';
import { trainingCatalogue } from '$lib/training/catalogue';

export async function load() {
	return { modules: trainingCatalogue(await getCourse()) };
}
