/**
 * Replays steps (choices, and free replies by their rule) through the scenario's real XState
 * machine, with xstate's pure `initialTransition`/`transition`: a training session, or a
 * learner's conversation resumed after a reload, can never disagree with the player about where
 * a step leads, what trust and totals it gives, or which choices are offered.
 */
import { initialTransition, transition } from 'xstate';
import { createScenarioMachine, pointOf as pointOfSnapshot, type ScenarioMachine, type ScenarioPoint, type ScenarioSnapshot } from './machine';
import { choiceStep, describeStep, eventFor, isAvailable } from './steps';
import type { ScenarioDefinition, StepRef } from './types';

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

/** Where the play-through stands after some steps, with the snapshot it was read from. */
export interface ReplayPoint extends ScenarioPoint {
	snapshot: ScenarioSnapshot;
}

function pointOf(scenario: ScenarioDefinition, snapshot: ScenarioSnapshot): ReplayPoint {
	return { snapshot, ...pointOfSnapshot(scenario, snapshot) };
}

/**
 * The point before any step, then one point after each step. A choice that is not offered
 * where it is made (or a rule of a free reply the node does not have) is a broken session, not
 * something to skip quietly: the machine would ignore it and every later step would be shown at
 * the wrong node.
 */
export function replay(scenario: ScenarioDefinition, steps: readonly StepRef[]): ReplayPoint[] {
	const machine = machineFor(scenario);
	let [snapshot] = initialTransition(machine);
	const points = [pointOf(scenario, snapshot)];
	for (const [n, step] of steps.entries()) {
		const here = points[points.length - 1]!;
		if (!isAvailable(scenario, here, step)) {
			throw new Error(`${scenario.file}: ${describeStep(step)} wordt bij stap ${n + 1} ("${here.nodeId}") niet aangeboden`);
		}
		[snapshot] = transition(machine, snapshot, eventFor(step));
		points.push(pointOf(scenario, snapshot));
	}
	return points;
}

/** Prepared choices only, by index as authored: training days play a scenario this way. */
export function replayChoices(scenario: ScenarioDefinition, choices: readonly number[]): ReplayPoint[] {
	return replay(scenario, choices.map(choiceStep));
}
