/**
 * The real course as the workshop's check sees it (rubric ids, every scenario's id and file),
 * and the course's scenario texts; `loadCourseWith` loads a copy of the course with files added.
 */
import { inject } from 'vitest';
import type { CourseForCheck } from '$lib/workshop/check';

export function courseForCheck(): CourseForCheck {
	const { course } = inject('course');
	if (!course) throw new Error('de cursus in modules/ heeft fouten');
	return {
		rubricIds: course.rubric.map((d) => d.id),
		scenarios: course.modules.flatMap((m) => m.scenarios.map((s) => ({ id: s.id, file: s.file, moduleNumber: m.number })))
	};
}

/** Every scenario file of the course, by path from the project root. */
export const courseScenarioTexts = Object.fromEntries(
	Object.entries(
		import.meta.glob('/modules/*/scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>
	).map(([path, text]) => [path.slice(1), text])
);

export { loadCourseWith } from '../../course-copy';
