/**
 * The course for route loaders: loaded once per build, and the build stops with the full list
 * of problems when content is broken.
 */
import { loadCourse } from './load';
import { ContentError } from './problems';
import type { Course, Lesson, Module } from './types';
import { error } from '@sveltejs/kit';

let pending: Promise<Course> | undefined;

export function getCourse(): Promise<Course> {
	pending ??= loadCourse(process.cwd()).then(({ course, problems }) => {
		if (!course) throw new ContentError(problems);
		return course;
	});
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
