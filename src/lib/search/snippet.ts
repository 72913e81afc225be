/**
 * Snippets and highlights. Positions are always computed on the ORIGINAL text (word by word,
 * with the same tokenizer and normaliser as the index), so a highlight covers `dissociëren` as
 * written even though it matched as `dissocier`, and the UI renders text segments, never HTML.
 */
import { wordSpans } from './normalise';
import type { Snippet, TextRange } from './types';

/**
 * Says whether a word as written matches the query, by returning its match key (two words with
 * the same key count as one query word when choosing a snippet), or undefined.
 */
export type WordMatcher = (word: string) => string | undefined;

interface WordMatch {
	start: number;
	end: number;
	key: string;
}

export const SNIPPET_LENGTH = 160;
const ELLIPSIS = '…';
/** How far back from the first match a snippet may start to begin at a sentence. */
const SENTENCE_LOOKBACK = 60;

/** The ranges of all matching words in a text. */
export function matchRanges(text: string, matcher: WordMatcher): TextRange[] {
	return findMatches(text, matcher).map(({ start, end }) => [start, end] as const);
}

/**
 * A window of about `length` characters around the densest run of matches (the most distinct
 * query words, then the most matches), cut at word boundaries, with highlight ranges relative
 * to the snippet text. Without a match in the text, the text's opening.
 */
export function makeSnippet(text: string, matcher: WordMatcher, length = SNIPPET_LENGTH): Snippet {
	const matches = findMatches(text, matcher);
	const [start, end] = chooseWindow(text, matches, length);
	const prefix = start > 0 ? ELLIPSIS : '';
	const suffix = end < text.length ? ELLIPSIS : '';
	const shift = prefix.length - start;
	return {
		text: prefix + text.slice(start, end) + suffix,
		highlights: matches
			.filter((match) => match.start >= start && match.end <= end)
			.map((match) => [match.start + shift, match.end + shift] as const)
	};
}

function findMatches(text: string, matcher: WordMatcher): WordMatch[] {
	const matches: WordMatch[] = [];
	for (const { word, start, end } of wordSpans(text)) {
		const key = matcher(word);
		if (key !== undefined) matches.push({ start, end, key });
	}
	return matches;
}


function chooseWindow(text: string, matches: WordMatch[], length: number): [number, number] {
	if (text.length <= length) return [0, text.length];
	const run = densestRun(matches, length);
	if (!run) return [0, cutBack(text, length, 0)];

	const slack = length - (run.end - run.start);
	let start = Math.max(0, Math.min(run.start - Math.floor(slack / 2), text.length - length));
	const sentence = sentenceStart(text, Math.max(start, run.start - SENTENCE_LOOKBACK), run.start);
	if (sentence !== undefined) start = sentence;
	else start = cutForward(text, start, run.start);
	return [start, cutBack(text, Math.min(text.length, start + length), run.end)];
}

/** The run of matches fitting in `length` characters with the most distinct keys, then most matches. */
function densestRun(matches: WordMatch[], length: number): { start: number; end: number } | undefined {
	let best: { start: number; end: number; distinct: number; count: number } | undefined;
	for (let first = 0; first < matches.length; first++) {
		const keys = new Set<string>();
		let last = first;
		while (last < matches.length && matches[last]!.end - matches[first]!.start <= length) {
			keys.add(matches[last]!.key);
			last++;
		}
		const count = last - first;
		if (count === 0) continue; // a single word longer than the snippet: skip it
		if (!best || keys.size > best.distinct || (keys.size === best.distinct && count > best.count)) {
			best = { start: matches[first]!.start, end: matches[last - 1]!.end, distinct: keys.size, count };
		}
	}
	return best;
}

/** The latest sentence start in `[from, to]`, if any (after `.`, `!`, `?` or a line break). */
function sentenceStart(text: string, from: number, to: number): number | undefined {
	for (let position = to; position > from; position--) {
		const before = text.slice(Math.max(0, position - 2), position);
		if (/^[.!?]\s$|\n$/.test(before) && /\S/.test(text[position] ?? '')) return position;
	}
	return from === 0 ? 0 : undefined;
}

/** Moves a start forward to the beginning of a word, never past `limit`. */
function cutForward(text: string, start: number, limit: number): number {
	if (start === 0 || /\s/.test(text[start - 1]!)) return start;
	const space = text.slice(start, limit).search(/\s/);
	return space === -1 ? limit : start + space + 1;
}

/** Moves an end back to the end of a word, never before `limit`; drops trailing spaces. */
function cutBack(text: string, end: number, limit: number): number {
	let cut = end;
	if (cut < text.length && !/\s/.test(text[cut]!)) {
		const space = text.slice(limit, cut).search(/\s\S*$/);
		cut = space === -1 ? cut : limit + space;
	}
	while (cut > limit && /\s/.test(text[cut - 1]!)) cut--;
	return cut;
}
