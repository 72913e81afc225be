import { getCourse, getLesson } from '$lib/content/course.server';
import { summariseModule } from '$lib/content/outline';
import { stepAfter } from '$lib/progress/next-step';
import figureStyles from '$lib/content/figures/figures.css?inline';

export async function entries() {
	return (await getCourse()).modules.flatMap((m) => m.lessons.map((l) => ({ module: m.id, lesson: l.id })));
}

export async function load({ params }) {
	const [course, { module, lesson, index }] = await Promise.all([getCourse(), getLesson(params.module, params.lesson)]);
	const previous = module.lessons[index - 1];
	return {
		module: { id: module.id, title: module.title, number: module.number, lessonCount: module.lessons.length },
		lesson: { id: lesson.id, title: lesson.title, contentNote: lesson.contentNote, html: lesson.html },
		// Only a lesson with figures carries their styles.
		figureStyles: lesson.figures > 0 ? figureStyles : undefined,
		// Only the terms this lesson uses: their explanations open in place (see glossary/term-notes.ts).
		terms: lesson.terms.flatMap((id) => course.glossary.filter((t) => t.id === id)).map(({ id, term, explanation, source }) => ({ id, term, explanation, source })),
		position: index + 1,
		previous: previous && { href: `/${module.id}/${previous.id}/`, title: previous.title },
		// The next lesson; after the last one the quiz, the scenarios, the next module.
		next: stepAfter(course.modules.map(summariseModule), { kind: 'lesson', moduleId: module.id, id: lesson.id })!
	};
}
