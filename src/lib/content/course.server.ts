/**
 * The course for route loaders: during a build, the one the build checked before it started
 * (`handover.ts`); otherwise (the dev server) loaded once here. Broken content stops with the
 * full list of problems.
 */
import { handedOverCourse } from './handover';
import { loadCourse } from './load';
import { ContentError } from './problems';
import type { Course, Lesson, Module } from './types';
import { error } from '@sveltejs/kit';

let pending: Promise<Course> | undefined;

export function getCourse(): Promise<Course> {
	pending ??= handedOverCourse().then(
		(checked) =>
			checked ??
			loadCourse(process.cwd()).then(({ course, problems }) => {
				if (!course) throw new ContentError(problems);
				return course;
			})
	);
	return pending;
}

export async function getModule(moduleId: string): Promise<Module> {
	const module = (await getCourse()).modules.find((m) => m.id === moduleId);
	if (!module) error(404, 'Deze module bestaat niet');
	return module;
}

export async function getLesson(moduleId: string, lessonId: string): Promise<{ module: Module; lesson: Lesson; index: number }> {
	const module = await getModule(moduleId);
	const index = module.lessons.findIndex((l) => l.id === lessonId);
	if (index < 0) error(404, 'Deze les bestaat niet');
	return { module, lesson: module.lessons[index]!, index };
}
