/**
 * Reads the rule strings of rules.ts once, when the analyser is first loaded: each becomes a
 * compiled pattern with its options. A rule that cannot be read is a programming error and
 * throws at once, naming the rule.
 */
import { MOVE_IDS, isMoveId, type MoveId } from './ids';
import { compilePattern, leadingWords, patternWords, type Element, type WordLists } from './pattern';

export interface Rule {
	move: MoveId;
	/** The rule as written, for error messages and for the bench's list of errors. */
	source: string;
	pattern: Element[];
	/** The one-letter options of rules.ts (`n`, `i`, `a`, `h`, `k`, `r`, `q`, `s`, `u`). */
	checks: Set<string>;
	/** Moves this rule cancels in its clause. */
	overrides: MoveId[];
	weight: number;
}

const CHECKS = new Set(['n', 'i', 'a', 'h', 'k', 'r', 'q', 's', 'u']);
const DEFAULT_WEIGHT = 0.8;

export function compileRules(rules: Readonly<Record<MoveId, readonly string[]>>, lists: WordLists): Rule[] {
	return MOVE_IDS.flatMap((move) => rules[move].map((source) => compileRule(move, source, lists)));
}

function compileRule(move: MoveId, source: string, lists: WordLists): Rule {
	const [pattern = '', options = ''] = source.split('::');
	const rule: Rule = { move, source, pattern: compilePattern(pattern, lists), checks: new Set(), overrides: [], weight: DEFAULT_WEIGHT };
	for (const option of options.trim().split(/\s+/).filter(Boolean)) {
		if (option.startsWith('>') && isMoveId(option.slice(1))) rule.overrides.push(option.slice(1) as MoveId);
		else if (option.startsWith('=') && Number(option.slice(1)) > 0 && Number(option.slice(1)) <= 1) rule.weight = Number(option.slice(1));
		else if ([...option].every((letter) => CHECKS.has(letter))) for (const letter of option) rule.checks.add(letter);
		else throw new Error(`Regel voor ${move} niet te lezen: "${option}" in "${source}"`);
	}
	return rule;
}

/** Every literal word the rules name: what the typo corrector may correct towards. */
export function ruleVocabulary(rules: readonly Rule[]): Set<string> {
	return new Set(rules.flatMap((rule) => patternWords(rule.pattern)));
}

/** Rules by the word they must start with, so each word of a reply is tried only with rules that can start there. */
export interface RuleIndex {
	byWord: Map<string, Rule[]>;
	byPrefix: [prefix: string, rule: Rule][];
	/** Rules that may start with any word (an optional or negative first element). */
	anywhere: Rule[];
}

export function indexRules(rules: readonly Rule[]): RuleIndex {
	const index: RuleIndex = { byWord: new Map(), byPrefix: [], anywhere: [] };
	for (const rule of rules) {
		const leading = leadingWords(rule.pattern);
		if (!leading) {
			index.anywhere.push(rule);
			continue;
		}
		for (const word of leading.words) index.byWord.set(word, [...(index.byWord.get(word) ?? []), rule]);
		for (const prefix of leading.prefixes) index.byPrefix.push([prefix, rule]);
	}
	return index;
}

/** Calls `visit` with every rule that may match starting at a word, each once. */
export function forRulesAt(index: RuleIndex, word: string, visit: (rule: Rule) => void) {
	const byWord = index.byWord.get(word) ?? [];
	for (const rule of byWord) visit(rule);
	const byPrefix: Rule[] = []; // a rule listing both `beloof*` and `belov*` is visited once
	for (const [prefix, rule] of index.byPrefix) {
		if (word.startsWith(prefix) && !byWord.includes(rule) && !byPrefix.includes(rule)) byPrefix.push(rule);
	}
	for (const rule of byPrefix) visit(rule);
	for (const rule of index.anywhere) visit(rule);
}
