import { getCourse } from '$lib/content/course.server';
import { RESERVED_MODULE_IDS } from '$lib/content/load';

export async function load() {
	const course = await getCourse();
	return {
		// What the end of a preview shows of each dimension, as on a scenario's own page.
		dimensions: course.rubric.map(({ id, name, good, source }) => ({ id, name, good, source })),
		modules: course.modules.map((m) => ({ folder: m.dir.replace(/^modules\//, ''), number: m.number, id: m.id, title: m.title })),
		scenarios: course.modules.flatMap((m) =>
			m.scenarios.map((s) => ({ id: s.id, title: s.title, file: s.file, moduleTitle: m.title, moduleNumber: m.number }))
		),
		// A new module may not take the name of a course page or of a module that exists.
		takenModuleIds: [...RESERVED_MODULE_IDS, ...course.modules.map((m) => m.id)]
	};
}
