/**
 * Replays choices through the scenario's real XState machine, with xstate's pure
 * `initialTransition`/`transition`: a training session, or a learner's conversation resumed
 * after a reload, can never disagree with the player about where a choice leads, what trust
 * and totals it gives, or which choices are offered.
 */
import { initialTransition, transition } from 'xstate';
import { createScenarioMachine, pointOf as pointOfSnapshot, SELECT_CHOICE, type ScenarioMachine, type ScenarioPoint, type ScenarioSnapshot } from './machine';
import type { ScenarioDefinition } from './types';

/** One machine per scenario object: building one compiles every condition. */
const machines = new WeakMap<ScenarioDefinition, ScenarioMachine>();

function machineFor(scenario: ScenarioDefinition): ScenarioMachine {
	let machine = machines.get(scenario);
	if (!machine) {
		machine = createScenarioMachine(scenario);
		machines.set(scenario, machine);
	}
	return machine;
}

/** Where the play-through stands after some choices, with the snapshot it was read from. */
export interface ReplayPoint extends ScenarioPoint {
	snapshot: ScenarioSnapshot;
}

function pointOf(scenario: ScenarioDefinition, snapshot: ScenarioSnapshot): ReplayPoint {
	return { snapshot, ...pointOfSnapshot(scenario, snapshot) };
}

/**
 * The point before any choice, then one point after each choice. A choice that is not
 * offered where it is made is a broken session, not something to skip quietly: the machine
 * would ignore it and every later step would be shown at the wrong node.
 */
export function replay(scenario: ScenarioDefinition, choices: readonly number[]): ReplayPoint[] {
	const machine = machineFor(scenario);
	let [snapshot] = initialTransition(machine);
	const points = [pointOf(scenario, snapshot)];
	for (const [step, index] of choices.entries()) {
		const here = points[points.length - 1]!;
		if (!here.offered.includes(index)) {
			throw new Error(`${scenario.file}: keuze ${index} wordt bij stap ${step + 1} ("${here.nodeId}") niet aangeboden`);
		}
		[snapshot] = transition(machine, snapshot, { type: SELECT_CHOICE, index });
		points.push(pointOf(scenario, snapshot));
	}
	return points;
}
