/**
 * A scenario page in two parts: the introduction, in the page itself, and the conversation (the
 * nodes), in a static file next to it (`gesprek.json`) that loads only when it is needed: when
 * the learner starts or resumes, or has a saved conversation to be shown where they were. Most
 * of a scenario's weight is its conversation; a first visit does not need it.
 */
import type { ScenarioData, ScenarioNode } from './types';

/** What the page carries: what its introduction shows, and the best totals for its results. */
export type ScenarioIntro = Pick<ScenarioData, 'id' | 'moduleId' | 'title' | 'summary' | 'client' | 'contentNote' | 'feedback' | 'best'> & {
	/** Somewhere in the conversation the learner may answer in their own words. */
	freeReplies: boolean;
};

/** The address of a scenario's conversation file, from the site's root. */
export const conversationPath = (moduleId: string, scenarioId: string) => `/${moduleId}/scenario/${scenarioId}/gesprek.json`;

/** The scenario as the browser needs it: an ending's `requires` is checked at build time. */
export function forThePage(scenario: ScenarioData): ScenarioData {
	const nodes = Object.fromEntries(Object.entries(scenario.nodes).map(([id, node]) => [id, withoutRequires(node)]));
	return { ...scenario, nodes };
}

export function introOf(scenario: ScenarioData): ScenarioIntro {
	const { id, moduleId, title, summary, client, contentNote, feedback, best } = scenario;
	return {
		id,
		moduleId,
		title,
		summary,
		client,
		...(contentNote !== undefined && { contentNote }),
		feedback,
		best,
		freeReplies: Object.values(scenario.nodes).some((node) => node.respond !== undefined)
	};
}

/**
 * Fetches the conversation of the scenario this introduction belongs to. A file that does not
 * belong to it (an old copy from a cache, another scenario) is refused: the player must never
 * run one scenario's nodes under another's title and scores.
 */
export async function fetchConversation(intro: ScenarioIntro, address: string, get: typeof fetch = fetch): Promise<ScenarioData> {
	const response = await get(address);
	if (!response.ok) throw new Error(`${address}: ${response.status}`);
	const scenario = (await response.json()) as ScenarioData;
	if (scenario?.id !== intro.id || scenario.moduleId !== intro.moduleId || !scenario.nodes?.[scenario.start]) {
		throw new Error(`${address}: niet het gesprek van ${intro.id}`);
	}
	return scenario;
}

function withoutRequires(node: ScenarioNode): ScenarioNode {
	const { requires: _checkedAtBuild, ...rest } = node;
	return rest;
}
