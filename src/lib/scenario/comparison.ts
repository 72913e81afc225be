/**
 * A finished play-through, decision by decision, next to the strongest choice offered there:
 * what the learner chose (with its quality word) and, where another offered choice was
 * stronger, that choice with its feedback and source. The choices offered at each step come
 * from replaying the path through the scenario's machine, so a choice whose `if` did not hold
 * at that moment is never held up as the better one. A free reply is compared in the same way
 * with the prepared choices offered at its node.
 */
import { choiceQuality, isStronger, strongestChoice, type ChoiceQuality } from '../scoring/quality';
import { replay } from './replay';
import type { PathStep, ScenarioDefinition } from './types';

export interface ComparedChoice {
	/** Index as authored at the node; absent for a free reply (its label says which rule it fell under). */
	index?: number;
	label: string;
	/** A free reply's own words, where they are known (this visit, or kept by the learner). */
	replyText?: string;
	feedback: string;
	source: string;
	quality: ChoiceQuality;
}

export interface ComparedStep {
	nodeId: string;
	chosen: ComparedChoice;
	/** The strongest choice offered at this step, only when it is stronger than the one chosen. */
	strongest?: ComparedChoice;
}

export function compareWithStrongest(scenario: ScenarioDefinition, path: readonly PathStep[]): ComparedStep[] {
	const points = replay(scenario, path);
	return path.map((step, i) => {
		const choices = scenario.nodes[step.nodeId]?.choices ?? [];
		const chosen: ComparedChoice = {
			...(step.choiceIndex !== undefined && { index: step.choiceIndex }),
			label: step.label,
			...(step.replyText !== undefined && { replyText: step.replyText }),
			feedback: step.feedback,
			source: step.source,
			quality: choiceQuality(step.score)
		};
		const best = strongestChoice(choices, points[i]!.offered);
		const strongest = best === undefined ? undefined : choices[best]!;
		if (!strongest || best === step.choiceIndex || !isStronger(strongest, { score: step.score, trust: step.trustChange })) {
			return { nodeId: step.nodeId, chosen };
		}
		return {
			nodeId: step.nodeId,
			chosen,
			strongest: {
				index: best!,
				label: strongest.label,
				feedback: strongest.feedback,
				source: strongest.source,
				quality: choiceQuality(strongest.score)
			}
		};
	});
}
