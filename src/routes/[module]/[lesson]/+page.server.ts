import { getCourse, getLesson } from '$lib/content/course.server';

export async function entries() {
	return (await getCourse()).modules.flatMap((m) => m.lessons.map((l) => ({ module: m.id, lesson: l.id })));
}

export async function load({ params }) {
	const { module, lesson, index } = await getLesson(params.module, params.lesson);
	const link = (i: number) => {
		const other = module.lessons[i];
		return other ? { href: `/${module.id}/${other.id}/`, title: other.title } : undefined;
	};
	return {
		module: { id: module.id, title: module.title, number: module.number, lessonCount: module.lessons.length },
		lesson: { id: lesson.id, title: lesson.title, contentNote: lesson.contentNote, html: lesson.html },
		position: index + 1,
		previous: link(index - 1),
		// After the last lesson the natural next step is the quiz, or else the module page.
		next: link(index + 1) ?? (module.quiz ? { href: `/${module.id}/toets/`, title: 'Toets' } : { href: `/${module.id}/`, title: module.title })
	};
}
