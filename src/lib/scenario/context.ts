/**
 * How a play-through's context starts and how a choice changes it. Pure functions: the machine
 * uses them in its actions, tests and the results page can use them directly.
 */
import { own } from '../own';
import { TRUST_MAX, TRUST_MIN, type ScenarioChoice, type ScenarioContext, type ScenarioDefinition } from './types';

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
	const totals = { ...context.totals };
	for (const [dimension, points] of Object.entries(choice.score)) {
		// Own values only: a total never starts from what objects inherit (`constructor`, ...).
		totals[dimension] = (own(totals, dimension) ?? 0) + points;
	}
	const flags = { ...context.flags };
	for (const flag of choice.sets ?? []) flags[flag] = true;
	return {
		trust: clampTrust(context.trust + choice.trust),
		totals,
		flags,
		path: [
			...context.path,
			{
				nodeId,
				choiceIndex,
				label: choice.label,
				feedback: choice.feedback,
				source: choice.source,
				score: choice.score,
				trustChange: choice.trust
			}
		],
		trail: context.trail
	};
}

export function enterNode(context: ScenarioContext, nodeId: string): ScenarioContext {
	return { ...context, trail: [...context.trail, nodeId] };
}
