/**
 * A scenario to preview from a chosen node: the same scenario with that node as its start, so
 * the real player and machine run it unchanged. Trust starts at the scenario's starting value
 * and every total at 0 there (the page says so); the best reachable totals, which the result
 * shows scores against, are worked out again from that node.
 */
import { analyseScenario } from '../scenario/analyse';
import type { ScenarioData } from '../scenario/types';

export function previewFrom(scenario: ScenarioData, nodeId: string): ScenarioData {
	if (nodeId === scenario.start || !(nodeId in scenario.nodes)) return scenario;
	const definition = { ...scenario, start: nodeId };
	const analysis = analyseScenario(definition);
	return { ...definition, best: analysis.best, worst: analysis.worst, decisions: analysis.decisions };
}
