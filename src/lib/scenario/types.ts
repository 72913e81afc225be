/**
 * A scenario as the rest of the app sees it: validated by `validateScenario`, plain data only
 * (no functions, no class instances), so build-time loaders can pass it to pages unchanged.
 */

/** When the learner sees the feedback on a choice: right after it, or all at the end. */
export type FeedbackMode = 'immediate' | 'end';

export interface ScenarioChoice {
	label: string;
	/** Points per rubric dimension; dimensions left out score 0. */
	score: Record<string, number>;
	/** Change to the client's trust (already defaulted to 0). */
	trust: number;
	feedback: string;
	source: string;
	/** The node this choice leads to. */
	next: string;
	/** Condition source text; the choice is offered only while it holds. */
	if?: string;
	/** Flags (declared in the scenario's `flags`) this choice sets to 1, for the rest of the play-through. */
	sets?: string[];
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
	 * Names of the scenario's flags: each 0 at the start and 1 once a choice `sets` it, so a
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


/** One choice the learner made, as recorded on the machine's context and in attempts. */
export interface PathStep {
	nodeId: string;
	/** Index into the node's choices as authored (0-based). */
	choiceIndex: number;
	label: string;
	feedback: string;
	source: string;
	score: Record<string, number>;
	/** The trust change the choice asked for (before clamping). */
	trustChange: number;
}

/** The running state of one play-through. */
export interface ScenarioContext {
	/** The client's felt safety, clamped to TRUST_MIN..TRUST_MAX. */
	trust: number;
	/** Running total per rubric dimension of the scenario; not clamped. */
	totals: Record<string, number>;
	/** Per declared flag, whether a choice on the way has set it. */
	flags: Record<string, boolean>;
	/** Every choice made, in order. */
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

export type ScenarioEvent = ChoiceSelectEvent;

/** Trust bounds during play. */
export const TRUST_MIN = -5;
export const TRUST_MAX = 5;
/** Bounds for the score and trust change of a single choice. */
export const CHOICE_MIN = -3;
export const CHOICE_MAX = 3;
