/**
 * The words of a Dutch text with their positions, and their spelling folded. Shared by search
 * (`search/normalise.ts`, which adds stop words and stemming on top) and the conversation-move
 * analyser (`moves/`), which must not load lunr.
 */

/** A word as it stands in a text: its exact characters and where they are. */
export interface WordSpan {
	word: string;
	start: number;
	end: number;
}

/**
 * Letters, marks and digits, with apostrophes allowed inside (`schema's`, `zo'n`). Hyphens and
 * slashes split words (`trauma-gefocust`, `en/of`), as in lunr's own tokenizer.
 */
const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['’‘ʼ][\p{L}\p{M}\p{N}]+)*/gu;
const COMBINING_MARK = /\p{M}/gu;

/** The words of a text with their positions; the one tokenizer of index, query, snippets and moves. */
export function wordSpans(text: string): WordSpan[] {
	const spans: WordSpan[] = [];
	for (const match of text.matchAll(WORD_PATTERN)) {
		spans.push({ word: match[0], start: match.index, end: match.index + match[0].length });
	}
	return spans;
}

/** Lower case with diacritics folded (NFKD, marks removed): `Cliënt` -> `client`. */
export function foldLetters(word: string): string {
	return word.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
}
