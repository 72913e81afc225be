import { describe, expect, it } from 'vitest';
import { buildLunrIndex, buildSearchIndex } from '$lib/search/build';
import { lunr } from '$lib/search/dutch-lunr';
import { decodeIndex, encodeIndex } from '$lib/search/index-codec';
import { createSearcher } from '$lib/search/query';
import { fixtureDocuments, fixtureSearch } from './fixture-search';

const QUERIES = ['mishandeling', 'emotionele verwaarlozing', 'groepsth', 'schmea ', 'klok kijken', 'STAIR', 'belofte'];

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('serialisation', () => {
	it('survives JSON.stringify -> JSON.parse -> createSearcher with the same results', () => {
		const direct = createSearcher(fixtureSearch);
		const viaJson = createSearcher(roundTrip(fixtureSearch));
		expect(viaJson.documentCount).toBe(fixtureDocuments.length);
		for (const query of QUERIES) expect(viaJson.search(query)).toEqual(direct.search(query));
	});

	it('is deterministic, so builds can be compared and cached', () => {
		expect(JSON.stringify(buildSearchIndex(fixtureDocuments))).toBe(JSON.stringify(fixtureSearch));
	});

	it("restores the shown fields of a document, but not its keywords", () => {
		const [hit] = createSearcher(fixtureSearch).search('CPTSS');
		const { keywords: _, ...shown } = fixtureDocuments.find((doc) => doc.id === 'term:complexe-ptss')!;
		expect(hit?.doc).toEqual(shown);
	});
});

describe('index codec', () => {
	it("loses nothing: lunr answers the same from the compact form as from its own JSON", () => {
		const json = roundTrip(buildLunrIndex(fixtureDocuments).toJSON());
		const original = lunr.Index.load(json);
		const decoded = lunr.Index.load(decodeIndex(roundTrip(encodeIndex(json))));
		const queries: [string, lunr.TermOptions][] = [
			['mishandel', {}],
			['groep', { wildcard: lunr.Query.wildcard.TRAILING }],
			['schema', { editDistance: 1 }],
			['stair', { boost: 2 }]
		];
		for (const [term, options] of queries) {
			const run = (index: lunr.Index) =>
				index.query((q) => q.term(term, { usePipeline: false, ...options }));
			const expected = run(original);
			expect(expected.length).toBeGreaterThan(0);
			expect(run(decoded)).toEqual(expected);
		}
	});

	it('is smaller than lunr\'s own JSON', () => {
		const json = JSON.stringify(buildLunrIndex(fixtureDocuments).toJSON());
		expect(JSON.stringify(fixtureSearch.index).length).toBeLessThan(json.length * 0.6);
	});
});

describe('loading checks the shape', () => {
	const broken = (change: (data: ReturnType<typeof roundTrip<typeof fixtureSearch>>) => void) => {
		const data = roundTrip(fixtureSearch);
		change(data);
		return () => createSearcher(data);
	};

	it.each([null, 'tekst', [], { version: 1 }])('refuses %j', (data) => {
		expect(() => createSearcher(data)).toThrow(/Zoekgegevens ongeldig/);
	});

	it('refuses another format version', () => {
		expect(broken((data) => ((data as { version: number }).version = 2))).toThrow(/versie 2/);
	});

	it('refuses a broken document row', () => {
		expect(broken((data) => ((data.docs[0] as unknown[])[1] = 'hoofdstuk'))).toThrow(/document 0/);
		expect(broken((data) => ((data.docs[1] as unknown[])[3] = 999))).toThrow(/document 1/);
	});

	it('refuses an index that does not fit the documents', () => {
		expect(broken((data) => data.docs.pop())).toThrow(/even veel documenten/);
		expect(broken((data) => data.index.vectors[0]![0]!.push(1))).toThrow(/document 0/);
		expect(broken((data) => data.index.vectors[0]![1]!.unshift(99_999, 1))).toThrow(/bestaat niet/);
	});
});
