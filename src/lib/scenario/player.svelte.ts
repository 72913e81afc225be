/**
 * One play-through of a scenario as reactive state for the player page: an XState actor of
 * the compiled machine, and what the page needs to show from its snapshot.
 */
import { createActor, type Actor } from 'xstate';
import { createScenarioMachine, pointOf, SELECT_CHOICE, type ScenarioMachine, type ScenarioSnapshot } from './machine';
import { choiceQuality } from '../scoring/quality';
import { createAttemptRecord } from '../scoring/result';
import { transcript } from './transcript';
import type { ScenarioData } from './types';

export class ScenarioPlayer {
	snapshot: ScenarioSnapshot = $state.raw()!;
	private readonly machine: ScenarioMachine;
	private actor: Actor<ScenarioMachine> | undefined;

	constructor(private readonly scenario: ScenarioData) {
		this.machine = createScenarioMachine(scenario);
		this.restart();
	}

	restart() {
		this.actor?.stop();
		this.actor = createActor(this.machine);
		this.actor.subscribe((snapshot) => (this.snapshot = snapshot));
		this.actor.start();
	}

	select(index: number) {
		this.actor?.send({ type: SELECT_CHOICE, index });
	}

	/** Starts again and makes these choices (checked beforehand with `checkRun`). */
	replay(choices: readonly number[]) {
		this.restart();
		for (const index of choices) this.select(index);
	}

	/** The choices made so far, as a conversation in progress is saved. */
	get steps() {
		return this.snapshot.context.path.map(({ nodeId, choiceIndex }) => ({ nodeId, choiceIndex }));
	}

	/** Node, ended or not, and the choices offered: worked out as the training view does. */
	private get point() {
		return pointOf(this.scenario, this.snapshot);
	}

	get nodeId(): string {
		return this.point.nodeId;
	}

	get done(): boolean {
		return this.point.done;
	}

	get context() {
		return this.snapshot.context;
	}

	/** Indexes (as authored) of the choices offered now. */
	get offered(): number[] {
		return this.point.offered;
	}

	/** The record of a finished play-through, as kept in progress. */
	attempt(finishedAt: Date) {
		const { path, totals } = this.snapshot.context;
		return createAttemptRecord(this.scenario, { endNode: this.nodeId, path, totals }, finishedAt);
	}

	/** The conversation so far, each choice with its quality word (worked out here, so the page needn't load the rule). */
	get turns() {
		return transcript(this.scenario, this.snapshot.context).map((turn) =>
			turn.choice ? { ...turn, quality: choiceQuality(turn.choice.score) } : turn
		);
	}
}
