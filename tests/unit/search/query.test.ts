import { describe, expect, it } from 'vitest';
import { normaliseText } from '$lib/search/normalise';
import { ids, resultTexts, searcher, urls } from './fixture-search';

const KLEINE_GEBAREN = 'section:late-gevolgen/relaties-en-werk#kleine-gebaren'; // "handeling" only
const WERK_EN_ERKENNING = 'section:late-gevolgen/relaties-en-werk#werk-en-erkenning'; // "beloning" only
const GROEI = 'section:late-gevolgen/relaties-en-werk#posttraumatische-groei'; // "groei" only
const TWEE_ONDERZOEKEN = 'section:behandelingen/individueel-of-in-een-groep#twee-onderzoeken'; // "groepsbehandeling" only

/** Whether there are results and every result's title + text holds the key of `word`. */
function allContain(query: string, word: string): boolean {
	const [key] = normaliseText(word);
	const texts = resultTexts(query);
	return texts.length > 0 && texts.every((text) => normaliseText(text).includes(key!));
}

describe('word families', () => {
	it.each(['mishandelde', 'mishandeld', 'mishandelen', 'mishandeling'])(
		'%s finds every form of mishandelen',
		(query) => {
			const found = ids(query, 50);
			expect(found).toContain('section:wat-is-kindermishandeling/emotionele-mishandeling#wat-is-emotionele-mishandeling'); // mishandelt, mishandeld, mishandelden
			expect(found).toContain('section:wat-is-kindermishandeling/emotionele-mishandeling#waarom-het-zo-zwaar-weegt'); // mishandeling, mishandeld
			expect(allContain(query, 'mishandeling')).toBe(true);
		}
	);

	it.each(['verwaarloosd', 'verwaarlozing', 'verwaarlozen'])('%s finds every form of verwaarlozen', (query) => {
		const found = ids(query, 50);
		expect(found).toContain('section:wat-is-kindermishandeling/emotionele-verwaarlozing#wat-is-emotionele-verwaarlozing'); // verwaarlozen
		expect(found).toContain('section:wat-is-kindermishandeling/emotionele-verwaarlozing#vaak-niet-herkend'); // verwaarloosd
		expect(found).toContain('section:wat-is-kindermishandeling/lichamelijke-vormen#lichamelijke-verwaarlozing'); // verwaarlozing
	});

	it.each(['beloftes', 'belofte', 'beloven'])('%s finds every form of beloven', (query) => {
		const found = ids(query, 50);
		expect(found).toContain('section:de-therapeutische-relatie/eerlijkheid#wat-een-behandeling-kan'); // beloof, belofte, beloofden
		expect(found).toContain('scenario:behandelingen/wat-kan-deze-behandeling'); // beloftes
	});

	it('finds words written with diacritics from a query without them, and the other way round', () => {
		expect(ids('dissocieren')).toContain('quote:late-gevolgen/dissociatie#1'); // Dissociëren
		expect(ids('dissociëren')).toContain('section:late-gevolgen/dissociatie#ontsnappen-zonder-weg-te-kunnen'); // dissociatie
		expect(ids('clienten')).not.toEqual([]);
		expect(ids('clienten')).toEqual(ids('cliënten'));
	});

	it("finds schema's as schema", () => {
		expect(ids("schema's")).toContain('term:schema');
		expect(ids("schema's")).toEqual(ids('schema'));
	});
});

describe('what must not match', () => {
	it('mishandeling does not find text with only handeling', () => {
		expect(ids('mishandeling', 50)).not.toContain(KLEINE_GEBAREN);
		expect(ids('mishandeling ', 50)).not.toContain(KLEINE_GEBAREN);
		expect(ids('handeling', 50)).toEqual([KLEINE_GEBAREN]);
	});

	it('belofte does not find beloning, nor beloning belofte', () => {
		expect(ids('belofte', 50)).not.toContain(WERK_EN_ERKENNING);
		expect(ids('beloning', 50)).toEqual([WERK_EN_ERKENNING]);
	});

	it('groep as a whole word finds groep, not groei: a real word gets no typo budget', () => {
		const found = ids('groep ', 50);
		expect(found).toContain('section:behandelingen/individueel-of-in-een-groep#wat-zeiden-de-geinterviewden');
		expect(found).not.toContain(GROEI);
		const groei = ids('groei ', 50);
		expect(groei).toContain(GROEI);
		expect(groei).not.toContain('section:behandelingen/individueel-of-in-een-groep#wat-zeiden-de-geinterviewden');
	});

	it('gives no typo budget to words under five letters', () => {
		expect(ids('kolk ')).toEqual([]); // klok, swapped
		expect(ids('klok ')).not.toEqual([]);
	});
});

