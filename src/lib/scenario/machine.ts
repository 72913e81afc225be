/**
 * A validated scenario as an XState machine: one state per node, `choice.select` events for
 * the learner's choices and `reply.send` events for free replies (by the index of the rule the
 * reply fell under: the machine never sees the text), eventless (`always`) transitions for
 * `next` rules, final states for endings. Guards and actions are named and take params, so the machine's config is plain
 * data that reads like the scenario file; conditions are parsed once, when it is built.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import { compileConditions, holds } from './compile';
import type { Condition } from './condition';
import { applyChoice, applyReply, enterNode, initialContext } from './context';
import type { ScenarioContext, ScenarioDefinition, ScenarioEvent, ScenarioNode } from './types';

import { offeredChoices } from './offered';
import { SELECT_CHOICE, SEND_REPLY } from './steps';
import { own } from '../own';

export { offeredChoices, SELECT_CHOICE, SEND_REPLY };

export function createScenarioMachine(scenario: ScenarioDefinition) {
	const conditions = compileConditions(scenario);

	const scenarioSetup = setup({
		types: {
			context: {} as ScenarioContext,
			events: {} as ScenarioEvent
		},
		guards: {
			/** A `next` rule's `if`. */
			condition: ({ context }, params: { tree: Condition }) => holds(params.tree, context),
			/** The event picks this choice, and the choice is offered right now. */
			choiceOffered: ({ context, event }, params: { index: number; tree: Condition | undefined }) =>
				event.type === SELECT_CHOICE && event.index === params.index && holds(params.tree, context),
			/** The reply fell under this rule (the page picked it with `ruleFor`). */
			ruleChosen: ({ event }, params: { index: number }) => event.type === SEND_REPLY && event.rule === params.index
		},
		actions: {
			applyChoice: assign(({ context }, params: { nodeId: string; index: number }) =>
				applyChoice(context, params.nodeId, params.index, choiceAt(scenario, params.nodeId, params.index))
			),
			applyReply: assign(({ context }, params: { nodeId: string; index: number }) =>
				applyReply(context, params.nodeId, params.index, ruleAt(scenario, params.nodeId, params.index))
			),
			enterNode: assign(({ context }, params: { nodeId: string }) => enterNode(context, params.nodeId))
		}
	});

	const stateFor = (node: ScenarioNode) => {
		const entry = { type: 'enterNode', params: { nodeId: node.id } } as const;
		if (node.end) return scenarioSetup.createStateConfig({ type: 'final', entry });
		if (node.next) {
			const trees = conditions.rules.get(node.id) ?? [];
			return scenarioSetup.createStateConfig({
				entry,
				always: node.next.map((rule, i) => {
					const tree = trees[i];
					return {
						target: rule.to,
						reenter: true,
						...(tree && { guard: { type: 'condition', params: { tree } } as const })
					};
				})
			});
		}
		const trees = conditions.choices.get(node.id) ?? [];
		return scenarioSetup.createStateConfig({
			entry,
			on: {
				[SELECT_CHOICE]: (node.choices ?? []).map((choice, index) => ({
					target: choice.next,
					// Re-enter even when a choice leads back to its own node, so the visit is recorded.
					reenter: true,
					guard: { type: 'choiceOffered', params: { index, tree: trees[index] } } as const,
					actions: { type: 'applyChoice', params: { nodeId: node.id, index } } as const
				})),
				[SEND_REPLY]: (node.respond?.rules ?? []).map((rule, index) => ({
					target: rule.next,
					reenter: true,
					guard: { type: 'ruleChosen', params: { index } } as const,
					actions: { type: 'applyReply', params: { nodeId: node.id, index } } as const
				}))
			}
		});
	};

	return scenarioSetup.createMachine({
		id: `scenario-${scenario.id}`,
		context: initialContext(scenario),
		initial: scenario.start,
		states: Object.fromEntries(scenario.nodeOrder.map((id) => [id, stateFor(own(scenario.nodes, id)!)])),
		options: {
			// A chain of automatic steps visits each node at most once (validation refuses
			// circles of `next` rules); anything longer is a loop, stopped loudly, not hung in.
			maxIterations: scenario.nodeOrder.length + 2
		}
	});
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
export type ScenarioSnapshot = SnapshotFrom<ScenarioMachine>;

/** The node the learner is at: every node is a top-level state, so the value is its id. */
export function currentNodeId(snapshot: ScenarioSnapshot): string {
	return snapshot.value as string;
}

/** Where a play-through stands: the node, whether it ended, and the choices offered there. */
export interface ScenarioPoint {
	nodeId: string;
	done: boolean;
	/** Indexes (as authored) of the choices offered; empty at an ending. */
	offered: number[];
}

export function pointOf(scenario: ScenarioDefinition, snapshot: ScenarioSnapshot): ScenarioPoint {
	const nodeId = currentNodeId(snapshot);
	const done = snapshot.status === 'done';
	return { nodeId, done, offered: done ? [] : offeredChoices(scenario, nodeId, snapshot.context) };
}

function choiceAt(scenario: ScenarioDefinition, nodeId: string, index: number) {
	const choice = own(scenario.nodes, nodeId)?.choices?.[index];
	if (!choice) throw new Error(`${scenario.file}: node "${nodeId}" heeft geen keuze ${index}`);
	return choice;
}

function ruleAt(scenario: ScenarioDefinition, nodeId: string, index: number) {
	const rule = own(scenario.nodes, nodeId)?.respond?.rules[index];
	if (!rule) throw new Error(`${scenario.file}: node "${nodeId}" heeft geen regel ${index} van respond`);
	return rule;
}
