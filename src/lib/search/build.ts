/**
 * Builds the search data at build time: a lunr index over the course documents, with the Dutch
 * normaliser as its only pipeline step, plus the compact store results are shown from.
 */
import { lunr } from './dutch-lunr';
import { encodeIndex } from './index-codec';
import { normalisePipelineStep, wordSpans } from './normalise';
import { packDocuments, SEARCH_FORMAT_VERSION, type SerializedSearch } from './serialized';
import type { SearchDocument } from './types';

const TITLE_FIELD = 'title';
const TEXT_FIELD = 'text';
/**
 * A word in a heading says more about what a document is about than the same word in running
 * text. 3 lets a term's own glossary entry or a section titled with the word lead, without
 * burying a section that uses the word throughout.
 */
const TITLE_BOOST = 3;

interface IndexedDocument {
	ref: string;
	title: string;
	text: string;
}

export function buildSearchIndex(docs: readonly SearchDocument[]): SerializedSearch {
	return {
		version: SEARCH_FORMAT_VERSION,
		index: encodeIndex(buildLunrIndex(docs).toJSON()),
		// Keywords are searched but never shown, so they are not stored.
		...packDocuments(docs)
	};
}

/** The lunr index alone; a document's ref is its position in `docs`. */
export function buildLunrIndex(docs: readonly SearchDocument[]): lunr.Index {
	const builder = new lunr.Builder();
	builder.ref('ref');
	builder.field(TITLE_FIELD, { boost: TITLE_BOOST });
	builder.field(TEXT_FIELD);
	// Our tokenizer, not lunr's: index, queries and highlights must split words identically
	// (lunr's keeps `(stair)` or `schema's,` whole and leaves them to its trimmer).
	builder.tokenizer = (value) =>
		wordSpans(typeof value === 'string' ? value : '').map(({ word }) => new lunr.Token(word));
	builder.pipeline.add(normalisePipelineStep);
	// No search pipeline: queries are normalised by `query.ts` with the same function and sent
	// with `usePipeline: false`, so that prefix and typo expansion see the final keys.

	docs.forEach((doc, position) => {
		const indexed: IndexedDocument = {
			ref: String(position),
			title: doc.keywords ? `${doc.title} ${doc.keywords}` : doc.title,
			text: doc.text
		};
		builder.add(indexed);
	});
	return builder.build();
}
