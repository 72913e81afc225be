import { getCourse, getModule } from '$lib/content/course.server';
import { summariseModule } from '$lib/content/outline';

export async function entries() {
	return (await getCourse()).modules.map((m) => ({ module: m.id }));
}

export async function load({ params }) {
	const module = await getModule(params.module);
	return {
		module: summariseModule(module),
		introHtml: module.introHtml,
		scenarios: module.scenarios.map((s) => ({ id: s.id, title: s.title, summary: s.summary }))
	};
}
