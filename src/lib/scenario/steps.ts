/**
 * Steps as references (`StepRef`): a prepared choice or a free reply's rule, by index. One
 * place for what every part that replays or explores a conversation needs: the machine event
 * for a step, which steps a point allows, and the index alone of a recorded step.
 */
import { own } from '../own';
import type { ScenarioDefinition, ScenarioEvent, StepRef } from './types';

export const SELECT_CHOICE = 'choice.select';
export const SEND_REPLY = 'reply.send';

export function choiceStep(choiceIndex: number): StepRef {
	return { choiceIndex };
}

export function replyStep(ruleIndex: number): StepRef {
	return { ruleIndex };
}

export function eventFor(step: StepRef): ScenarioEvent {
	return step.ruleIndex === undefined
		? { type: SELECT_CHOICE, index: step.choiceIndex }
		: { type: SEND_REPLY, rule: step.ruleIndex };
}

/** Just the reference of a recorded step, as a conversation in progress is saved. */
export function refOf(step: StepRef): StepRef {
	return step.ruleIndex === undefined ? { choiceIndex: step.choiceIndex } : { ruleIndex: step.ruleIndex };
}

/** The number of rules of the node's free reply; 0 when it takes none. */
export function replyRules(scenario: ScenarioDefinition, nodeId: string): number {
	return own(scenario.nodes, nodeId)?.respond?.rules.length ?? 0;
}

/**
 * Every step the learner can take at a node where these choices are offered: the choices, then
 * each rule of the free reply. Nothing where no choice is offered: there the scenario is stuck
 * (validation refuses that), and a free reply never stands in for the prepared choices.
 */
export function stepsAt(scenario: ScenarioDefinition, nodeId: string, offered: readonly number[]): StepRef[] {
	if (offered.length === 0) return [];
	const rules = Array.from({ length: replyRules(scenario, nodeId) }, (_, i) => replyStep(i));
	return [...offered.map(choiceStep), ...rules];
}

export function isAvailable(
	scenario: ScenarioDefinition,
	point: { nodeId: string; offered: readonly number[] },
	step: StepRef
): boolean {
	return stepsAt(scenario, point.nodeId, point.offered).some(
		(s) => s.choiceIndex === step.choiceIndex && s.ruleIndex === step.ruleIndex
	);
}

/** "keuze 2" or "respond, regel 1": counted from 1, as authors do. */
export function describeStep(step: StepRef): string {
	return step.ruleIndex === undefined ? `keuze ${step.choiceIndex + 1}` : `respond, regel ${step.ruleIndex + 1}`;
}
