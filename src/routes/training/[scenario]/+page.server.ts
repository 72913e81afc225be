import { error } from '@sveltejs/kit';
import { getCourse } from '$lib/content/course.server';
import { findTrainingScenario } from '$lib/training/catalogue';
import { scenarioDimensions } from '$lib/scoring/result';

export async function entries() {
	return (await getCourse()).modules.flatMap((m) => m.scenarios.map((s) => ({ scenario: s.id })));
}

export async function load({ params }) {
	const course = await getCourse();
	const found = findTrainingScenario(course, params.scenario);
	if (!found) error(404, 'Dit scenario bestaat niet');
	return {
		module: { id: found.module.id, number: found.module.number, title: found.module.title },
		scenario: found.scenario,
		dimensions: scenarioDimensions(found.scenario, course.rubric)
	};
}
