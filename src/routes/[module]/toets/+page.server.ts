import { error } from '@sveltejs/kit';
import { getCourse, getModule } from '$lib/content/course.server';
import { summariseModule } from '$lib/content/outline';
import { stepAfter } from '$lib/progress/next-step';
import sortStyles from '$lib/components/sort-question.css?inline';

export async function entries() {
	return (await getCourse()).modules.filter((m) => m.quiz).map((m) => ({ module: m.id }));
}

export async function load({ params }) {
	const [course, module] = await Promise.all([getCourse(), getModule(params.module)]);
	if (!module.quiz) error(404, 'Deze module heeft geen toets');
	return {
		module: { id: module.id, title: module.title, number: module.number },
		questions: module.quiz.questions,
		// Only a quiz with a sorting question carries its styles (its code loads with it too).
		sortStyles: module.quiz.questions.some((q) => q.type === 'sorteren') ? sortStyles : undefined,
		next: stepAfter(course.modules.map(summariseModule), { kind: 'quiz', moduleId: module.id })!
	};
}
