import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSearchIndex } from '$lib/search/build';
import { courseDocuments } from '$lib/search/documents';
import { normaliseText } from '$lib/search/normalise';
import { asksForExplanation, createSearcher, type Searcher } from '$lib/search/query';
import { SPELLING_VARIANTS, variantKeys } from '$lib/search/variants';

/** Every text file of the course, lower-cased, as one string. */
function courseText(dir = 'modules'): string {
	return readdirSync(dir, { withFileTypes: true })
		.map((entry) => (entry.isDirectory() ? courseText(join(dir, entry.name)) : readFileSync(join(dir, entry.name), 'utf8')))
		.join('\n')
		.toLowerCase();
}

describe('the spelling map', () => {
	it('only maps to spellings the course really uses', () => {
		const text = courseText();
		for (const spelling of Object.values(SPELLING_VARIANTS)) expect(text, spelling).toContain(spelling.toLowerCase());
	});

	it('maps typed forms that the course does not use itself', () => {
		const words = new Set(normaliseText(courseText()));
		for (const typed of Object.keys(SPELLING_VARIANTS)) expect(words.has(normaliseText(typed)[0]!), typed).toBe(false);
	});

	it('gives the keys of the course spelling, without fragments too short to mean anything', () => {
		expect(variantKeys('comorbiditeit')).toEqual(normaliseText('morbiditeit'));
		expect(variantKeys('ptsd')).toEqual(normaliseText('PTSS'));
		expect(variantKeys('dissociatie')).toEqual([]);
	});
});

describe('asksForExplanation', () => {
	it.each(['wat helpt bij emotionele verwaarlozing', 'Hoe werkt schematherapie', 'waarom geen groepstherapie?', 'schematherapie?'])(
		'%s is a question a lesson answers',
		(query) => expect(asksForExplanation(query)).toBe(true)
	);

	it.each(['wat is dissociatie', 'Wat betekent schema', 'wie zijn ervaringsdeskundigen', 'emotionele verwaarlozing', 'watergedrag'])(
		'%s is not',
		(query) => expect(asksForExplanation(query)).toBe(false)
	);
});

describe('searching the course', () => {
	let searcher: Searcher;
	beforeAll(() => {
		// Loaded once for the whole run (tests/unit/global-setup.ts).
		const { course } = inject('course');
		searcher = createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(courseDocuments(course!)))));
	});
	const ids = (query: string, limit = 10) => searcher.search(query, { limit }).map((r) => r.doc.id);

	it('finds co-morbiditeit when the standard spelling comorbiditeit is typed', () => {
		const found = ids('comorbiditeit');
		expect(found.length).toBeGreaterThan(0);
		expect(found.slice(0, 3)).toEqual(ids('co-morbiditeit').slice(0, 3));
		expect(found).toContain('term:co-morbiditeit');
	});

	it('finds PTSS for PTSD and psycho-educatie for psychoeducatie', () => {
		expect(ids('ptsd')).toContain('term:ptss');
		expect(ids('psychoeducatie')[0]).toBe('term:psycho-educatie');
	});

	it('answers "wat helpt bij emotionele verwaarlozing" with lessons before any glossary entry', () => {
		const results = searcher.search('wat helpt bij emotionele verwaarlozing', { limit: 10 });
		expect(results[0]!.doc.kind).toBe('section');
		const firstTerm = results.findIndex((r) => r.doc.kind === 'term');
		const sections = results.filter((r) => r.doc.kind === 'section').length;
		expect(firstTerm === -1 || firstTerm >= Math.min(3, sections)).toBe(true);
	});

	it('still answers "wat is dissociatie" with the glossary entry first', () => {
		expect(ids('wat is dissociatie')[0]).toBe('term:dissociatie');
	});

	it('searches a question for its subject, not for the word that asks it', () => {
		const found = searcher.search('waarom geen groepstherapie?', { limit: 5 });
		expect(found.length).toBeGreaterThan(0);
		for (const result of found) expect(`${result.doc.title} ${result.doc.text}`.toLowerCase()).toMatch(/groep/);
	});
});