describe('typing and typos', () => {
	it('treats the last word as a prefix while it is being typed', () => {
		expect(ids('groepsth')).toContain('section:behandelingen/individueel-of-in-een-groep#wat-zeiden-de-geinterviewden');
		expect(ids('groep')).toContain(TWEE_ONDERZOEKEN); // groepsbehandeling
		expect(ids('groep ')).not.toContain(TWEE_ONDERZOEKEN); // a space ends the word
		expect(ids('dep')).toContain('section:wat-is-kindermishandeling/emotionele-mishandeling#waarom-het-zo-zwaar-weegt'); // depressie
	});

	it.each([
		['mishandeli', 'mishandeling'],
		['mishandelin', 'mishandeling'],
		['verwaarlozi', 'verwaarlozing'],
		['verwaarlozin', 'verwaarlozing'],
		['beloft', 'belofte']
	])('keeps finding %s while its ending is typed past the stem', (partial, word) => {
		expect(ids(partial).length).toBeGreaterThan(0);
		expect(allContain(partial, word)).toBe(true);
	});

	it('forgives one typo in a word of five or more letters', () => {
		expect(ids('groepstherpie')).toContain('section:behandelingen/individueel-of-in-een-groep#wat-zeiden-de-geinterviewden');
		expect(ids('schmea ')).toContain('term:schema');
		expect(ids('disociatie')).toContain('term:dissociatie');
	});
});

describe('index content', () => {
	it('finds an attributed quote by its words', () => {
		const [first] = searcher.search('knuffel');
		expect(first?.doc).toMatchObject({
			kind: 'quote',
			title: 'Interview 10',
			url: '/wat-is-kindermishandeling/emotionele-verwaarlozing/#wat-is-emotionele-verwaarlozing'
		});
	});

	it('finds a glossary term by its name and by an alias', () => {
		expect(ids('complexe ptss').slice(0, 3)).toContain('term:complexe-ptss');
		expect(ids('CPTSS')).toEqual(['term:complexe-ptss']);
	});

	it("returns a section's anchor url", () => {
		expect(urls('exposure')).toContain('/behandelingen/ptss-in-fasen/#stair-exposure');
	});

	it('finds quiz explanations, module summaries and scenarios', () => {
		expect(ids('omissie')).toContain('quiz:wat-is-kindermishandeling#1');
		expect(ids('huisarts')).toEqual(['scenario:de-therapeutische-relatie/tien-minuten-voor-tijd']);
		expect(ids('ervaringsdeskundigen')).toContain('module:de-therapeutische-relatie');
	});
});

describe('ranking', () => {
	it('puts documents with all the words first', () => {
		const query = 'emotionele verwaarlozing';
		const hasBoth = resultTexts(query).map((text) => {
			const keys = normaliseText(text);
			return normaliseText(query).every((key) => keys.includes(key));
		});
		expect(hasBoth).toContain(true);
		expect(hasBoth).toContain(false);
		expect(hasBoth.indexOf(false)).toBe(hasBoth.lastIndexOf(true) + 1);
	});

	it('answers a question full of stop words and an unknown word', () => {
		const [first] = searcher.search('wat was STAIR ook alweer');
		expect(['term:stair', 'section:behandelingen/ptss-in-fasen#stair-exposure']).toContain(first?.doc.id);
	});

	it('ranks the section with both words of "klok kijken" first', () => {
		expect(ids('klok kijken').slice(0, 2)).toEqual(
			expect.arrayContaining([
				'section:de-therapeutische-relatie/tijd-en-tempo#tijd-laat-zich-zien',
				'scenario:de-therapeutische-relatie/tien-minuten-voor-tijd'
			])
		);
	});

	it('puts a term above passing mentions of it', () => {
		expect(ids('lotgenotengroep')[0]).toBe('term:lotgenotengroep');
	});
});

describe('stop words and empty queries', () => {
	it.each(['', '   ', 'wat is het', 'de', 'Wat is het ook niet?', '§ 5.1'])(
		'%j returns nothing',
		(query) => {
			expect(searcher.search(query)).toEqual([]);
		}
	);

	it('treats a longer stop word still being typed as the start of a word', () => {
		// `zelf` is a stop word, but on the way to `zelfbeeld` it must not say "niets gevonden".
		expect(resultTexts('zelf').some((text) => text.includes('zelfbeeld'))).toBe(true);
		expect(searcher.search('zelf ')).toEqual([]);
	});

	it('ignores stop words next to real words', () => {
		expect(ids('de groep')).toEqual(ids('groep'));
		expect(ids('wat is dissociatie')).toEqual(ids('dissociatie'));
	});

	it('respects the limit', () => {
		expect(searcher.search('emotionele', { limit: 2 })).toHaveLength(2);
		expect(searcher.search('emotionele', { limit: 0 })).toEqual([]);
	});
});
