/**
 * Playing scenarios in tests: one path through a running actor (the way a page plays it), and
 * every path, enumerated depth-first over the machine's pure `transition`.
 */
import { createActor, initialTransition, transition } from 'xstate';
import { createScenarioMachine, currentNodeId, pointOf, type ScenarioMachine, type ScenarioSnapshot } from '$lib/scenario/machine';
import type { ScenarioDefinition } from '$lib/scenario/types';

/** Starts an actor and sends the choices in order; returns the actor, still running or done. */
export function play(scenario: ScenarioDefinition, choices: readonly number[], machine = createScenarioMachine(scenario)) {
	const actor = createActor(machine).start();
	for (const index of choices) actor.send({ type: 'choice.select', index });
	return actor;
}

export interface PlayedPath {
	choices: number[];
	snapshot: ScenarioSnapshot;
}

export interface PathEnumeration {
	/** Paths that reached a final state, or a node with no choice offered. */
	finished: PlayedPath[];
	/** Paths cut off because they would repeat a state (node, trust, totals, flags) already on the path. */
	repeats: number;
	/** Paths cut off at `maxChoices`. */
	cut: number;
}

/**
 * Every path from the start, choosing among the offered choices at each node. A path that comes
 * back to a state it was in before is cut there: whatever follows could have followed the first
 * time, so it adds no new path.
 */
export function enumeratePaths(
	scenario: ScenarioDefinition,
	{ maxChoices = 40, maxPaths = 100_000 } = {},
	machine: ScenarioMachine = createScenarioMachine(scenario)
): PathEnumeration {
	const result: PathEnumeration = { finished: [], repeats: 0, cut: 0 };
	const keyOf = (s: ScenarioSnapshot) => JSON.stringify([currentNodeId(s), s.context.trust, s.context.totals, s.context.flags]);
	const walk = (snapshot: ScenarioSnapshot, choices: number[], onPath: Set<string>) => {
		if (result.finished.length > maxPaths) throw new Error(`meer dan ${maxPaths} paden in ${scenario.file}`);
		const { offered } = pointOf(scenario, snapshot);
		if (offered.length === 0) {
			result.finished.push({ choices, snapshot });
			return;
		}
		if (choices.length >= maxChoices) {
			result.cut++;
			return;
		}
		for (const index of offered) {
			const [next] = transition(machine, snapshot, { type: 'choice.select', index });
			const key = keyOf(next);
			if (onPath.has(key)) {
				result.repeats++;
				continue;
			}
			walk(next, [...choices, index], new Set(onPath).add(key));
		}
	};
	const [initial] = initialTransition(machine);
	walk(initial, [], new Set([keyOf(initial)]));
	return result;
}
