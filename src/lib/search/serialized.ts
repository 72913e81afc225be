/**
 * The search data as shipped to the browser: lunr's index plus a compact store of what results
 * show. Written at build time by `buildSearchIndex`, read in the browser by `createSearcher`,
 * and checked on the way in, because it arrives as untyped JSON (a stale cached file, a failed
 * fetch that returned an HTML page) and a clear error beats a `TypeError` deep inside lunr.
 */
import { lunr } from './dutch-lunr';
import { decodeIndex, type CompactIndex } from './index-codec';
import { SEARCH_DOCUMENT_KINDS, type SearchDocumentKind, type SearchHit } from './types';

export const SEARCH_FORMAT_VERSION = 1;

/** No value, for optional labels in a stored row. */
const NONE = -1;

/**
 * One document, as a row instead of an object so keys are not repeated per document. Lesson and
 * module titles repeat across many documents and are stored once in `labels`. A row's position
 * is its lunr ref.
 */
export type StoredDocument = [
	id: string,
	kind: SearchDocumentKind,
	title: string,
	lessonLabel: number,
	moduleLabel: number,
	url: string,
	text: string
];

export interface SerializedSearch {
	version: typeof SEARCH_FORMAT_VERSION;
	/** The lunr index, compacted (`index-codec.ts`). */
	index: CompactIndex;
	/** Lesson and module titles, referenced from rows by position. */
	labels: string[];
	docs: StoredDocument[];
}

export function packDocuments(hits: readonly SearchHit[]): Pick<SerializedSearch, 'labels' | 'docs'> {
	const labels: string[] = [];
	const positions = new Map<string, number>();
	const label = (value: string | undefined): number => {
		if (value === undefined) return NONE;
		let position = positions.get(value);
		if (position === undefined) {
			position = labels.push(value) - 1;
			positions.set(value, position);
		}
		return position;
	};
	const docs = hits.map(
		(hit): StoredDocument => [
			hit.id,
			hit.kind,
			hit.title,
			label(hit.lessonTitle),
			label(hit.moduleTitle),
			hit.url,
			hit.text
		]
	);
	return { labels, docs };
}

/** Reads shipped search data: the lunr index, and the hits in ref order. Throws on a bad shape. */
export function unpackSearch(data: unknown): { index: lunr.Index; hits: SearchHit[] } {
	const search = checkShape(data);
	const labelAt = (position: number): string | undefined =>
		position === NONE ? undefined : search.labels[position];
	const hits = search.docs.map(([id, kind, title, lessonLabel, moduleLabel, url, text]) => {
		const hit: SearchHit = { id, kind, title, url, text };
		const lessonTitle = labelAt(lessonLabel);
		const moduleTitle = labelAt(moduleLabel);
		if (lessonTitle !== undefined) hit.lessonTitle = lessonTitle;
		if (moduleTitle !== undefined) hit.moduleTitle = moduleTitle;
		return hit;
	});
	return { index: lunr.Index.load(decodeIndex(search.index)), hits };
}

function checkShape(data: unknown): SerializedSearch {
	const fail = (what: string): never => {
		throw new Error(`Zoekgegevens ongeldig: ${what}.`);
	};
	if (!isRecord(data)) return fail('geen object');
	if (data.version !== SEARCH_FORMAT_VERSION) {
		fail(`versie ${String(data.version)}, verwacht ${SEARCH_FORMAT_VERSION} (index opnieuw bouwen)`);
	}
	const { index, labels, docs } = data;
	if (!Array.isArray(docs)) return fail('docs is geen lijst');
	if (
		!isRecord(index) ||
		typeof index.lunrVersion !== 'string' ||
		!isStringList(index.fields) ||
		!isStringList(index.pipeline) ||
		!isStringList(index.terms) ||
		!Array.isArray(index.vectors)
	) {
		return fail('index heeft niet de vorm {lunrVersion, fields, pipeline, terms, vectors}');
	}
	const fieldCount = index.fields.length;
	if (index.vectors.length !== docs.length) fail('index en docs tellen niet even veel documenten');
	index.vectors.forEach((perField: unknown, position) => {
		const ok =
			Array.isArray(perField) &&
			perField.length === fieldCount &&
			perField.every((flat) => Array.isArray(flat) && flat.length % 2 === 0);
		if (!ok) fail(`index: vectoren van document ${position} hebben niet de verwachte vorm`);
	});
	if (!isStringList(labels)) return fail('labels is geen lijst van teksten');
	const labelCount = labels.length;
	const isLabel = (value: unknown) =>
		Number.isInteger(value) && (value as number) >= NONE && (value as number) < labelCount;
	docs.forEach((row: unknown, position) => {
		const ok =
			Array.isArray(row) &&
			row.length === 7 &&
			typeof row[0] === 'string' &&
			SEARCH_DOCUMENT_KINDS.includes(row[1]) &&
			typeof row[2] === 'string' &&
			isLabel(row[3]) &&
			isLabel(row[4]) &&
			typeof row[5] === 'string' &&
			typeof row[6] === 'string';
		if (!ok) fail(`document ${position} heeft niet de vorm [id, soort, titel, les, module, url, tekst]`);
	});
	return data as unknown as SerializedSearch;
}

function isStringList(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
