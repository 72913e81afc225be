/**
 * How a play-through's context starts and how a choice or a free reply changes it. Pure
 * functions: the machine uses them in its actions, tests and the results page can use them
 * directly.
 */
import { own } from '../own';
import { replyLabel } from './respond';
import {
	TRUST_MAX,
	TRUST_MIN,
	type PathStep,
	type ReplyRule,
	type ScenarioChoice,
	type ScenarioContext,
	type ScenarioDefinition,
	type ScenarioOutcome
} from './types';

export function initialContext(scenario: ScenarioDefinition): ScenarioContext {
	return {
		trust: clampTrust(scenario.trust),
		totals: Object.fromEntries(scenario.rubric.map((dimension) => [dimension, 0])),
		flags: Object.fromEntries(scenario.flags.map((flag) => [flag, false])),
		path: [],
		trail: []
	};
}

export function clampTrust(trust: number): number {
	return Math.min(TRUST_MAX, Math.max(TRUST_MIN, trust));
}

export function applyChoice(
	context: ScenarioContext,
	nodeId: string,
	choiceIndex: number,
	choice: ScenarioChoice
): ScenarioContext {
	return applyStep(context, { nodeId, choiceIndex, ...recordOf(choice, choice.label) }, choice);
}

/** A free reply that fell under the rule at `ruleIndex` of the node's `respond`. */
export function applyReply(
	context: ScenarioContext,
	nodeId: string,
	ruleIndex: number,
	rule: ReplyRule
): ScenarioContext {
	return applyStep(context, { nodeId, ruleIndex, ...recordOf(rule, replyLabel(rule)) }, rule);
}

function recordOf(outcome: ScenarioOutcome, label: string) {
	const { feedback, source, score, trust } = outcome;
	return { label, feedback, source, score, trustChange: trust };
}

function applyStep(context: ScenarioContext, step: PathStep, outcome: ScenarioOutcome): ScenarioContext {
	const totals = { ...context.totals };
	for (const [dimension, points] of Object.entries(outcome.score)) {
		// Own values only: a total never starts from what objects inherit (`constructor`, ...).
		totals[dimension] = (own(totals, dimension) ?? 0) + points;
	}
	const flags = { ...context.flags };
	for (const flag of outcome.sets ?? []) flags[flag] = true;
	return {
		trust: clampTrust(context.trust + outcome.trust),
		totals,
		flags,
		path: [...context.path, step],
		trail: context.trail
	};
}

export function enterNode(context: ScenarioContext, nodeId: string): ScenarioContext {
	return { ...context, trail: [...context.trail, nodeId] };
}
