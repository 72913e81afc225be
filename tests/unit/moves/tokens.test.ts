import { describe, expect, it } from 'vitest';
import { findQuestions } from '$lib/moves/questions';
import { hedgedBefore, negatedAfter, negatedBefore } from '$lib/moves/scope';
import { readReply } from '$lib/moves/tokens';

const at = (text: string, word: string) => readReply(text).tokens.findIndex((t) => t.word === word);

describe('readReply', () => {
	it('keeps each word with its place in the text', () => {
		const text = 'Oké,  dát klopt!';
		for (const token of readReply(text).tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
		expect(readReply(text).tokens.map((t) => t.word)).toEqual(['ok', 'dat', 'klopt']);
	});

	it('splits sentences at . ! ? and new lines, and marks questions', () => {
		const reply = readReply('Dat klinkt zwaar. Hoe was dat?\nen nu');
		expect(reply.sentences.map((s) => [s.question, s.terminated])).toEqual([
			[false, true],
			[true, true],
			[false, false]
		]);
	});

	it('starts a clause at a comma and at conjunctions like "want", and at "maar" only as a conjunction', () => {
		const clauses = (text: string) => [...new Set(readReply(text).tokens.map((t) => t.clause))].length;
		expect(clauses('Ik weet het niet, het kan')).toBe(2);
		expect(clauses('ik weet het niet want het kan')).toBe(2);
		expect(clauses('ik weet het niet maar het kan')).toBe(2);
		expect(clauses('vertel maar')).toBe(1);
		expect(clauses('we hebben nog maar vijf minuten')).toBe(1);
	});

	it('marks the first word of a clause after fillers as its head', () => {
		const reply = readReply('Oké, en hoe was dat?');
		expect(reply.tokens.filter((t) => t.head).map((t) => t.word)).toEqual(['ok', 'en', 'hoe']);
	});
});

describe('scope', () => {
	it('finds a negation earlier in the clause, not across a comma or "maar"', () => {
		const text = 'ik kan niet beloven dat het goed komt';
		expect(negatedBefore(readReply(text), at(text, 'goed'))).toBe(true);
		const other = 'het is niet erg, het komt goed';
		expect(negatedBefore(readReply(other), at(other, 'komt'))).toBe(false);
		const maar = 'ik weet het niet maar het komt goed';
		expect(negatedBefore(readReply(maar), at(maar, 'komt'))).toBe(false);
	});

	it('does not count "geen zorgen" as a negation', () => {
		const text = 'maak je geen zorgen het komt goed';
		expect(negatedBefore(readReply(text), at(text, 'komt'))).toBe(false);
	});

	it('finds a negation right after, but not inside a following dat-clause', () => {
		const text = 'dat beloof ik niet';
		expect(negatedAfter(readReply(text), at(text, 'beloof'))).toBe(true);
		const promise = 'ik beloof je dat het nooit meer gebeurt';
		expect(negatedAfter(readReply(promise), at(promise, 'beloof'))).toBe(false);
	});

	it('finds hedges', () => {
		const text = 'misschien komt het goed';
		expect(hedgedBefore(readReply(text), at(text, 'komt'))).toBe(true);
	});
});

describe('findQuestions', () => {
	it('finds questions by their question mark, and bare ones by verb-first word order', () => {
		const sentences = (text: string) => findQuestions(readReply(text)).map((q) => [q.sentence, q.marked]);
		expect(sentences('Dat klinkt zwaar. Slaap je goed?')).toEqual([[1, true]]);
		expect(sentences('slaap je goed')).toEqual([[0, false]]);
		expect(sentences('neem je tijd')).toEqual([]);
		expect(sentences('Slaap je goed.')).toEqual([]);
	});
});
