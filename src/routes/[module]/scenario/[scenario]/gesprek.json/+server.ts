// A scenario's whole conversation (every node, choice and feedback), built once as a static file
// next to its page. The page itself carries only the introduction, so a first visit stays light;
// this file loads when the conversation starts or a saved one is shown (`conversation.ts`).
import { error, json } from '@sveltejs/kit';
import { getModule, getCourse } from '$lib/content/course.server';
import { forThePage } from '$lib/scenario/conversation';

export const prerender = true;

export async function entries() {
	return (await getCourse()).modules.flatMap((m) => m.scenarios.map((s) => ({ module: m.id, scenario: s.id })));
}

export async function GET({ params }) {
	const scenario = (await getModule(params.module)).scenarios.find((s) => s.id === params.scenario);
	if (!scenario) error(404, 'Dit scenario bestaat niet');
	return json(forThePage(scenario));
}
