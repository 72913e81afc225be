/**
 * Reads the rule strings of rules.ts once, when the analyser is first loaded: each becomes a
 * compiled pattern with its options. A rule that cannot be read is a programming error and
 * throws at once, naming the rule.
 */
import { MOVE_IDS, isMoveId, type MoveId } from './ids';
import { compilePattern, patternWords, type Element, type WordLists } from './pattern';

export interface Rule {
	move: MoveId;
	/** The rule as written, for error messages and for the bench's list of errors. */
	source: string;
	pattern: Element[];
	/** The one-letter options of rules.ts (`n`, `i`, `a`, `h`, `k`, `q`, `s`, `u`). */
	checks: Set<string>;
	/** Moves this rule cancels in its clause. */
	overrides: MoveId[];
	weight: number;
}

const CHECKS = new Set(['n', 'i', 'a', 'h', 'k', 'q', 's', 'u']);
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
