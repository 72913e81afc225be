/**
 * The conditions of a validated scenario, parsed once per scenario object and shared by the
 * machine and by `offeredChoices`, so both judge a choice by the very same tree.
 */
import { evaluateCondition, parseCondition, type Condition, type ConditionValues } from './condition';
import type { ScenarioDefinition } from './types';

export interface CompiledConditions {
	/** Per node, the tree of each choice's `if` (undefined: always offered). */
	choices: ReadonlyMap<string, readonly (Condition | undefined)[]>;
	/** Per node, the tree of each `next` rule's `if` (undefined: the fallback). */
	rules: ReadonlyMap<string, readonly (Condition | undefined)[]>;
	/** Per ending with `requires`, its tree. */
	requires: ReadonlyMap<string, Condition>;
}

const cache = new WeakMap<ScenarioDefinition, CompiledConditions>();

export function compileConditions(scenario: ScenarioDefinition): CompiledConditions {
	const cached = cache.get(scenario);
	if (cached) return cached;
	const choices = new Map<string, (Condition | undefined)[]>();
	const rules = new Map<string, (Condition | undefined)[]>();
	const requires = new Map<string, Condition>();
	for (const node of Object.values(scenario.nodes)) {
		if (node.choices) choices.set(node.id, node.choices.map((c) => compile(c.if, scenario, node.id)));
		if (node.next) rules.set(node.id, node.next.map((r) => compile(r.if, scenario, node.id)));
		const required = compile(node.requires, scenario, node.id);
		if (required) requires.set(node.id, required);
	}
	const compiled = { choices, rules, requires };
	cache.set(scenario, compiled);
	return compiled;
}

/** A missing condition always holds. */
export function holds(tree: Condition | undefined, values: ConditionValues): boolean {
	return tree === undefined || evaluateCondition(tree, values);
}

function compile(source: string | undefined, scenario: ScenarioDefinition, nodeId: string): Condition | undefined {
	if (source === undefined) return undefined;
	const parsed = parseCondition(source);
	// Only validated scenarios get here, so this is a programming error, not an author's one.
	if (!parsed.ok) {
		throw new Error(`${scenario.file}: node "${nodeId}": voorwaarde "${source}" is niet gevalideerd: ${parsed.error.message}`);
	}
	return parsed.tree;
}
