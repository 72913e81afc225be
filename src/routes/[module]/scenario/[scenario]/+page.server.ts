import { error } from '@sveltejs/kit';
import { getCourse, getModule } from '$lib/content/course.server';
import { scenarioDimensions } from '$lib/scoring/result';
import { summariseModule } from '$lib/content/outline';
import { stepAfter } from '$lib/progress/next-step';
import { introOf } from '$lib/scenario/conversation';

export async function entries() {
	return (await getCourse()).modules.flatMap((m) => m.scenarios.map((s) => ({ module: m.id, scenario: s.id })));
}

export async function load({ params }) {
	const [course, module] = await Promise.all([getCourse(), getModule(params.module)]);
	const scenario = module.scenarios.find((s) => s.id === params.scenario);
	if (!scenario) error(404, 'Dit scenario bestaat niet');
	return {
		module: { id: module.id, title: module.title },
		// The conversation itself is in gesprek.json next to the page, loaded when it is needed.
		scenario: introOf(scenario),
		// What the end of a play-through shows of each dimension (the longer recommendation is for /resultaten/).
		dimensions: scenarioDimensions(scenario, course.rubric).map(({ id, name, good, source }) => ({ id, name, good, source })),
		next: stepAfter(course.modules.map(summariseModule), { kind: 'scenario', moduleId: module.id, id: scenario.id })!
	};
}
