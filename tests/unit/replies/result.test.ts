/**
 * What the learner sees after sending a free reply: the words of each move marked (from the
 * analyser's evidence offsets), the moves named in text, and the rule that applied with its
 * quality word. The replies are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyseReply } from '$lib/moves/analyse';
import { replyResult } from '$lib/replies/result';
import { highlightSegments } from '$lib/search/highlight';
import { respondAt } from './course';

const opening = respondAt('opening');
const resultOf = (text: string) => replyResult(opening, text, analyseReply(text));

describe('the reply with the words of each move marked', () => {
	const text = 'Dat is ook lastig, als een ander vindt dat je moet gaan. Wat vind je zelf: wat speelt er bij jou?';
	const result = resultOf(text);

	it('names every move found, in the analyser\'s order, with its Dutch name and description', () => {
		expect(result.moves.map((m) => [m.move, m.name])).toEqual([
			['open-vraag', 'Open vraag'],
			['erkennen', 'Erkennen']
		]);
		expect(result.moves.every((m) => m.description.length > 10)).toBe(true);
	});

	it('gives each move its own stretches of the reply, as offsets and as the same words', () => {
		const [question, acknowledgment] = result.moves;
		expect(question!.words).toEqual(['Wat vind', 'wat speelt']);
		expect(acknowledgment!.words).toEqual(['Dat is', 'lastig']);
		for (const move of result.moves) {
			expect(move.ranges.map(([start, end]) => text.slice(start, end))).toEqual(move.words);
		}
	});

	it('marks exactly those stretches in the whole reply, and loses nothing of it', () => {
		const segments = highlightSegments(result.text, result.ranges);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Dat is', 'lastig', 'Wat vind', 'wat speelt']);
	});

	it('marks stretches that two moves share once', () => {
		const shared = 'Dit is belangrijk, dus we nemen gewoon de tijd die nodig is.';
		const overlapping = replyResult(respondAt('opening'), shared, analyseReply(shared));
		expect(overlapping.moves.map((m) => m.move)).toEqual(['keuze-geven', 'belofte']);
		const marked = highlightSegments(shared, overlapping.ranges).filter((s) => s.mark);
		// "we nemen … tijd … nodig" (a promise) takes in "nemen … tijd" (giving time): no piece is marked twice.
		expect(marked.map((s) => s.text)).toEqual(['we nemen', 'tijd', 'nodig']);
	});

	it('keeps markup the learner typed as plain text', () => {
		const typed = '<b>Wat speelt er</b> bij jou?';
		const segments = highlightSegments(typed, resultOf(typed).ranges);
		expect(segments.map((s) => s.text).join('')).toBe(typed);
		expect(segments[0]).toEqual({ text: '<b>', mark: false });
	});
});

describe('the rule that applied', () => {
	it('is the rule the reply falls under, with its quality word', () => {
		const text = 'Fijn dat je er bent. Wat speelt er bij jou?';
		const result = resultOf(text);
		// An open question and acknowledgement, no promise: the intake's first rule.
		expect(result.ruleIndex).toBe(0);
		expect(result.rule).toBe(opening.rules[0]);
		expect(result.rule.feedback).toMatch(/^Je erkent hoe het voor Ilse is om hier te zitten, en met een open vraag/);
		expect(result.quality).toBe('helpend');
	});

	it('says "niet helpend" for a promise', () => {
		expect(resultOf('Het komt allemaal goed, dat beloof ik je.').quality).toBe('niet-helpend');
	});

	it('falls back to the last rule when no move is recognised, with nothing marked', () => {
		const result = resultOf('Hm.');
		expect(result.moves).toEqual([]);
		expect(result.ranges).toEqual([]);
		expect(result.ruleIndex).toBe(opening.rules.length - 1);
		expect(highlightSegments(result.text, result.ranges)).toEqual([{ text: 'Hm.', mark: false }]);
	});
});
