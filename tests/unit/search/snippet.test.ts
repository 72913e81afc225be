import { describe, expect, it } from 'vitest';
import { normaliseWord } from '$lib/search/normalise';
import { highlightSegments } from '$lib/search/highlight';
import { makeSnippet, SNIPPET_LENGTH, type WordMatcher } from '$lib/search/snippet';
import type { Snippet } from '$lib/search/types';
import { searcher } from './fixture-search';

/** Matches words whose key is one of the keys of `words`. */
function matcherFor(...words: string[]): WordMatcher {
	const keys = new Set(words.map(normaliseWord));
	return (word) => {
		const key = normaliseWord(word);
		return key !== undefined && keys.has(key) ? key : undefined;
	};
}

const marked = (snippet: Snippet) => snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));

const filler = (words: number) => Array.from({ length: words }, (_, n) => `woord${n}`).join(' ');

describe('makeSnippet', () => {
	it('returns a short text whole, with its matches marked', () => {
		const snippet = makeSnippet('Zij werd als kind verwaarloosd.', matcherFor('verwaarlozing'));
		expect(snippet.text).toBe('Zij werd als kind verwaarloosd.');
		expect(marked(snippet)).toEqual(['verwaarloosd']);
	});

	it('cuts a window around the match at word boundaries, with ellipses', () => {
		const text = `${filler(60)} Hier staat schematherapie midden in een lange tekst. ${filler(60)}`;
		const snippet = makeSnippet(text, matcherFor('schematherapie'));
		expect(marked(snippet)).toEqual(['schematherapie']);
		expect(snippet.text.startsWith('…')).toBe(true);
		expect(snippet.text.endsWith('…')).toBe(true);
		expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
		expect(snippet.text.length).toBeGreaterThan(SNIPPET_LENGTH - 20);
		const window = snippet.text.slice(1, -1);
		expect(text).toContain(window);
		expect(text).toMatch(new RegExp(`\\s${window}\\s`)); // whole words at both ends
	});

	it('starts at a sentence when one begins shortly before the match', () => {
		const text = `${filler(60)}. Dissociëren kostte veel energie. ${filler(60)}`;
		const snippet = makeSnippet(text, matcherFor('dissocieren'));
		expect(snippet.text.startsWith('…Dissociëren kostte')).toBe(true);
		expect(snippet.highlights[0]).toEqual([1, 1 + 'Dissociëren'.length]);
	});

	it('prefers the window with the most different query words', () => {
		const text = `groep ${filler(40)} groep ${filler(40)} groep en klok ${filler(40)}`;
		const snippet = makeSnippet(text, matcherFor('groep', 'klok'));
		expect(marked(snippet)).toEqual(expect.arrayContaining(['groep', 'klok']));
	});

	it('shows the opening of the text when nothing in it matches', () => {
		const text = `Begin van de tekst. ${filler(80)}`;
		const snippet = makeSnippet(text, () => undefined);
		expect(snippet.text.startsWith('Begin van de tekst.')).toBe(true);
		expect(snippet.text.endsWith('…')).toBe(true);
		expect(snippet.highlights).toEqual([]);
	});
});

describe('highlightSegments', () => {
	it('splits text into marked and plain pieces that join to the text', () => {
		const text = 'Wat is STAIR ook alweer?';
		const segments = highlightSegments(text, [[7, 12]]);
		expect(segments).toEqual([
			{ text: 'Wat is ', mark: false },
			{ text: 'STAIR', mark: true },
			{ text: ' ook alweer?', mark: false }
		]);
		expect(segments.map((segment) => segment.text).join('')).toBe(text);
	});

	it('sorts, merges and clamps ranges; markup in the text stays text', () => {
		const text = '<b>groep</b> en groepen';
		const segments = highlightSegments(text, [[16, 99], [3, 6], [4, 8], [-5, 0]]);
		expect(segments).toEqual([
			{ text: '<b>', mark: false },
			{ text: 'groep', mark: true },
			{ text: '</b> en ', mark: false },
			{ text: 'groepen', mark: true }
		]);
		expect(highlightSegments('', [[0, 3]])).toEqual([]);
	});
});

describe('snippets of search results', () => {
	it('land on the matching words, also when diacritics were folded', () => {
		const result = searcher.search('dissocieren').find((r) => r.doc.kind === 'quote')!;
		expect(marked(result.snippet)).toEqual(['Dissociëren']);
	});

	it('mark every form of the word family, and only those', () => {
		for (const result of searcher.search('mishandeling')) {
			for (const word of marked(result.snippet)) expect(normaliseWord(word)).toBe(normaliseWord('mishandeling'));
		}
		const section = searcher
			.search('mishandeling')
			.find((r) => r.doc.id.endsWith('#wat-is-emotionele-mishandeling'))!;
		expect(marked(section.snippet)).toEqual(expect.arrayContaining(['mishandelt', 'mishandeld', 'mishandelden']));
	});

	it('mark the completed words of a prefix', () => {
		const result = searcher.search('groepsth').find((r) => r.doc.id.endsWith('#wat-zeiden-de-geinterviewden'))!;
		expect(marked(result.snippet)).toContain('Groepstherapie');
	});

	it('mark the query words in the title too', () => {
		const result = searcher.search('stair').find((r) => r.doc.title === 'STAIR/Exposure')!;
		expect(result.titleHighlights).toEqual([[0, 5]]);
	});
});
