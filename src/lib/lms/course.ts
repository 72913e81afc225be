/**
 * The part of the course the LMS bridge needs to read and write suspend data: the order of
 * lessons and questions, and the scenarios (to replay attempts). Made at build time from the
 * loaded course; in the package it is a file next to the pages.
 */
import type { Course } from '../content/types';
import type { LmsCourse } from './suspend-data';

export function lmsCourse(course: Course): LmsCourse {
	return {
		modules: course.modules.map((module) => ({
			id: module.id,
			lessonIds: module.lessons.map((lesson) => lesson.id),
			questions: (module.quiz?.questions ?? []).map((q) =>
				q.type === 'sorteren'
					? { options: 0, answers: [], sort: { categories: q.categories.length, items: q.items.map((item) => item.categories) } }
					: { options: q.options.length, answers: q.answers }
			)
		})),
		scenarios: course.modules.flatMap((module) => module.scenarios)
	};
}
