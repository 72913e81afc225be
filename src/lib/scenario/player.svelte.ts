/**
 * One play-through of a scenario as reactive state for the player page: an XState actor of
 * the compiled machine, and what the page needs to show from its snapshot.
 */
import { createActor, type Actor } from 'xstate';
import { createScenarioMachine, pointOf, type ScenarioMachine, type ScenarioSnapshot } from './machine';
import { choiceQuality } from '../scoring/quality';
import { createAttemptRecord } from '../scoring/result';
import { keepReplyText } from '../replies/keep';
import { choiceStep, eventFor, refOf, replyStep } from './steps';
import { transcript } from './transcript';
import type { PathStep, ScenarioData, StepRef } from './types';

export class ScenarioPlayer {
	snapshot: ScenarioSnapshot = $state.raw()!;
	/**
	 * The learner's own words at each step of the path (nothing for a choice). The machine
	 * decides on the rule alone and never sees them; they are here to be shown, and leave the
	 * player for storage (`steps`, `attempt`) only when the learner keeps them.
	 */
	private replyTexts: readonly (string | undefined)[] = $state.raw([]);
	private readonly machine: ScenarioMachine;
	private actor: Actor<ScenarioMachine> | undefined;

	/**
	 * `keeping` says whether the learner keeps the words of their replies ("Bewaar mijn
	 * antwoorden"), asked each time something is handed over for storage; without it, never.
	 */
	constructor(
		private readonly scenario: ScenarioData,
		private readonly keeping: { load(): boolean } = { load: () => false }
	) {
		this.machine = createScenarioMachine(scenario);
		this.restart();
	}

	restart() {
		this.replyTexts = [];
		this.actor?.stop();
		this.actor = createActor(this.machine);
		this.actor.subscribe((snapshot) => (this.snapshot = snapshot));
		this.actor.start();
	}

	select(index: number) {
		this.take(choiceStep(index));
	}

	/** A free reply, by the rule it fell under (`ruleFor` on the analysed text), with its words. */
	reply(rule: number, text?: string) {
		const at = this.snapshot.context.path.length;
		// The words go in first, so the conversation shows them as soon as the step is taken.
		if (text !== undefined) this.replyTexts = Object.assign([...this.replyTexts], { [at]: text });
		this.take(replyStep(rule));
		if (this.snapshot.context.path.length === at) this.replyTexts = this.replyTexts.slice(0, at);
	}

	private take(step: StepRef) {
		this.actor?.send(eventFor(step));
	}

	/**
	 * Starts again and takes these steps (checked beforehand with `checkRun`); the words of free
	 * replies saved with them come back too.
	 */
	replay(steps: readonly (StepRef & { replyText?: string })[]) {
		this.restart();
		for (const step of steps) this.take(step);
		this.replyTexts = steps.map((step) => step.replyText);
	}

	/** Every choice made and reply sent, with the words of the replies. */
	get path(): PathStep[] {
		return this.snapshot.context.path.map((step, i) => {
			const replyText = this.replyTexts[i];
			return replyText === undefined ? step : { ...step, replyText };
		});
	}

	/** The steps taken so far, as a conversation in progress is saved: the words only when kept. */
	get steps() {
		const keep = this.keeping.load();
		return this.path.map((step) =>
			keepReplyText({ nodeId: step.nodeId, ...refOf(step), ...(step.replyText !== undefined && { replyText: step.replyText }) }, keep)
		);
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

	/** The record of a finished play-through, as kept in progress: the words only when kept. */
	attempt(finishedAt: Date) {
		const { totals } = this.snapshot.context;
		const keep = this.keeping.load();
		const path = this.path.map((step) => keepReplyText(step, keep));
		return createAttemptRecord(this.scenario, { endNode: this.nodeId, path, totals }, finishedAt);
	}

	/** The conversation so far, each choice with its quality word (worked out here, so the page needn't load the rule). */
	get turns() {
		return transcript(this.scenario, { ...this.snapshot.context, path: this.path }).map((turn) =>
			turn.choice ? { ...turn, quality: choiceQuality(turn.choice.score) } : turn
		);
	}
}
