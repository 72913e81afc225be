/**
 * A scenario as the rest of the app sees it: validated by `validateScenario`, plain data only
 * (no functions, no class instances), so build-time loaders can pass it to pages unchanged.
 */
import type { MoveId } from '../moves/ids';

/** When the learner sees the feedback on a choice: right after it, or all at the end. */
export type FeedbackMode = 'immediate' | 'end';

/**
 * What taking a choice, or a free reply that falls under a rule, does: points, trust, flags
 * and the node it leads to.
 */
export interface ScenarioOutcome {
	/** Points per rubric dimension; dimensions left out score 0. */
	score: Record<string, number>;
	/** Change to the client's trust (already defaulted to 0). */
	trust: number;
	feedback: string;
	source: string;
	/** The node it leads to. */
	next: string;
	/** Flags (declared in the scenario's `flags`) it sets to 1, for the rest of the play-through. */
	sets?: string[];
}

export interface ScenarioChoice extends ScenarioOutcome {
	label: string;
	/** Condition source text; the choice is offered only while it holds. */
	if?: string;
}

/**
 * One rule of a free reply (`respond`): it applies when the reply makes every move in `moves`
 * and none in `unless`; the first rule that applies is taken. The rule with neither is the
 * fallback, for every other reply, and comes last (validation makes sure of both).
 */
export interface ReplyRule extends ScenarioOutcome {
	moves?: MoveId[];
	unless?: MoveId[];
}

/**
 * A free reply at a node with choices: the learner may answer in their own words instead of
 * picking a prepared choice. The reply is analysed on the device into conversation moves
 * (`src/lib/moves`), and the rule it falls under decides, as a choice would.
 */
export interface ScenarioRespond {
	/** The question put to the learner. */
	prompt: string;
	/** What a strong reply could contain, shown after replying. */
	strong: string;
	rules: ReplyRule[];
}

/** One rule of an automatic branch: the first rule whose `if` holds is taken. */
export interface ScenarioRule {
	if?: string;
	to: string;
}

/** A node has exactly one of `choices`, `next` or `end` (enforced by validation). */
export interface ScenarioNode {
	id: string;
	text: string;
	/** Discussion prompt for facilitator mode. */
	discuss?: string;
	choices?: ScenarioChoice[];
	/** Only on a node with choices: the learner may answer in their own words instead. */
	respond?: ScenarioRespond;
	next?: ScenarioRule[];
	end?: true;
	/** Short label for the results screen; only on endings. */
	outcome?: string;
	/**
	 * Condition source text; only on endings: what the ending's text takes for granted about
	 * the way there. Validation refuses every real path that arrives while it does not hold.
	 */
	requires?: string;
}

/** Everything authored in a scenario file, plus where it came from. */
export interface ScenarioDefinition {
	/** The file name without `.yaml` (and without a leading number). */
	id: string;
	moduleId: string;
	/** Path relative to the project root, for messages. */
	file: string;
	title: string;
	summary: string;
	client: string;
	contentNote?: string;
	feedback: FeedbackMode;
	/** The rubric dimensions this scenario scores, in the author's order. */
	rubric: string[];
	/** Trust at the start. */
	trust: number;
	/**
	 * Names of the scenario's flags: each 0 at the start and 1 once a choice or reply rule `sets` it, so a
	 * condition can ask what happened on the way (a promise made), not only how much was scored.
	 */
	flags: string[];
	start: string;
	nodes: Record<string, ScenarioNode>;
	/** Node ids in the order the author wrote them (object key order is not reliable). */
	nodeOrder: string[];
}

/**
 * A validated scenario. `best` is found by exploring every path once at build time, so pages
 * can show a learner's score as a share of the best reachable one without redoing that work.
 */
export interface ScenarioData extends ScenarioDefinition {
	/** Highest total reachable at an ending, per dimension in `rubric` (each on its own). */
	best: Record<string, number>;
	/** Lowest total reachable at an ending, per dimension (so an imported total can be checked). */
	worst: Record<string, number>;
	/** How many decisions a play-through takes (for planning a training session). */
	decisions: DecisionRange;
}

/**
 * How many decisions a play-through takes, from the start to an ending, over every real path.
 * `most` is null when there is no upper bound (a loop a path can go round again and again
 * without anything changing) or when the walk was cut short, so the longest is not known.
 */
export interface DecisionRange {
	fewest: number;
	most: number | null;
}

/**
 * What the learner did at a node: picked the prepared choice at `choiceIndex` (as authored), or
 * sent a free reply that fell under the `respond` rule at `ruleIndex`. Exactly one of the two.
 * Steps recorded before free replies existed have `choiceIndex` only, and still read the same.
 * The reply's text is never part of a reference: the machine decides on the rule alone.
 */
export type StepRef = { choiceIndex: number; ruleIndex?: undefined } | { ruleIndex: number; choiceIndex?: undefined };

/** One step of the learner's, as recorded on the machine's context and in attempts. */
export type PathStep = StepRef & {
	nodeId: string;
	/** The choice's label, or a description of the reply (`replyLabel`). */
	label: string;
	feedback: string;
	source: string;
	score: Record<string, number>;
	/** The trust change the choice or rule asked for (before clamping). */
	trustChange: number;
	/**
	 * A free reply's own words. The machine never records them; the player adds them for the
	 * learner to see, and storage keeps them only when the learner chose to (`keepReplyText`).
	 */
	replyText?: string;
};

/** The running state of one play-through. */
export interface ScenarioContext {
	/** The client's felt safety, clamped to TRUST_MIN..TRUST_MAX. */
	trust: number;
	/** Running total per rubric dimension of the scenario; not clamped. */
	totals: Record<string, number>;
	/** Per declared flag, whether a choice or reply on the way has set it. */
	flags: Record<string, boolean>;
	/** Every choice made and reply sent, in order. */
	path: PathStep[];
	/**
	 * Every node entered, in order, including the ones passed automatically (`next`), so a
	 * page can show the whole conversation: the machine never rests in an automatic node.
	 */
	trail: string[];
}

/** What the learner does: pick the choice at `index` (as authored) of the current node. */
export interface ChoiceSelectEvent {
	type: 'choice.select';
	index: number;
}

/**
 * What the learner does: send a free reply at the current node. The page analyses the text and
 * picks the rule (`ruleFor`); the machine gets only the rule's index, never the text.
 */
export interface ReplySendEvent {
	type: 'reply.send';
	rule: number;
}

export type ScenarioEvent = ChoiceSelectEvent | ReplySendEvent;

/** Trust bounds during play. */
export const TRUST_MIN = -5;
export const TRUST_MAX = 5;
/** Bounds for the score and trust change of a single choice or reply rule. */
export const CHOICE_MIN = -3;
export const CHOICE_MAX = 3;
