/**
 * A reply as the rules see it: its words in order, each with its place in the original text (for
 * highlighting), its spelled form (`spelling.ts`), and the sentence and clause it belongs to.
 * Punctuation is not a token; it is read from the gaps between words, so a reply without any
 * punctuation is simply one sentence of one clause.
 */
import { wordSpans } from '../words';
import { spellWord } from './spelling';

export interface Token {
	/** The word as written. */
	text: string;
	start: number;
	end: number;
	/** Folded, informal spelling replaced, typo corrected: what rules compare. */
	word: string;
	sentence: number;
	clause: number;
	/** Only filler words (`en`, `oké`, `joh`, …) come before it in its clause. */
	head: boolean;
}

export interface Sentence {
	/** Index of its first and last token. */
	first: number;
	last: number;
	/** Ends with a question mark. */
	question: boolean;
	/** Ends with `.`, `!`, `?` or `…` (a reply typed without punctuation has no such ending). */
	terminated: boolean;
}

export interface Reply {
	text: string;
	tokens: Token[];
	sentences: Sentence[];
}

const SENTENCE_END = /[.!?…\n]/u;
const TERMINATOR = /[.!?…]/u;
const CLAUSE_BREAK = /[,;:()"“”„—–]|\s-\s/u;
/** Conjunctions that start a new clause, so a negation before them does not reach past them. */
const CLAUSE_WORDS = new Set(['want', 'omdat', 'hoewel', 'alhoewel', 'terwijl', 'tenzij', 'zodat']);
/**
 * `maar` is a conjunction ("…, maar het komt goed") or a particle ("vertel maar", "nog maar vijf
 * minuten", "ook maar hun best"). As a conjunction a new subject or adverb follows it.
 */
const AFTER_CONJUNCTION_MAAR = new Set([
	'ik', 'je', 'jij', 'u', 'we', 'wij', 'het', 'dat', 'dit', 'er', 'ze', 'zij', 'hij', 'jullie', 'als', 'wel', 'dan',
	'toch', 'misschien', 'nu', 'ook', 'zeker', 'eerst', 'daar', 'wat', 'hoe', 'niemand', 'iedereen', 'soms'
]);
/** After a command, `maar` is a particle whatever follows: "zeg maar wat je nodig hebt". */
const COMMAND_BEFORE_MAAR = new Set(['zeg', 'vertel', 'ga', 'kom', 'doe', 'probeer', 'neem', 'laat', 'geef', 'kijk', 'stop', 'begin', 'vraag']);
/** Words that open a clause without changing what it does: "En hoe was dat?", "Oké, jij bepaalt". */
export const FILLERS = new Set([
	'en', 'maar', 'dus', 'ok', 'nou', 'ja', 'nee', 'joh', 'eh', 'ehm', 'uhm', 'hm', 'hmm', 'mm',
	'tja', 'ach', 'oh', 'o', 'goed', 'mooi', 'prima', 'want', 'oja', 'ah', 'he', 'hee', 'hoi'
]);

/** Splits a reply into tokens, sentences and clauses. `correct` fixes typos (see spelling.ts). */
export function readReply(text: string, correct: (word: string) => string = (word) => word): Reply {
	const spans = wordSpans(text);
	const tokens: Token[] = [];
	const sentences: Sentence[] = [];
	let sentence = -1;
	let clause = -1;
	let head = false;
	const words = spans.map((span) => correct(spellWord(span.word)));
	spans.forEach((span, index) => {
		const gap = text.slice(index === 0 ? 0 : spans[index - 1]!.end, span.start);
		const word = words[index]!;
		const conjunction =
			CLAUSE_WORDS.has(word) ||
			(word === 'maar' && AFTER_CONJUNCTION_MAAR.has(words[index + 1] ?? '') && !COMMAND_BEFORE_MAAR.has(words[index - 1] ?? ''));
		if (index === 0 || SENTENCE_END.test(gap)) {
			sentence++;
			sentences.push({ first: index, last: index, question: false, terminated: false });
		}
		if (index === 0 || SENTENCE_END.test(gap) || CLAUSE_BREAK.test(gap) || conjunction) {
			clause++;
			head = true;
		}
		tokens.push({ text: span.word, start: span.start, end: span.end, word, sentence, clause, head });
		if (!FILLERS.has(word)) head = false;
		sentences[sentence]!.last = index;
	});
	for (const current of sentences) {
		const next = tokens[current.last + 1];
		const after = text.slice(tokens[current.last]!.end, next ? next.start : text.length);
		current.question = after.includes('?');
		current.terminated = TERMINATOR.test(after);
	}
	return { text, tokens, sentences };
}
