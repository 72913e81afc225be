/**
 * Explores every path a learner can really take (conditions applied) by running the scenario's
 * own machine: breadth-first over its snapshots, one `choice.select` per offered choice and,
 * where a node takes a free reply, one `reply.send` per rule of its `respond`: each rule is a
 * branch like a choice, so best and worst totals, endings and their `requires` cover the paths
 * that free replies open.
 *
 * Two snapshots at the same node with the same trust, totals and flags have the same future, so each
 * such state is explored once; the first visit, breadth-first, comes by the fewest steps,
 * which makes its recorded path the shortest example. Circles that keep adding points have no
 * end of states, so the walk is bounded (states and choices per path) and says when it stopped
 * early. On the way it checks every arrival at an ending against the ending's `requires`.
 *
 * Why not `getAdjacencyMap` / `getShortestPaths` from `xstate/graph`: they throw when their
 * limit is reached (losing everything found so far) and have no bound on path length; the
 * walk here needs both to report a partial but useful result.
 */
import { initialTransition, transition } from 'xstate';
import { compileConditions, holds } from './compile';
import { createScenarioMachine, currentNodeId, type ScenarioSnapshot } from './machine';
import { offeredChoices } from './offered';
import { eventFor, refOf, stepsAt } from './steps';
import { own } from '../own';
import type { DecisionRange, ScenarioDefinition, StepRef } from './types';

export interface AnalysisOptions {
	/** Most distinct states (node, trust, totals, flags) to explore. */
	maxStates?: number;
	/** Most steps (choices and free replies) on one path. */
	maxChoices?: number;
}

export const DEFAULT_LIMITS: Required<AnalysisOptions> = { maxStates: 20_000, maxChoices: 60 };

/** A real path to a node, the shortest to its state, with the values on arrival. */
export interface ExamplePath {
	nodeId: string;
	/** Nodes at which a step was taken, in order, then the node arrived at. */
	path: string[];
	/** The step taken at each node of `path` but the last: a choice or a free reply's rule. */
	steps: StepRef[];
	trust: number;
	totals: Record<string, number>;
	flags: Record<string, boolean>;
}

/** A real path that arrives at a node where no choice is offered. */
export type StuckPath = ExamplePath;

/** An ending that real paths reach while its `requires` does not hold. */
export interface UnmetRequirement {
	nodeId: string;
	/** One example per distinct arriving state, shortest first. */
	paths: ExamplePath[];
}

export interface ChoiceRef {
	nodeId: string;
	choiceIndex: number;
}

export interface ScenarioAnalysis {
	/** Per dimension, the highest total at any reachable ending (each dimension on its own). */
	best: Record<string, number>;
	/** Per dimension, the lowest total at any reachable ending. */
	worst: Record<string, number>;
	/** End nodes reached on some real path, in the author's order. */
	endings: string[];
	/** End nodes no real path reaches (within the bounds, when not complete). */
	unreachableEndings: string[];
	/** One example per node where a real path finds no choice offered. */
	stuck: StuckPath[];
	/** Endings reached against their `requires`, in the author's order. */
	unmetRequirements: UnmetRequirement[];
	/** Choices never offered on a real path that reaches their node. Trust only when complete. */
	neverOffered: ChoiceRef[];
	/** Nodes no real path enters. Trust only when complete. */
	unvisited: string[];
	/** The fewest and the most decisions from the start to an ending (0 and 0 when none is reached). */
	decisions: DecisionRange;
	statesExplored: number;
	/** False when a bound cut the exploration short. */
	complete: boolean;
	/** Which bounds cut it short, so authors can be told what to change. */
	stoppedBy: { states: boolean; choices: boolean };
}

