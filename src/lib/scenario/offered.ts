/**
 * Which choices the learner sees at a node: those whose `if` holds right now, by index as
 * authored. The page shows these; the analysis explores these; the machine's guard agrees
 * because it evaluates the same compiled trees.
 */
import { compileConditions, holds } from './compile';
import type { ConditionValues } from './condition';
import type { ScenarioDefinition } from './types';

export function offeredChoices(
	scenario: ScenarioDefinition,
	nodeId: string,
	context: ConditionValues
): number[] {
	const trees = compileConditions(scenario).choices.get(nodeId) ?? [];
	return trees.flatMap((tree, index) => (holds(tree, context) ? [index] : []));
}
