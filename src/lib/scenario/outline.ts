/**
 * A lenient reading of a scenario file: just what the cross-checks need (references,
 * conditions, scores, which way on each node takes), taken from the raw data wherever it has
 * the right type, whatever is wrong elsewhere. The schema reports the shape problems; this lets
 * every other check run in the same pass, so a wrong score in a choice does not hide a typo
 * in its `next`.
 */

export interface ChoiceOutline {
	next?: string;
	if?: string;
	/** The label, when it is text (for a map of the scenario). */
	label?: string;
	/** The trust change, when it is a number. */
	trust?: number;
	/** The score object as written (values unchecked), or empty. */
	score: Readonly<Record<string, unknown>>;
	/** The flag names in `sets`, one entry per item written (undefined where not text). */
	sets: (string | undefined)[];
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
	/** One entry per item written, so indexes match the file; undefined unless a list. */
	choices?: ChoiceOutline[];
	rules?: RuleOutline[];
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
		const hasChoices = 'choices' in fields;
		const hasNext = 'next' in fields;
		graphKnown &&=
			isRecord(node) &&
			(!hasChoices || choices !== undefined) &&
			(!hasNext || rules !== undefined) &&
			(choices ?? []).every((choice) => choice.next !== undefined) &&
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
			...(isText(fields.requires) && { requires: fields.requires }),
			...(choices && { choices }),
			...(rules && { rules })
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
 * One way a node can go on: a choice the learner makes or a rule taken by itself. Every check
 * and view of the scenario's graph takes the ways on from here, so a new kind of branch is
 * added in one place.
 */
export type WayOn =
	| { kind: 'choice'; index: number; to?: string; if?: string; choice: ChoiceOutline }
	| { kind: 'rule'; index: number; to?: string; if?: string };

/** The node's ways on, choices first, each with its index as written. */
export function waysOn(node: NodeOutline): WayOn[] {
	return [
		...(node.choices ?? []).map((choice, index) => ({ kind: 'choice' as const, index, to: choice.next, if: choice.if, choice })),
		...(node.rules ?? []).map((rule, index) => ({ kind: 'rule' as const, index, to: rule.to, if: rule.if }))
	];
}

function choiceOutline(raw: unknown): ChoiceOutline {
	const fields = isRecord(raw) ? raw : {};
	return {
		...(isText(fields.next) && { next: fields.next }),
		...(isText(fields.if) && { if: fields.if }),
		...(isText(fields.label) && { label: fields.label }),
		...(typeof fields.trust === 'number' && { trust: fields.trust }),
		score: isRecord(fields.score) ? fields.score : {},
		sets: textsIn(fields.sets)
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
