/**
 * A training-day session: a scenario played by a group, led by a trainer on a projector.
 * The session is plain data (no functions, no class instances) so it can be copied, compared
 * and kept in memory as it is; everything on screen is derived from it by replaying the
 * group's choices through the scenario machine (see `view.ts`).
 */
import type { DimensionResult } from '../scoring/result';
import type { ChoiceQuality } from '../scoring/quality';

/** One decision the group reached, in the order they reached them. */
export interface TrainingStep {
	/** The group's choice, by index as authored in the scenario file; null while still open. */
	choice: number | null;
	/**
	 * How many people in the group voted for each choice, by index as authored. Only choices
	 * the trainer filled in are present; counting is optional.
	 */
	counts: Readonly<Record<number, number>>;
	/** Whether the trainer has shown the feedback on the group's choice. */
	revealed: boolean;
	/**
	 * Whether the trainer has also shown the feedback on every other answer, to discuss what
	 * they would have done. Left out while not (and in sessions kept before it existed).
	 */
	allRevealed?: boolean;
}

export interface TrainingSession {
	scenarioId: string;
	/**
	 * Every decision reached so far. All but the last have a choice; the last may still be
	 * open. Empty only for a scenario that ends before its first decision.
	 */
	steps: readonly TrainingStep[];
	/**
	 * Which decision is on screen (0-based). `steps.length` means the ending, which is only
	 * possible when the group's choices have led to one.
	 */
	position: number;
}

/** A choice as the group sees it: numbered 1..n in the order offered. */
export interface OfferedChoice {
	/** 1-based number on screen, and the key that picks it. */
	number: number;
	/** Index as authored in the scenario file. */
	index: number;
	label: string;
}

export interface ChosenChoice extends OfferedChoice {
	feedback: string;
	source: string;
	/** In words from `QUALITY_WORDS`: how the answer does on the scenario's skills. */
	quality: ChoiceQuality;
}

/** An answer with its feedback, as shown when the trainer reveals all of them. */
export interface RevealedChoice extends ChosenChoice {
	/** The group chose this one. */
	chosen: boolean;
}

/** The group's votes at one decision, for the bar chart and its text. */
export interface VoteRow {
	number: number;
	label: string;
	count: number;
	/** count / total, 0..1; 0 when no votes at all. */
	share: number;
}

export interface Votes {
	total: number;
	rows: VoteRow[];
}

export interface DecisionView {
	kind: 'decision';
	/** 1-based number of this decision in the session. */
	number: number;
	nodeId: string;
	/** What the group said at the previous decision, if any (the client's text answers it). */
	said?: string;
	/** The text of every node entered since the previous decision, ending with this one. */
	texts: string[];
	/** The prompt for group discussion, if the author wrote one. */
	discuss?: string;
	choices: OfferedChoice[];
	/** The group's choice here, or null while open. */
	chosen: ChosenChoice | null;
	revealed: boolean;
	/** Every offered answer with its feedback, once the trainer showed them all; else null. */
	alternatives: RevealedChoice[] | null;
	/** The counts as entered, by index as authored. */
	counts: Readonly<Record<number, number>>;
	/** Null while no vote has been entered. */
	votes: Votes | null;
	/** True when this is the newest decision, not one the trainer went back to. */
	latest: boolean;
	canGoBack: boolean;
	canGoForward: boolean;
	/** The group's choices lead to an ending: "Verder" goes there (or the trainer went back to look). */
	finished: boolean;
}

/** One decision on the group's way, for the overview at the end. */
export interface PathEntry {
	number: number;
	nodeId: string;
	chosen: ChosenChoice;
	votes: Votes | null;
}

export interface EndView {
	kind: 'end';
	nodeId: string;
	said?: string;
	texts: string[];
	outcome?: string;
	path: PathEntry[];
	/** Running totals per rubric dimension at the end. */
	totals: Record<string, number>;
	/** Per dimension of the scenario's rubric, against the scenario's best. */
	results: DimensionResult[];
	canGoBack: boolean;
}

export type TrainingView = DecisionView | EndView;
