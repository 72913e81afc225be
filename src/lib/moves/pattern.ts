/**
 * A small pattern language over the words of a reply, so that rules read like the Dutch they
 * describe: `ik? kan|kun ~2 niet beloof*|beloven`. Elements are separated by spaces:
 *
 * | element     | matches                                                                   |
 * |-------------|---------------------------------------------------------------------------|
 * | `a|b|c`     | one word that is one of the alternatives                                  |
 * | `beloof*`   | one word that starts with `beloof` (also as an alternative)               |
 * | `@name`     | one word from a named word list (also as an alternative: `@jij|ik`)       |
 * | `x?`        | element `x`, or nothing                                                   |
 * | `~3`        | up to three words of any kind, within the clause                          |
 * | `~~3`       | the same, also across a comma into the next clause of the same sentence   |
 * | `!a|b`      | the next word is not one of these (takes no word itself)                  |
 * | `^`         | (first) the match starts the clause, after fillers like `en`, `oké`, `joh` |
 * | `^^`        | (first) the same, and the clause is the first of its sentence              |
 * | `$`         | (last) nothing but words like `hoor`, `joh`, `echt` follows in the clause  |
 *
 * Words are compared in their spelled form (`spelling.ts`): lower case, no diacritics.
 * Alternatives are single words: `tempo maken|doorpakken` is `tempo` followed by `maken` or
 * `doorpakken`; two phrasings need two rules.
 */
import type { Reply, Token } from './tokens';

export type WordTest = { words: Set<string>; prefixes: string[] };

export type Element =
	| ({ kind: 'word'; optional: boolean } & WordTest)
	| ({ kind: 'not' } & WordTest)
	| { kind: 'gap'; max: number; crossClauses: boolean }
	| { kind: 'start'; sentence: boolean }
	| { kind: 'end' };

export type WordLists = Readonly<Record<string, readonly string[]>>;

/** Words that may trail a clause without changing it: "het komt goed hoor". */
const TRAILING = new Set(['hoor', 'joh', 'echt', 'wel', 'he', 'toch', 'ook', 'nou', 'dan', 'zeker', 'ok', 'vanzelf']);

export class PatternError extends Error {}

/** Compiles a pattern; throws PatternError naming the part it cannot read. */
export function compilePattern(source: string, lists: WordLists): Element[] {
	const parts = source.trim().split(/\s+/);
	return parts.map((part, index): Element => {
		if (part === '^' || part === '^^') {
			if (index !== 0) throw new PatternError(`'${part}' kan alleen vooraan staan in "${source}"`);
			return { kind: 'start', sentence: part === '^^' };
		}
		if (part === '$') {
			if (index !== parts.length - 1) throw new PatternError(`'$' kan alleen achteraan staan in "${source}"`);
			return { kind: 'end' };
		}
		const gap = /^(~~?)(\d)$/.exec(part);
		if (gap) return { kind: 'gap', max: Number(gap[2]), crossClauses: gap[1] === '~~' };
		if (part.startsWith('!')) return { kind: 'not', ...wordTest(part.slice(1), lists, source) };
		const optional = part.endsWith('?');
		return { kind: 'word', optional, ...wordTest(optional ? part.slice(0, -1) : part, lists, source) };
	});
}

