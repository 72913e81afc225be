/** The fixture course indexed and loaded the way the site does it: through JSON. */
import { buildSearchIndex } from '$lib/search/build';
import { courseDocuments } from '$lib/search/documents';
import { createSearcher } from '$lib/search/query';
import { fixtureCourse } from './fixture';

export const fixtureDocuments = courseDocuments(fixtureCourse);
export const fixtureSearch = buildSearchIndex(fixtureDocuments);
export const searcher = createSearcher(JSON.parse(JSON.stringify(fixtureSearch)));

/** Urls of the results, best first. */
export function urls(query: string, limit = 10): string[] {
	return searcher.search(query, { limit }).map((result) => result.doc.url);
}

/** Ids of the results, best first. */
export function ids(query: string, limit = 10): string[] {
	return searcher.search(query, { limit }).map((result) => result.doc.id);
}

/** The texts (title and text) of the results, lower-cased. */
export function resultTexts(query: string, limit = 50): string[] {
	return searcher
		.search(query, { limit })
		.map((result) => `${result.doc.title}\n${result.doc.text}`.toLowerCase());
}
