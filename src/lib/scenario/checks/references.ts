/**
 * Every name that should point at a node (`start`, a choice's or reply rule's `next`, a rule's
 * `to`) does.
 */
import { didYouMean } from '../../content/problems';
import { outcomesOf, type ScenarioOutline } from '../outline';
import type { Reporter } from '../report';

export function checkReferences(outline: ScenarioOutline, report: Reporter): void {
	const { nodeIds } = outline;
	const checkTarget = (name: string | undefined, path: (string | number)[]) => {
		if (name === undefined || nodeIds.includes(name)) return;
		report.error(path, `"${name}" is geen node in dit scenario`, missingNodeHint(name, nodeIds));
	};

	checkTarget(outline.start, ['start']);
	for (const [id, node] of outline.nodes) {
		for (const { outcome, path } of outcomesOf(node)) checkTarget(outcome.next, [...path, 'next']);
		node.rules?.forEach((rule, i) => checkTarget(rule.to, ['nodes', id, 'next', i, 'to']));
	}
}

function missingNodeHint(name: string, nodeIds: readonly string[]): string {
	return (
		didYouMean(name, nodeIds) ??
		`De nodes in dit scenario zijn: ${nodeIds.join(', ')}. Voeg een node "${name}" toe of kies een van deze.`
	);
}
