import { getCourse } from '$lib/content/course.server';
import { moduleCard, summariseModule } from '$lib/content/outline';

export async function load() {
	const course = await getCourse();
	return { modules: course.modules.map(summariseModule).map(moduleCard) };
}
