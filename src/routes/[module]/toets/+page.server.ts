import { error } from '@sveltejs/kit';
import { getCourse, getModule } from '$lib/content/course.server';

export async function entries() {
	return (await getCourse()).modules.filter((m) => m.quiz).map((m) => ({ module: m.id }));
}

export async function load({ params }) {
	const module = await getModule(params.module);
	if (!module.quiz) error(404, 'Deze module heeft geen toets');
	return {
		module: { id: module.id, title: module.title, number: module.number },
		questions: module.quiz.questions
	};
}
