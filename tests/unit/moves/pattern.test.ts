import { describe, expect, it } from 'vitest';
import { compilePattern, findMatches, PatternError } from '$lib/moves/pattern';
import { readReply } from '$lib/moves/tokens';

const LISTS = { jij: ['je', 'jij', 'u'], neg: ['niet', 'geen'] };

/** The words each match of `pattern` took in `text`. */
function matches(pattern: string, text: string): string[] {
	const reply = readReply(text);
	return findMatches(compilePattern(pattern, LISTS), reply).map((m) => m.tokens.map((at) => reply.tokens[at]!.text).join(' '));
}

describe('pattern language', () => {
	it('matches words and alternatives, case and diacritics folded', () => {
		expect(matches('komt goed', 'Het KOMT góed.')).toEqual(['KOMT góed']);
		expect(matches('jij|u bepaalt', 'U bepaalt, jij bepaalt.')).toEqual(['U bepaalt', 'jij bepaalt']);
	});

	it('matches word starts and named lists', () => {
		expect(matches('beloof*', 'Ik beloof het, beloofd is beloofd.')).toEqual(['beloof', 'beloofd', 'beloofd']);
		expect(matches('@jij hoeft', 'U hoeft niets. Hij hoeft niets.')).toEqual(['U hoeft']);
	});

	it('takes optional words when they are there', () => {
		expect(matches('ik? beloof', 'Ik beloof het.')).toEqual(['Ik beloof']);
		expect(matches('ik? beloof', 'Beloof het.')).toEqual(['Beloof']);
	});

	it('skips up to N words in a gap, but not past a comma; ~~ may cross one', () => {
		expect(matches('komt ~2 goed', 'Het komt wel echt goed.')).toEqual(['komt goed']);
		expect(matches('komt ~1 goed', 'Het komt wel echt goed.')).toEqual([]);
		expect(matches('komt ~3 goed', 'Het komt, echt, goed.')).toEqual([]);
		expect(matches('sorry ~~3 ik', 'Sorry, dat deed ik fout.')).toEqual(['Sorry ik']);
		expect(matches('sorry ~~3 ik', 'Sorry. Ik ga.')).toEqual([]);
	});

	it('checks the next word without taking it', () => {
		expect(matches('komt goed !uit', 'Het komt goed uit.')).toEqual([]);
		expect(matches('komt goed !uit', 'Het komt goed.')).toEqual(['komt goed']);
	});

	it('anchors at the start of a clause or sentence, after fillers', () => {
		expect(matches('^ hoe', 'Oké, en hoe was het? Ik weet hoe.')).toEqual(['hoe']);
		expect(matches('^^ dus', 'Dus je was alleen. Ik was moe, dus ik ging.')).toEqual(['Dus']);
	});

	it('anchors at the end of a clause, before trailing words like "hoor"', () => {
		expect(matches('gaat over $', 'Het gaat over hoor.')).toEqual(['gaat over']);
		expect(matches('gaat over $', 'Het gaat over je vader.')).toEqual([]);
	});

	it('refuses a pattern it cannot read, saying where', () => {
		expect(() => compilePattern('komt ^ goed', LISTS)).toThrow(PatternError);
		expect(() => compilePattern('$ goed', LISTS)).toThrow(/'\$' kan alleen achteraan/);
		expect(() => compilePattern('@onbekend goed', LISTS)).toThrow(/onbekende woordenlijst @onbekend/);
		expect(() => compilePattern('komt Goed!', LISTS)).toThrow(/"Goed!" is geen woord/);
	});
});
