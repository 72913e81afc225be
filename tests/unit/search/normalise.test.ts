import { describe, expect, it } from 'vitest';
import {
	foldSpelling,
	isStopWord,
	normaliseText,
	normaliseWord,
	wordSpans
} from '$lib/search/normalise';

/** All words of a family must get one key. */
function keysOf(words: string[]): Set<string | undefined> {
	return new Set(words.map(normaliseWord));
}

describe('word families meet on one key', () => {
	it.each([
		['mishandelen', ['mishandelde', 'mishandeling', 'mishandeld', 'mishandelen', 'mishandelt', 'mishandelden']],
		['verwaarlozen', ['verwaarloosd', 'verwaarlozing', 'verwaarlozen', 'verwaarloost', 'verwaarloosde']],
		['beloven', ['beloftes', 'belofte', 'beloven', 'beloofd', 'belooft']],
		['dissociëren', ['dissociëren', 'dissocieren', 'dissociatie', 'dissociaties', 'dissocieert']],
		['reguleren', ['reguleren', 'reguleert', 'regulatie']],
		['schema', ["schema's", 'Schema’s', 'schema', 'SCHEMA']],
		['emotie', ['emotie', 'emoties']],
		['groep', ['groep', 'groepen']]
	])('%s', (_, family) => {
		expect(keysOf(family).size).toBe(1);
		expect(keysOf(family).has(undefined)).toBe(false);
	});
});

describe('different words stay apart', () => {
	it.each([
		['mishandeling', 'handeling'],
		['belofte', 'beloning'],
		['groep', 'groei'],
		['verwaarlozing', 'waarde'],
		['schema', 'schematherapie']
	])('%s / %s', (a, b) => {
		expect(normaliseWord(a)).not.toBe(normaliseWord(b));
	});

	it('keeps short words whole (Snowball regions protect them)', () => {
		for (const word of ['open', 'zien', 'eten', 'kind', 'les']) {
			expect(normaliseWord(word)!.length).toBeGreaterThanOrEqual(3);
		}
	});
});

describe('spelling', () => {
	it('folds case and diacritics', () => {
		expect(foldSpelling('Dissociëren')).toBe('dissocieren');
		expect(foldSpelling('CLIËNT')).toBe('client');
		expect(foldSpelling('níet')).toBe('niet');
	});

	it("cuts plural and possessive 's, with either apostrophe", () => {
		expect(foldSpelling("schema's")).toBe('schema');
		expect(foldSpelling('baby’s')).toBe('baby');
	});

	it('drops clitics and one-letter fragments', () => {
		for (const fragment of ["zo'n", "m'n", "z'n", 'e', '5']) expect(foldSpelling(fragment)).toBe('');
	});
});

describe('stop words', () => {
	it("uses lunr-languages' Dutch list on the folded form", () => {
		for (const word of ['de', 'het', 'wat', 'was', 'ook', 'niet', 'zijn']) expect(isStopWord(word)).toBe(true);
		for (const word of ['stair', 'groep', 'alweer', 'klok']) expect(isStopWord(word)).toBe(false);
	});

	it('gives no key to stop words, so a text of only stop words has no keys', () => {
		expect(normaliseWord('Wat')).toBeUndefined();
		expect(normaliseText('wat is het ook alweer niet')).toEqual([normaliseWord('alweer')]);
		expect(normaliseText('wat is het')).toEqual([]);
	});
});

describe('wordSpans', () => {
	it('splits on spaces, punctuation, hyphens and slashes, keeping inner apostrophes', () => {
		const text = "STAIR/Exposure: trauma-gefocust, schema's (§5.1)";
		expect(wordSpans(text).map((span) => span.word)).toEqual([
			'STAIR',
			'Exposure',
			'trauma',
			'gefocust',
			"schema's",
			'5',
			'1'
		]);
	});

	it('gives positions in the original text, also around combining characters', () => {
		const text = 'Zij dissocieerde (dissociëren)';
		for (const { word, start, end } of wordSpans(text)) expect(text.slice(start, end)).toBe(word);
		const decomposed = 'cliënt'.normalize('NFD');
		expect(wordSpans(`de ${decomposed}`).at(-1)).toEqual({ word: decomposed, start: 3, end: 3 + decomposed.length });
		expect(normaliseWord(decomposed)).toBe(normaliseWord('cliënt'));
	});
});
