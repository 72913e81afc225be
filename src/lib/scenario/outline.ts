/**
 * A lenient reading of a scenario file: just what the cross-checks need (references,
 * conditions, scores, which way on each node takes), taken from the raw data wherever it has
 * the right type, whatever is wrong elsewhere. The schema reports the shape problems; this lets
 * every other check run in the same pass, so a wrong score in a choice does not hide a typo
 * in its `next`.
 */

/** What a choice and a reply rule share: where it leads, its points, the flags it sets. */
export interface OutcomeOutline {
	next?: string;
	/** The score object as written (values unchecked), or empty. */
	score: Readonly<Record<string, unknown>>;
	/** The flag names in `sets`, one entry per item written (undefined where not text). */
	sets: (string | undefined)[];
	/** The trust change, when it is a number. */
	trust?: number;
}

export interface ChoiceOutline extends OutcomeOutline {
	if?: string;
	/** The label, when it is text (for a map of the scenario). */
	label?: string;
}

/** A rule of a node's `respond`. */
export interface ReplyRuleOutline extends OutcomeOutline {
	/** The move names in `moves` and in `unless`, one entry per item written (undefined where not text). */
	moves: (string | undefined)[];
	unless: (string | undefined)[];
	/** The rule has a `moves` or `unless` key, whatever its value: it is not the fallback. */
	guarded: boolean;
	/** `moves` and `unless`, where written, are lists of text: the rule's meaning is known. */
	readable: boolean;
}

export interface RuleOutline {
	to?: string;
	if?: string;
	/** The rule has an `if` key, whatever its value: it is not the fallback. */
	guarded: boolean;
}

export interface NodeOutline {
	id: string;
	/** The node's text and an ending's outcome, when they are text (for a map of the scenario). */
	text?: string;
	outcome?: string;
	/** The keys the node uses to go on, whatever their values. */
	hasChoices: boolean;
	hasNext: boolean;
	hasEnd: boolean;
	hasOutcome: boolean;
	hasRequires: boolean;
	/** The ending's `requires` condition, when it is text. */
	requires?: string;
	hasRespond: boolean;
	/** One entry per item written, so indexes match the file; undefined unless a list. */
	choices?: ChoiceOutline[];
	rules?: RuleOutline[];
	/** The rules of `respond`, likewise; undefined unless `respond.rules` is a list. */
	replies?: ReplyRuleOutline[];
}

/** A choice or a reply rule, with the key path to it for messages. */
export interface PlacedOutcome {
	outcome: OutcomeOutline;
	path: (string | number)[];
}

/** Every choice and every reply rule of a node, in the file's order. */
export function outcomesOf(node: NodeOutline): PlacedOutcome[] {
	return [
		...(node.choices ?? []).map((outcome, i) => ({ outcome, path: ['nodes', node.id, 'choices', i] })),
		...(node.replies ?? []).map((outcome, i) => ({ outcome, path: ['nodes', node.id, 'respond', 'rules', i] }))
	];
}

export interface ScenarioOutline {
	/** The scenario's rubric list, when it is a list of names. */
	rubric?: string[];
	/** The declared flags, one entry per item written (undefined where not text). */
	flags: (string | undefined)[];
	start?: string;
	/** Every node id, in the author's order. */
	nodeIds: string[];
	nodes: Map<string, NodeOutline>;
	/** Every node, choice list, rule list and reference could be read: the graph is known. */
	graphKnown: boolean;
}

