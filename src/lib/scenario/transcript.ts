/**
 * The conversation so far, as the player shows it: every node entered (automatic ones too),
 * each followed by the choice the learner made there.
 */
import { own } from '../own';
import type { PathStep, ScenarioContext, ScenarioDefinition } from './types';

export interface Turn {
	nodeId: string;
	text: string;
	/** The learner's choice at this node; absent for automatic nodes and the current node. */
	choice?: PathStep;
}

export function transcript(scenario: ScenarioDefinition, context: ScenarioContext): Turn[] {
	let step = 0;
	return context.trail.map((nodeId) => {
		const node = own(scenario.nodes, nodeId);
		const choice = node?.choices && context.path[step]?.nodeId === nodeId ? context.path[step++] : undefined;
		return { nodeId, text: node?.text ?? '', ...(choice ? { choice } : {}) };
	});
}
