/**
 * The real course as the workshop's check sees it (rubric ids, every scenario's id and file),
 * the course's scenario texts, and a copy of modules/ in a temporary folder with files added,
 * to compare the workshop's problems with what `loadCourse` (`npm run validate`) says there.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';
import { loadCourse, type LoadResult } from '$lib/content/load';
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

/** Loads a copy of the course with `files` (paths from the project root) added or replaced. */
export async function loadCourseWith(files: Record<string, string>): Promise<LoadResult> {
	const root = mkdtempSync(join(tmpdir(), 'bamboe-werkplaats-'));
	try {
		cpSync('modules', join(root, 'modules'), { recursive: true });
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		return await loadCourse(root);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
