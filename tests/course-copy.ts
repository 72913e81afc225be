/**
 * A copy of modules/ in a temporary folder with files added or replaced, loaded as `npm run
 * validate` loads the course: for unit and browser tests that compare what the workshop says or
 * downloads with what the command says about the same file.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadCourse, type LoadResult } from '../src/lib/content/load';

/** Loads a copy of the course with `files` (paths from the project root) added or replaced. */
export async function loadCourseWith(files: Record<string, string>): Promise<LoadResult> {
	const root = mkdtempSync(join(tmpdir(), 'bamboe-cursus-'));
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
