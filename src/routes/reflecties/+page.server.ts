import { getCourse } from '$lib/content/course.server';

// Per scenario, its discussion prompts: the questions the learner's notes answer. The notes
// themselves never leave the device; the page finds them in the browser.
export async function load() {
	const course = await getCourse();
	return {
		scenarios: course.modules.flatMap((m) =>
			m.scenarios.map((s) => ({
				id: s.id,
				href: `/${m.id}/scenario/${s.id}/`,
				title: s.title,
				module: m.title,
				// [node id, prompt] in the order the scenario is written.
				prompts: s.nodeOrder.flatMap((id): [string, string][] => {
					const prompt = s.nodes[id]?.discuss;
					return prompt ? [[id, prompt]] : [];
				})
			}))
		)
	};
}
