import { describe, expect, it } from 'vitest';
import { analyseReply } from '$lib/moves/analyse';
import type { MoveId } from '$lib/moves/ids';
import { covers, isFallback, replyLabel, ruleApplies, ruleFor } from '$lib/scenario/respond';
import { validFixture } from './fixtures';

const respond = validFixture('respond').nodes.opening!.respond!;
const OPEN_AND_ACKNOWLEDGE = 0;
const PROMISE = 1;
const OPEN = 2;
const FALLBACK = 3;

const found = (...moves: MoveId[]) => ({ moves });

describe('ruleFor: the first rule whose moves are all found and none of its unless', () => {
	it('needs every move of a rule (and)', () => {
		expect(ruleFor(respond, found('open-vraag', 'erkennen'))).toBe(OPEN_AND_ACKNOWLEDGE);
		expect(ruleFor(respond, found('erkennen', 'mens-zijn', 'open-vraag'))).toBe(OPEN_AND_ACKNOWLEDGE);
		// One of the two is not enough: the next rule that applies is taken.
		expect(ruleFor(respond, found('open-vraag'))).toBe(OPEN);
		expect(ruleFor(respond, found('erkennen'))).toBe(FALLBACK);
	});

	it('passes over a rule when a move of its unless is found', () => {
		expect(ruleFor(respond, found('open-vraag', 'erkennen', 'belofte'))).toBe(PROMISE);
	});

	it('falls back to the last rule when no other applies, also for a reply without moves', () => {
		expect(ruleFor(respond, found())).toBe(FALLBACK);
		expect(ruleFor(respond, found('haast', 'gesloten-vraag'))).toBe(FALLBACK);
	});

	it('takes the analysis as the analyser gives it', () => {
		expect(ruleFor(respond, analyseReply('Wat naar dat je dit meemaakt. Hoe gaat het nu met je?'))).toBe(OPEN_AND_ACKNOWLEDGE);
		expect(ruleFor(respond, analyseReply('Het komt goed, dat beloof ik je. Hoe gaat het nu?'))).toBe(PROMISE);
		expect(ruleFor(respond, analyseReply('Ik kan niet beloven dat het goed komt.'))).toBe(FALLBACK);
	});

	it('refuses rules that end without a fallback (validation never lets them through)', () => {
		expect(() => ruleFor({ rules: [{ moves: ['open-vraag'] }] }, found('haast'))).toThrow(/geen enkele regel/);
	});
});

describe('the meaning of a rule', () => {
	it('a rule with neither moves nor unless is the fallback; unless alone is not', () => {
		expect(isFallback({})).toBe(true);
		expect(isFallback({ unless: ['haast'] })).toBe(false);
		expect(isFallback({ moves: ['open-vraag'] })).toBe(false);
	});

	it('applies with every move found and none ruled out', () => {
		const rule = { moves: ['open-vraag', 'erkennen'], unless: ['haast'] };
		expect(ruleApplies(rule, new Set(['open-vraag', 'erkennen']))).toBe(true);
		expect(ruleApplies(rule, new Set(['open-vraag']))).toBe(false);
		expect(ruleApplies(rule, new Set(['open-vraag', 'erkennen', 'haast']))).toBe(false);
		expect(ruleApplies({ unless: ['haast'] }, new Set())).toBe(true);
	});

	it('an earlier rule covers a later one when it asks for less and rules out no more', () => {
		expect(covers({ moves: ['open-vraag'] }, { moves: ['open-vraag', 'erkennen'] })).toBe(true);
		expect(covers({ moves: ['open-vraag'], unless: ['haast'] }, { moves: ['open-vraag'], unless: ['haast', 'belofte'] })).toBe(true);
		// The earlier rule rules out haast and the later one does not: a reply with haast reaches it.
		expect(covers({ moves: ['open-vraag'], unless: ['haast'] }, { moves: ['open-vraag', 'erkennen'] })).toBe(false);
		expect(covers({ moves: ['open-vraag', 'erkennen'] }, { moves: ['open-vraag'] })).toBe(false);
	});

	it('names a reply by the moves its rule asked for, in Dutch', () => {
		expect(replyLabel(respond.rules[OPEN_AND_ACKNOWLEDGE]!)).toBe('Eigen antwoord: open vraag en erkennen');
		expect(replyLabel(respond.rules[PROMISE]!)).toBe('Eigen antwoord: belofte');
		expect(replyLabel(respond.rules[FALLBACK]!)).toBe('Eigen antwoord');
		expect(replyLabel({ unless: ['haast'] })).toBe('Eigen antwoord');
	});
});
