/**
 * Helpers for the training tests. Decisions of the real scenarios, found by replaying choices
 * through the scenario machine:
 * for each decision a real way there, and how much text it shows once the feedback is revealed
 * (what the group said, the client's words since the previous decision, the question for the
 * group, every answer, and the longest feedback with its source). The presentation tests start
 * a session right at the wordiest decisions, since those are the ones that must still fit.
 */
import type { Page } from '@playwright/test';
import { ready } from './helpers';
import { replayChoices } from '../../src/lib/scenario/replay';
import type { ScenarioData } from '../../src/lib/scenario/types';

export interface Decision {
	scenarioId: string;
	nodeId: string;
	/** Choices (indexes as authored) that lead here. */
	choices: number[];
	/** How many answers are offered here. */
	answers: number;
	/** The answers offered here (indexes as authored). */
	offered: number[];
	characters: number;
}

/** Every decision node a real path reaches, each with the way there that shows the most text. */
export function decisionsOf(scenario: ScenarioData): Decision[] {
	const found = new Map<string, Decision>();
	const seen = new Set<string>();
	const queue: number[][] = [[]];
	for (let choices = queue.shift(); choices; choices = queue.shift()) {
		const points = replayChoices(scenario, choices);
		const here = points.at(-1)!;
		if (here.done) continue;
		const { context } = here.snapshot;
		const key = JSON.stringify([here.nodeId, context.trust, context.totals, context.flags]);
		if (seen.has(key)) continue;
		seen.add(key);
		const since = points.length > 1 ? points.at(-2)!.snapshot.context.trail.length : 0;
		const texts = context.trail.slice(since).map((id) => scenario.nodes[id]!.text);
		const node = scenario.nodes[here.nodeId]!;
		const offered = here.offered.map((index) => node.choices![index]!);
		const characters =
			(context.path.at(-1)?.label.length ?? 0) +
			texts.join('').length +
			(node.discuss?.length ?? 0) +
			offered.reduce((sum, choice) => sum + choice.label.length, 0) +
			Math.max(...offered.map((choice) => choice.feedback.length + choice.source.length));
		const known = found.get(here.nodeId);
		if (!known || characters > known.characters) {
			found.set(here.nodeId, {
				scenarioId: scenario.id,
				nodeId: here.nodeId,
				choices,
				answers: offered.length,
				offered: here.offered,
				characters
			});
		}
		for (const index of here.offered) queue.push([...choices, index]);
	}
	return [...found.values()];
}

/** The decision with the most text in each scenario. */
export function wordiestDecisions(scenarios: readonly ScenarioData[]): Decision[] {
	return scenarios.map((scenario) => decisionsOf(scenario).sort((a, b) => b.characters - a.characters)[0]!);
}

/**
 * Opens the training page at this decision, as if the group had got there (every earlier
 * feedback shown) and had voted here (`counts`, by index as authored), optionally in
 * presentation mode: the session is put in the tab's storage, where the page keeps it, and the
 * page is loaded again.
 */
export async function openAt(
	page: Page,
	decision: Pick<Decision, 'scenarioId' | 'choices'>,
	presenting: boolean,
	counts: Record<number, number> = {}
) {
	await page.goto(`/training/${decision.scenarioId}/`);
	await page.evaluate(
		({ decision, presenting, counts }) => {
			const steps = decision.choices.map((choice) => ({ choice, counts: {}, revealed: true }));
			const session = { scenarioId: decision.scenarioId, steps: [...steps, { choice: null, counts, revealed: false }], position: steps.length };
			sessionStorage.setItem(`bamboe.training.sessie.${decision.scenarioId}`, JSON.stringify(session));
			if (presenting) sessionStorage.setItem('bamboe.training.presentatie', 'ja');
			else sessionStorage.removeItem('bamboe.training.presentatie');
		},
		{ decision, presenting, counts }
	);
	await page.reload();
	await ready(page);
}

/**
 * At the decision on screen: types the group's votes (per answer number, the count-entry being
 * open), then picks the group's answer by key, as a trainer does.
 */
export async function voteAndChoose(page: Page, votes: Record<number, number>, answer: number) {
	for (const [number, count] of Object.entries(votes)) {
		await page.getByLabel(`Antwoord ${number}`, { exact: true }).fill(String(count));
	}
	// Away from the fields, where digits are typed rather than taken as shortcuts.
	await page.getByTestId('narration').focus();
	await page.keyboard.press(String(answer));
}
