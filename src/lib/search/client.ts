/**
 * The browser side of search: fetches the prebuilt index once, on first use, and keeps the
 * searcher for the rest of the visit. The search code (lunr) is loaded with the index, so the
 * search page itself stays light until it is used.
 */
import { url } from '../paths';
import type { Searcher } from './query';

/** From the course's root; `url()` puts it where the course is served. */
export const SEARCH_INDEX_URL = '/zoekindex.json';

let pending: Promise<Searcher> | undefined;

export function loadSearcher(fetcher: typeof fetch = fetch): Promise<Searcher> {
	pending ??= Promise.all([
		fetcher(url(SEARCH_INDEX_URL)).then((response) => {
			if (!response.ok) throw new Error(`De zoekindex kon niet worden geladen (${response.status}).`);
			// A host that answers with an HTML page instead gets a Dutch message, not a SyntaxError.
			return response.json().catch(() => {
				throw new Error('De zoekindex kon niet worden gelezen.');
			});
		}),
		import('./query')
	])
		.then(([data, { createSearcher }]) => createSearcher(data))
		.catch((error) => {
			pending = undefined; // let a later attempt try again (e.g. back online)
			throw error;
		});
	return pending;
}
