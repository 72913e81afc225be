/**
 * A compact, lossless form of a lunr index for shipping to the browser.
 *
 * lunr's own JSON stores every (term, field, document) twice: once in the inverted index
 * (`"text":{"17":{},…}` per term) and once in the document's field vector (term number and
 * BM25 weight). Without a metadata whitelist the inverted index holds nothing the vectors do
 * not, so we ship only the vectors and rebuild the inverted index on load. The vectors
 * themselves shrink further: term numbers become gaps (vectors are sorted), weights become
 * integers (lunr already rounds them to three decimals), and document refs are positions.
 * On the real course this roughly halves the index after gzip (see scripts/bench-search.ts).
 */
import type { lunr } from './dutch-lunr';

export interface CompactIndex {
	lunrVersion: string;
	fields: string[];
	/** Labels of the index pipeline's functions (checked by `lunr.Index.load`). */
	pipeline: string[];
	/** Every term, sorted; a term's number is its position here. */
	terms: string[];
	/**
	 * Per document (position = ref), per field (in `fields` order):
	 * `[term gap, weight × 1000, term gap, weight × 1000, …]`, gaps from the previous term number
	 * (the first from 0).
	 */
	vectors: number[][][];
}

/** lunr keeps BM25 weights to three decimals; as integers they are exact. */
const WEIGHT_SCALE = 1000;
/** lunr copies match metadata and never mutates the stored object, so one can be shared. */
const NO_METADATA: Record<string, unknown> = Object.freeze({});

/** Refs must be the positions 0..n-1, as `buildSearchIndex` assigns them. */
export function encodeIndex(index: lunr.SerializedIndex): CompactIndex {
	const terms = index.invertedIndex.map(([term]) => term).sort();
	const termNumber = new Map<number, number>();
	const position = new Map(terms.map((term, at) => [term, at]));
	for (const [term, posting] of index.invertedIndex) termNumber.set(posting._index, position.get(term)!);

	const vectors: number[][][] = [];
	for (const [fieldRef, elements] of index.fieldVectors) {
		const { field, doc } = parseFieldRef(fieldRef, index.fields);
		const pairs: [number, number][] = [];
		for (let at = 0; at < elements.length; at += 2) {
			pairs.push([termNumber.get(elements[at]!)!, Math.round(elements[at + 1]! * WEIGHT_SCALE)]);
		}
		pairs.sort((a, b) => a[0] - b[0]);
		let previous = 0;
		const flat = pairs.flatMap(([term, weight]) => {
			const gap = term - previous;
			previous = term;
			return [gap, weight];
		});
		(vectors[doc] ??= index.fields.map(() => []))[field] = flat;
	}
	return {
		lunrVersion: index.version,
		fields: index.fields,
		pipeline: index.pipeline,
		terms,
		vectors: Array.from(vectors, (fields) => fields ?? index.fields.map(() => []))
	};
}

/** lunr's JSON again, for `lunr.Index.load`. Throws if a vector names a term that does not exist. */
export function decodeIndex(compact: CompactIndex): lunr.SerializedIndex {
	const { fields, terms } = compact;
	const postings: lunr.Posting[] = terms.map((_, at) => {
		const posting: lunr.Posting = { _index: at };
		for (const field of fields) posting[field] = {};
		return posting;
	});
	const fieldVectors: [string, number[]][] = [];
	compact.vectors.forEach((perField, doc) => {
		perField.forEach((flat, fieldAt) => {
			const field = fields[fieldAt]!;
			const elements: number[] = [];
			let term = 0;
			for (let at = 0; at < flat.length; at += 2) {
				term += flat[at]!;
				const posting = postings[term];
				if (!posting) throw new Error(`Zoekindex ongeldig: term ${term} bestaat niet.`);
				(posting[field] as Record<string, unknown>)[doc] = NO_METADATA;
				elements.push(term, flat[at + 1]! / WEIGHT_SCALE);
			}
			fieldVectors.push([`${field}/${doc}`, elements]);
		});
	});
	return {
		version: compact.lunrVersion,
		fields,
		fieldVectors,
		invertedIndex: terms.map((term, at) => [term, postings[at]!]),
		pipeline: compact.pipeline
	};
}

/** lunr writes field refs as `field/docRef`. */
function parseFieldRef(fieldRef: string, fields: string[]): { field: number; doc: number } {
	const slash = fieldRef.indexOf('/');
	const field = fields.indexOf(fieldRef.slice(0, slash));
	const ref = fieldRef.slice(slash + 1);
	const doc = Number(ref);
	if (field === -1 || !Number.isInteger(doc) || doc < 0 || String(doc) !== ref) {
		throw new Error(`Zoekindex: onverwachte veldverwijzing "${fieldRef}" (verwacht veld/positie).`);
	}
	return { field, doc };
}