export function outlineOf(raw: unknown): ScenarioOutline | undefined {
	if (!isRecord(raw)) return undefined;
	const rawNodes = isRecord(raw.nodes) ? raw.nodes : {};
	const nodeIds = Object.keys(rawNodes);
	let graphKnown = isRecord(raw.nodes);
	const nodes = new Map<string, NodeOutline>();
	for (const id of nodeIds) {
		const node = rawNodes[id];
		const fields = isRecord(node) ? node : {};
		const choices = listOf(fields.choices, choiceOutline);
		const rules = listOf(fields.next, ruleOutline);
		const replies = isRecord(fields.respond) ? listOf(fields.respond.rules, replyRuleOutline) : undefined;
		const hasChoices = 'choices' in fields;
		const hasNext = 'next' in fields;
		const hasRespond = 'respond' in fields;
		graphKnown &&=
			isRecord(node) &&
			(!hasChoices || choices !== undefined) &&
			(!hasNext || rules !== undefined) &&
			(!hasRespond || replies !== undefined) &&
			[...(choices ?? []), ...(replies ?? [])].every((outcome) => outcome.next !== undefined) &&
			(rules ?? []).every((rule) => rule.to !== undefined);
		nodes.set(id, {
			id,
			...(isText(fields.text) && { text: fields.text }),
			...(isText(fields.outcome) && { outcome: fields.outcome }),
			hasChoices,
			hasNext,
			hasEnd: 'end' in fields,
			hasOutcome: 'outcome' in fields,
			hasRequires: 'requires' in fields,
			hasRespond,
			...(isText(fields.requires) && { requires: fields.requires }),
			...(choices && { choices }),
			...(rules && { rules }),
			...(replies && { replies })
		});
	}
	return {
		rubric: Array.isArray(raw.rubric) && raw.rubric.every(isText) ? raw.rubric : undefined,
		flags: textsIn(raw.flags),
		start: isText(raw.start) ? raw.start : undefined,
		nodeIds,
		nodes,
		graphKnown
	};
}

/**
 * One way a node can go on: a choice the learner makes, a rule of its free reply, or a rule
 * taken by itself (`next`). Every check and view of the scenario's graph takes the ways on from
 * here, so a new kind of branch is added in one place.
 */
export type WayOn =
	| { kind: 'choice'; index: number; to?: string; if?: string; choice: ChoiceOutline }
	| { kind: 'reply'; index: number; to?: string; reply: ReplyRuleOutline }
	| { kind: 'rule'; index: number; to?: string; if?: string };

/** The node's ways on: choices, then free-reply rules, then `next` rules, each with its index as written. */
export function waysOn(node: NodeOutline): WayOn[] {
	return [
		...(node.choices ?? []).map((choice, index) => ({ kind: 'choice' as const, index, to: choice.next, if: choice.if, choice })),
		...(node.replies ?? []).map((reply, index) => ({ kind: 'reply' as const, index, to: reply.next, reply })),
		...(node.rules ?? []).map((rule, index) => ({ kind: 'rule' as const, index, to: rule.to, if: rule.if }))
	];
}

function outcomeOutline(fields: Record<string, unknown>): OutcomeOutline {
	return {
		...(isText(fields.next) && { next: fields.next }),
		score: isRecord(fields.score) ? fields.score : {},
		sets: textsIn(fields.sets),
		...(typeof fields.trust === 'number' && { trust: fields.trust })
	};
}

function choiceOutline(raw: unknown): ChoiceOutline {
	const fields = isRecord(raw) ? raw : {};
	return {
		...outcomeOutline(fields),
		...(isText(fields.if) && { if: fields.if }),
		...(isText(fields.label) && { label: fields.label })
	};
}

function replyRuleOutline(raw: unknown): ReplyRuleOutline {
	const fields = isRecord(raw) ? raw : {};
	return {
		...outcomeOutline(fields),
		moves: textsIn(fields.moves),
		unless: textsIn(fields.unless),
		guarded: 'moves' in fields || 'unless' in fields,
		readable: [fields.moves, fields.unless].every((list) => list === undefined || (Array.isArray(list) && list.every(isText)))
	};
}

function ruleOutline(raw: unknown): RuleOutline {
	const fields = isRecord(raw) ? raw : {};
	return {
		...(isText(fields.to) && { to: fields.to }),
		...(isText(fields.if) && { if: fields.if }),
		guarded: 'if' in fields
	};
}

function listOf<T>(value: unknown, read: (item: unknown) => T): T[] | undefined {
	return Array.isArray(value) ? value.map(read) : undefined;
}

/**
 * The items of a list of names, keeping their positions for messages; an item that is not
 * text (and a value that is not a list) is the schema's to report.
 */
function textsIn(value: unknown): (string | undefined)[] {
	return Array.isArray(value) ? value.map((item) => (isText(item) ? item : undefined)) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
	return typeof value === 'string' && value.trim() !== '';
}
