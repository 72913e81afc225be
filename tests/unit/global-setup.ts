/**
 * Loads the real course in modules/ once for the whole unit-test run, before any test file
 * starts, and hands it to the files that test it (`inject('course')`). Loading it in each of
 * those files, all at once on a busy machine, used to run past the hook timeout.
 */
import type { TestProject } from 'vitest/node';
import { loadCourse, type LoadResult } from '../../src/lib/content/load';

export default async function setup(project: TestProject) {
	project.provide('course', await loadCourse(process.cwd()));
}

declare module 'vitest' {
	export interface ProvidedContext {
		course: LoadResult;
	}
}
