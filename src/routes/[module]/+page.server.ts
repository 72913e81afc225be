import { getCourse, getModule } from '$lib/content/course.server';
import { summariseModule } from '$lib/content/outline';
import { afterModule } from '$lib/progress/next-step';

export async function entries() {
	return (await getCourse()).modules.map((m) => ({ module: m.id }));
}

export async function load({ params }) {
	const [course, module] = await Promise.all([getCourse(), getModule(params.module)]);
	return {
		module: summariseModule(module),
		after: afterModule(course.modules, module.id),
		introHtml: module.introHtml,
		scenarios: module.scenarios.map((s) => ({ id: s.id, title: s.title, summary: s.summary }))
	};
}
