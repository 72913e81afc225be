import { getCourse } from '$lib/content/course.server';
import { summariseModule } from '$lib/content/outline';

// The course outline only: whether the certificate can be shown is decided in the browser,
// from progress that never leaves the device.
export async function load() {
	const course = await getCourse();
	return {
		modules: course.modules.map(summariseModule),
		rubric: course.rubric.map((d) => ({ id: d.id, name: d.name }))
	};
}
