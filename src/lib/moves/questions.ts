/**
 * Which sentences are questions by their form, and where. A closed question (`gesloten-vraag`)
 * is not recognised by words of its own: it is a question that none of the question-like moves
 * claims (open question, choice, summary check, reproach). This file only finds the questions.
 */
import { FILLERS, type Reply } from './tokens';

/** Finite verbs that open a yes/no question when a subject follows: "Slaap je", "Is het". */
export const VERB_FIRST = new Set([
	'heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden', 'ben', 'bent', 'is', 'was', 'zijn', 'waren', 'wil', 'wilt', 'kan',
	'kun', 'kunt', 'kunnen', 'mag', 'moet', 'zou', 'zal', 'ga', 'gaat', 'ging', 'doe', 'doet', 'deed', 'voel', 'voelde',
	'slaap', 'sliep', 'denk', 'dacht', 'vind', 'vond', 'weet', 'wist', 'herken', 'merk', 'ken', 'snap', 'begrijp', 'zie',
	'hoor', 'woon', 'werk', 'drink', 'gebruik', 'eet', 'sta', 'zit', 'lig', 'praat', 'klopt', 'lukt', 'helpt', 'werkt',
	'speelt', 'komt', 'kwam', 'durf', 'durfde', 'mis', 'miste', 'krijg', 'kreeg', 'sport', 'rook',
	'zag', 'hoorde', 'mocht', 'moest', 'kon', 'wilde', 'zullen', 'zouden'
]);
export const SUBJECTS = new Set(['je', 'jij', 'u', 'jullie', 'het', 'dat', 'dit', 'er', 'ze', 'zij', 'hij', 'we', 'wij', 'die', 'jouw', 'uw']);

export interface Question {
	sentence: number;
	/** Ends with a question mark (else: verb first, in a reply typed without punctuation). */
	marked: boolean;
	/** The words that show it is a question: the verb and subject, or the clause's first words. */
	tokens: number[];
}

export function findQuestions(reply: Reply): Question[] {
	const questions: Question[] = [];
	reply.sentences.forEach((sentence, index) => {
		const heads: number[] = [];
		for (let at = sentence.first; at <= sentence.last; at++) {
			const token = reply.tokens[at]!;
			const next = reply.tokens[at + 1];
			if (token.head && VERB_FIRST.has(token.word) && next?.clause === token.clause && SUBJECTS.has(next.word)) heads.push(at);
		}
		if (sentence.question) {
			const at = heads.at(-1) ?? lastClauseStart(reply, sentence.last);
			const next = reply.tokens[at + 1];
			questions.push({ sentence: index, marked: true, tokens: next && next.sentence === index ? [at, at + 1] : [at] });
		} else if (!sentence.terminated && heads[0] === firstWord(reply, sentence.first)) {
			questions.push({ sentence: index, marked: false, tokens: [heads[0]!, heads[0]! + 1] });
		}
	});
	return questions;
}

function lastClauseStart(reply: Reply, last: number): number {
	let at = last;
	while (at > 0 && reply.tokens[at - 1]!.clause === reply.tokens[last]!.clause) at--;
	return at;
}

/** The sentence's first word that is not a filler (`en`, `oké`…). */
function firstWord(reply: Reply, first: number): number {
	let at = first;
	while (FILLERS.has(reply.tokens[at]!.word) && reply.tokens[at + 1]?.head) at++;
	return at;
}
