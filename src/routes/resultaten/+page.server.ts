import { getCourse } from '$lib/content/course.server';
import { summariseModule } from '$lib/content/outline';
import { lessonForDimension } from '$lib/content/recommendations';

export async function load() {
	const course = await getCourse();
	const lessons = course.modules.flatMap((m) => m.lessons);
	return {
		modules: course.modules.map(summariseModule),
		rubric: course.rubric,
		// Per dimension, the lesson about it (the one that cites its recommendations most), for "Om te oefenen".
		lessons: Object.fromEntries(
			course.rubric.flatMap((d) => {
				const lesson = lessonForDimension(d, lessons);
				return lesson ? [[d.id, lesson]] : [];
			})
		),
		// Best totals per scenario: the dimensions each scores, and what its shares are taken of.
		best: Object.fromEntries(course.modules.flatMap((m) => m.scenarios.map((s) => [s.id, s.best]))),
		// The totals each scenario can reach, to check an imported file against.
		bounds: Object.fromEntries(course.modules.flatMap((m) => m.scenarios.map((s) => [s.id, { best: s.best, worst: s.worst }])))
	};
}