function wordTest(alternatives: string, lists: WordLists, source: string): WordTest {
	const test: WordTest = { words: new Set(), prefixes: [] };
	for (const alternative of alternatives.split('|')) {
		if (alternative.startsWith('@')) {
			const list = lists[alternative.slice(1)];
			if (!list) throw new PatternError(`onbekende woordenlijst ${alternative} in "${source}"`);
			for (const word of list) addAlternative(test, word);
		} else if (/^[a-z0-9']+\*?$/.test(alternative)) {
			addAlternative(test, alternative);
		} else {
			throw new PatternError(`"${alternative}" is geen woord in "${source}"`);
		}
	}
	return test;
}

function addAlternative(test: WordTest, word: string) {
	if (word.endsWith('*')) test.prefixes.push(word.slice(0, -1));
	else test.words.add(word);
}

function matchesWord(test: WordTest, token: Token): boolean {
	return test.words.has(token.word) || test.prefixes.some((prefix) => token.word.startsWith(prefix));
}

/** The literal words of a pattern (not prefixes), for the typo corrector's vocabulary. */
export function patternWords(elements: readonly Element[]): string[] {
	return elements.flatMap((element) => ('words' in element ? [...element.words] : []));
}

/** One place a pattern matched: the tokens its word elements took (gaps not included). */
export interface PatternMatch {
	first: number;
	last: number;
	tokens: number[];
}

/**
 * The words a match must start with, when the pattern says so: its first element that takes a
 * word (after `^`), if that element is not optional. Lets the analyser try a rule only where it
 * can match instead of at every word.
 */
export function leadingWords(elements: readonly Element[]): WordTest | undefined {
	const first = elements.find((element) => element.kind !== 'start');
	return first?.kind === 'word' && !first.optional ? { words: first.words, prefixes: first.prefixes } : undefined;
}

/** The match that starts at token `start`, if any (the shortest, backtracking over gaps). */
export function matchAt(elements: readonly Element[], reply: Reply, start: number): PatternMatch | undefined {
	const taken: number[] = [];
	if (!matchFrom(elements, 0, reply.tokens, start, start, taken) || taken[0] !== start) return undefined; // a match after skipping an optional start is found from there
	return { first: start, last: taken.at(-1)!, tokens: taken };
}

/** Every place in the reply where the pattern matches, left to right, not overlapping. */
export function findMatches(elements: readonly Element[], reply: Reply): PatternMatch[] {
	const matches: PatternMatch[] = [];
	for (let start = 0; start < reply.tokens.length; start++) {
		const match = matchAt(elements, reply, start);
		if (!match) continue;
		matches.push(match);
		start = match.last;
	}
	return matches;
}

/**
 * Tries elements[index..] from token `position`; `anchor` is the token that fixes the clause
 * (the start, or the last token taken). On success `taken` holds the tokens the word elements
 * took; on failure it is as it was. Backtracks over optional elements and gap lengths, shortest
 * first.
 */
function matchFrom(
	elements: readonly Element[],
	index: number,
	tokens: readonly Token[],
	position: number,
	anchor: number,
	taken: number[]
): boolean {
	const element = elements[index];
	if (!element) return true;
	const token = tokens[position];
	const sameClause = (at: number) => tokens[at] !== undefined && tokens[at]!.clause === tokens[anchor]!.clause;
	const sameSentence = (at: number) => tokens[at] !== undefined && tokens[at]!.sentence === tokens[anchor]!.sentence;
	switch (element.kind) {
		case 'start': {
			const opens = token?.head && (!element.sentence || token.clause === tokens[firstOfSentence(tokens, position)]!.clause);
			return opens === true && matchFrom(elements, index + 1, tokens, position, anchor, taken);
		}
		case 'end': {
			let at = position;
			while (sameClause(at) && TRAILING.has(tokens[at]!.word)) at++;
			return !sameClause(at);
		}
		case 'not':
			if (sameClause(position) && matchesWord(element, token!)) return false;
			return matchFrom(elements, index + 1, tokens, position, anchor, taken);
		case 'gap':
			for (let skip = 0; skip <= element.max; skip++) {
				const at = position + skip;
				if (skip > 0 && !(element.crossClauses ? sameSentence(at - 1) : sameClause(at - 1))) break;
				// Across clauses, the next element is anchored on the word it lands on.
				const next = element.crossClauses ? (sameSentence(at) ? at : anchor) : anchor;
				if (matchFrom(elements, index + 1, tokens, at, next, taken)) return true;
			}
			return false;
		case 'word': {
			const fits = token !== undefined && (taken.length === 0 || sameClause(position)) && matchesWord(element, token);
			if (fits) {
				taken.push(position);
				if (matchFrom(elements, index + 1, tokens, position + 1, position, taken)) return true;
				taken.pop();
			}
			return element.optional && matchFrom(elements, index + 1, tokens, position, anchor, taken);
		}
	}
}

function firstOfSentence(tokens: readonly Token[], at: number): number {
	let first = at;
	while (first > 0 && tokens[first - 1]!.sentence === tokens[at]!.sentence) first--;
	return first;
}
