/**
 * The build checks `modules/` once, before anything is built (see vite.config.ts), and hands the
 * loaded course to the pages' loaders through a JSON file, so it is not read and checked again:
 * SvelteKit prerenders in a worker thread, which shares no memory with the build but inherits
 * its environment, so the file's path travels in an environment variable. Build time only (Node).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Course } from './types';

const VARIABLE = 'BAMBOE_CHECKED_COURSE';

/** Writes the checked course for the rest of this build (this process and its workers). */
export async function handOverCourse(course: Course, file: string): Promise<void> {
	await mkdir(dirname(file), { recursive: true });
	await writeFile(file, JSON.stringify(course));
	process.env[VARIABLE] = file;
}

/** The course this build checked, or undefined outside a build (dev server, scripts, tests). */
export async function handedOverCourse(): Promise<Course | undefined> {
	const file = process.env[VARIABLE];
	if (!file) return undefined;
	return JSON.parse(await readFile(file, 'utf8')) as Course;
}