export function analyseScenario(
	scenario: ScenarioDefinition,
	options: AnalysisOptions = {}
): ScenarioAnalysis {
	const { maxStates, maxChoices } = { ...DEFAULT_LIMITS, ...options };
	const machine = createScenarioMachine(scenario);
	const { requires } = compileConditions(scenario);
	const keyOf = (snapshot: ScenarioSnapshot) => {
		const { trust, totals, flags } = snapshot.context;
		return [
			currentNodeId(snapshot),
			trust,
			...scenario.rubric.map((d) => own(totals, d)),
			...scenario.flags.map((f) => (own(flags, f) ? 1 : 0))
		].join(' ');
	};

	const [initial] = initialTransition(machine);
	const queue = [initial];
	const seen = new Set([keyOf(initial)]);
	const visited = new Set<string>();
	const offered = new Map<string, Set<number>>();
	const endingTotals: Record<string, number>[] = [];
	const endings = new Set<string>();
	const stuck = new Map<string, StuckPath>();
	const unmet = new Map<string, ExamplePath[]>();
	const stoppedBy = { states: false, choices: false };
	// The merged states as a graph (each state's successors, and which states are endings), for
	// the most decisions on a path: breadth-first gives only the fewest.
	const successors = new Map<string, string[]>();
	const endStates = new Set<string>();
	let fewest: number | undefined;

	for (let head = 0; head < queue.length; head++) {
		const snapshot = queue[head]!;
		// Only a scenario that slipped past validation can fail inside the machine.
		if (snapshot.status === 'error') throw snapshot.error;
		const nodeId = currentNodeId(snapshot);
		snapshot.context.trail.forEach((id) => visited.add(id));

		if (snapshot.status === 'done') {
			endStates.add(keyOf(snapshot));
			// Breadth-first: the first ending dequeued is reached by the fewest choices.
			fewest ??= snapshot.context.path.length;
			endings.add(nodeId);
			endingTotals.push(snapshot.context.totals);
			if (!holds(requires.get(nodeId), snapshot.context)) {
				unmet.set(nodeId, [...(unmet.get(nodeId) ?? []), examplePath(snapshot, nodeId)]);
			}
			continue;
		}
		const choices = offeredChoices(scenario, nodeId, snapshot.context);
		const offeredHere = offered.get(nodeId) ?? new Set();
		choices.forEach((index) => offeredHere.add(index));
		offered.set(nodeId, offeredHere);

		if (choices.length === 0) {
			if (!stuck.has(nodeId)) stuck.set(nodeId, examplePath(snapshot, nodeId));
			continue;
		}
		if (snapshot.context.path.length >= maxChoices) {
			stoppedBy.choices = true;
			continue;
		}
		const onward: string[] = [];
		successors.set(keyOf(snapshot), onward);
		for (const step of stepsAt(scenario, nodeId, choices)) {
			const [next] = transition(machine, snapshot, eventFor(step));
			const key = keyOf(next);
			onward.push(key);
			if (seen.has(key)) continue;
			if (seen.size >= maxStates) {
				stoppedBy.states = true;
				continue;
			}
			seen.add(key);
			queue.push(next);
		}
	}

	const endNodes = scenario.nodeOrder.filter((id) => own(scenario.nodes, id)?.end);
	const complete = !stoppedBy.states && !stoppedBy.choices;
	return {
		best: extremes(scenario.rubric, endingTotals, Math.max),
		worst: extremes(scenario.rubric, endingTotals, Math.min),
		endings: endNodes.filter((id) => endings.has(id)),
		unreachableEndings: endNodes.filter((id) => !endings.has(id)),
		stuck: scenario.nodeOrder.flatMap((id) => stuck.get(id) ?? []),
		unmetRequirements: endNodes.flatMap((nodeId) => {
			const paths = unmet.get(nodeId);
			return paths ? [{ nodeId, paths }] : [];
		}),
		neverOffered: scenario.nodeOrder.flatMap((nodeId) => {
			const here = offered.get(nodeId);
			if (!here) return [];
			return (own(scenario.nodes, nodeId)?.choices ?? []).flatMap((_, choiceIndex) =>
				here.has(choiceIndex) ? [] : [{ nodeId, choiceIndex }]
			);
		}),
		unvisited: scenario.nodeOrder.filter((id) => !visited.has(id)),
		decisions: {
			fewest: fewest ?? 0,
			most: complete && fewest !== undefined ? mostDecisions(keyOf(initial), successors, endStates) : null
		},
		statesExplored: seen.size,
		complete,
		stoppedBy
	};
}

/** Per dimension, the extreme over all endings; 0 when no ending is reached at all. */
function extremes(
	dimensions: readonly string[],
	totals: readonly Record<string, number>[],
	pick: (a: number, b: number) => number
): Record<string, number> {
	return Object.fromEntries(
		dimensions.map((d) => {
			const values = totals.map((t) => own(t, d) ?? 0);
			return [d, values.length ? values.reduce((a, b) => pick(a, b)) : 0];
		})
	);
}

/**
 * The most choices on a path from `start` to an ending state, over the graph of merged states
 * (states with the same future are one state, so this is the longest real path). Null when a
 * path can come back to a state it was in: then there is no longest. Depth-first, each state
 * worked out once; the depth is bounded by the walk's `maxChoices`.
 */
function mostDecisions(start: string, successors: ReadonlyMap<string, readonly string[]>, endStates: ReadonlySet<string>): number | null {
	/** Per state: the most choices from it to an ending, -Infinity when none is reachable. */
	const most = new Map<string, number>();
	const onPath = new Set<string>();
	let loops = false;
	const visit = (state: string): number => {
		const known = most.get(state);
		if (known !== undefined) return known;
		if (onPath.has(state)) {
			loops = true;
			return -Infinity;
		}
		if (endStates.has(state)) {
			most.set(state, 0);
			return 0;
		}
		onPath.add(state);
		let longest = -Infinity;
		for (const next of successors.get(state) ?? []) longest = Math.max(longest, 1 + visit(next));
		onPath.delete(state);
		most.set(state, longest);
		return longest;
	};
	const result = visit(start);
	return loops || !Number.isFinite(result) ? null : result;
}

function examplePath(snapshot: ScenarioSnapshot, nodeId: string): ExamplePath {
	const { path, trust, totals, flags } = snapshot.context;
	return {
		nodeId,
		path: [...path.map((step) => step.nodeId), nodeId],
		steps: path.map(refOf),
		trust,
		totals,
		flags
	};
}

export interface ScenarioFigures {
	scenarioId: string;
	moduleId: string;
	nodes: number;
	statesExplored: number;
	endings: number;
	stuck: number;
	complete: boolean;
}

/**
 * Analyses every scenario and returns the figures only (no timing): the project's bench script
 * times this call, tests can compare the figures.
 */
export function analyseAll(
	scenarios: readonly ScenarioDefinition[],
	options?: AnalysisOptions
): ScenarioFigures[] {
	return scenarios.map((scenario) => {
		const analysis = analyseScenario(scenario, options);
		return {
			scenarioId: scenario.id,
			moduleId: scenario.moduleId,
			nodes: scenario.nodeOrder.length,
			statesExplored: analysis.statesExplored,
			endings: analysis.endings.length,
			stuck: analysis.stuck.length,
			complete: analysis.complete
		};
	});
}
