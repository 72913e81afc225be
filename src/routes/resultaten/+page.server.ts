import { getCourse } from '$lib/content/course.server';
import { summariseModule } from '$lib/content/outline';

export async function load() {
	const course = await getCourse();
	return {
		modules: course.modules.map(summariseModule),
		rubric: course.rubric,
		// Best totals per scenario, to show attempts as "2 van 4".
		best: Object.fromEntries(course.modules.flatMap((m) => m.scenarios.map((s) => [s.id, s.best]))),
		// The totals each scenario can reach, to check an imported file against.
		bounds: Object.fromEntries(course.modules.flatMap((m) => m.scenarios.map((s) => [s.id, { best: s.best, worst: s.worst }])))
	};
}
