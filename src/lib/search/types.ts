/**
 * The shapes search passes around: documents going into the index (build time), and results
 * coming out of it (browser).
 */

/** What a search result points to; the UI can label and group results by it. */
export const SEARCH_DOCUMENT_KINDS = ['section', 'quote', 'term', 'quiz', 'module', 'scenario'] as const;

export type SearchDocumentKind = (typeof SEARCH_DOCUMENT_KINDS)[number];

/** One findable unit of the course, as shown in a result. */
export interface SearchHit {
	/** Unique and stable between builds, e.g. `section:behandelingen/schematherapie#wat-is-een-schema`. */
	id: string;
	kind: SearchDocumentKind;
	/** The result's heading: a section heading, a term, a quiz question, a scenario title. */
	title: string;
	/** The lesson a section or quote belongs to, for context under the heading. */
	lessonTitle?: string;
	/** Absent for documents outside the modules (glossary terms). */
	moduleTitle?: string;
	url: string;
	/** Plain text: what is searched (with the title) and where snippets come from. */
	text: string;
}

/** A document as it goes into the index: a hit plus words that count as title but are not shown. */
export interface SearchDocument extends SearchHit {
	/** E.g. a glossary term's aliases (`CPTSS` for complexe PTSS). Indexed with the title's weight. */
	keywords?: string;
}

/** Half-open range `[start, end)` of characters in a text. */
export type TextRange = readonly [start: number, end: number];

export interface Snippet {
	/** A window of the document's text, with `…` where it was cut. */
	text: string;
	/** Where the query's words are in `text`, in order, not overlapping. */
	highlights: TextRange[];
}

export interface SearchResult {
	doc: SearchHit;
	/**
	 * lunr's relevance (BM25). Results come ordered by how many of the query's words they contain
	 * first and by this score second (for a question, a glossary entry's counts half; see
	 * query.ts), so a later result can have a higher score.
	 */
	score: number;
	snippet: Snippet;
	/** Where the query's words are in `doc.title`. */
	titleHighlights: TextRange[];
}

/** A piece of text for rendering: marked pieces go in `<mark>`, all as text, never as HTML. */
export interface TextSegment {
	text: string;
	mark: boolean;
}
