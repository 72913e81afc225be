/**
 * One play-through of a scenario as reactive state for the player page: an XState actor of
 * the compiled machine, and what the page needs to show from its snapshot.
 */
import { createActor, type Actor } from 'xstate';
import { createScenarioMachine, pointOf, type ScenarioMachine, type ScenarioSnapshot } from './machine';
import { choiceQuality } from '../scoring/quality';
import { createAttemptRecord } from '../scoring/result';
import { choiceStep, eventFor, refOf, replyStep } from './steps';
import { transcript } from './transcript';
import type { ScenarioData, StepRef } from './types';

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
		this.take(choiceStep(index));
	}

	/** A free reply, by the rule it fell under (`ruleFor` on the analysed text). */
	reply(rule: number) {
		this.take(replyStep(rule));
	}

	private take(step: StepRef) {
		this.actor?.send(eventFor(step));
	}

	/** Starts again and takes these steps (checked beforehand with `checkRun`). */
	replay(steps: readonly StepRef[]) {
		this.restart();
		for (const step of steps) this.take(step);
	}

	/** The steps taken so far, as a conversation in progress is saved. */
	get steps() {
		return this.snapshot.context.path.map((step) => ({ nodeId: step.nodeId, ...refOf(step) }));
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
