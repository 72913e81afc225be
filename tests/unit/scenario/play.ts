/**
 * Playing scenarios in tests: one path through a running actor (the way a page plays it), and
 * every path, enumerated depth-first over the machine's pure `transition`.
 */
import { createActor, initialTransition, transition } from 'xstate';
import { createScenarioMachine, currentNodeId, pointOf, type ScenarioMachine, type ScenarioSnapshot } from '$lib/scenario/machine';
import { choiceStep, eventFor, stepsAt } from '$lib/scenario/steps';
import type { ScenarioDefinition, StepRef } from '$lib/scenario/types';

/** A step as tests write it: a bare number is a prepared choice. */
export type TestStep = number | StepRef;

export function stepOf(step: TestStep): StepRef {
	return typeof step === 'number' ? choiceStep(step) : step;
}

/** Starts an actor and takes the steps in order; returns the actor, still running or done. */
export function play(scenario: ScenarioDefinition, steps: readonly TestStep[], machine = createScenarioMachine(scenario)) {
	const actor = createActor(machine).start();
	for (const step of steps) actor.send(eventFor(stepOf(step)));
	return actor;
}

/** The choice indexes of a path that has prepared choices only (as training plays it). */
export function choicesOf(steps: readonly StepRef[]): number[] {
	return steps.map((step) => {
		if (step.choiceIndex === undefined) throw new Error(`stap met regel ${step.ruleIndex} van respond, geen keuze`);
		return step.choiceIndex;
	});
}

export interface PlayedPath {
	steps: StepRef[];
	snapshot: ScenarioSnapshot;
}

export interface PathEnumeration {
	/** Paths that reached a final state, or a node with no choice offered. */
	finished: PlayedPath[];
	/** Paths cut off because they would repeat a state (node, trust, totals, flags) already on the path. */
	repeats: number;
	/** Paths cut off at `maxChoices`. */
	cut: number;
	/**
	 * Steps played whose state equals the state a step before them at the same point reached
	 * (two rules that score alike): their futures are the same, so they are walked once.
	 */
	alike: number;
}

/**
 * Every path from the start, taking each step on offer at each node: the offered choices and,
 * unless `replies` is false (a training session), each rule of a free reply. A path that comes
 * back to a state it was in before is cut there: whatever follows could have followed the first
 * time, so it adds no new path.
 */
export function enumeratePaths(
	scenario: ScenarioDefinition,
	{ maxChoices = 40, maxPaths = 100_000, replies = true } = {},
	machine: ScenarioMachine = createScenarioMachine(scenario)
): PathEnumeration {
	const result: PathEnumeration = { finished: [], repeats: 0, cut: 0, alike: 0 };
	const keyOf = (s: ScenarioSnapshot) => JSON.stringify([currentNodeId(s), s.context.trust, s.context.totals, s.context.flags]);
	const walk = (snapshot: ScenarioSnapshot, steps: StepRef[], onPath: Set<string>) => {
		if (result.finished.length > maxPaths) throw new Error(`meer dan ${maxPaths} paden in ${scenario.file}`);
		const { nodeId, offered } = pointOf(scenario, snapshot);
		if (offered.length === 0) {
			result.finished.push({ steps, snapshot });
			return;
		}
		if (steps.length >= maxChoices) {
			result.cut++;
			return;
		}
		const here = replies ? stepsAt(scenario, nodeId, offered) : offered.map(choiceStep);
		const reachedHere = new Set<string>();
		for (const step of here) {
			const [next] = transition(machine, snapshot, eventFor(step));
			const key = keyOf(next);
			if (onPath.has(key)) {
				result.repeats++;
				continue;
			}
			if (reachedHere.has(key)) {
				result.alike++;
				continue;
			}
			reachedHere.add(key);
			walk(next, [...steps, step], new Set(onPath).add(key));
		}
	};
	const [initial] = initialTransition(machine);
	walk(initial, [], new Set([keyOf(initial)]));
	return result;
}
