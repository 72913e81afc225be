/**
 * Where a saved conversation stands, as the scenario page shows it before resuming: read from
 * the saved run alone, so the page can say it without loading the scenario machine.
 */
import type { ScenarioDefinition } from './types';
import type { ScenarioRun } from '../progress/schema';

/**
 * What the learner is shown about a conversation in progress, before resuming it. The step is
 * known from the run alone; the last line once the conversation's nodes have loaded.
 */
export function describeRun(scenario: Pick<ScenarioDefinition, 'nodes'> | undefined, run: Pick<ScenarioRun, 'steps' | 'at'>): { step: number; lastText?: string } {
	const text = scenario && Object.hasOwn(scenario.nodes, run.at) ? scenario.nodes[run.at]!.text.trim() : undefined;
	return { step: run.steps.length + 1, ...(text && { lastText: shorten(text, 180) }) };
}

function shorten(text: string, max: number): string {
	const flat = text.replace(/\s+/g, ' ');
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))} …`;
}
