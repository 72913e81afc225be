/**
 * Searching in the browser. Runs on every keystroke, so it is built for that:
 *
 * - The query is split and normalised exactly like the documents (`normalise.ts`); stop words
 *   are dropped, and a query of only stop words returns nothing.
 * - Each word is expanded to the index terms it may mean, strongest first: its own key; while it
 *   is still being typed (the last word, nothing after it) the terms it is the beginning of, and
 *   the stems of the word with its last one to three letters cut (someone halfway through
 *   `mishandeli|ng` has already passed the stem `mishandel`); and only when none of that exists
 *   in the index and the word has 5+ letters, the terms one edit away (a typo). Typos are tried
 *   last so that a real word is never drowned by its neighbours (`groep` does not also find
 *   `groei`).
 * - One lunr query over all expansions scores the documents (BM25, titles weigh more). The order
 *   is then: documents containing more of the query's words first, lunr's score within that.
 *   Requiring every word (lunr's `+`) would leave nothing for "wat was STAIR ook alweer", where
 *   `alweer` appears nowhere; ranking by coverage keeps the answer and still puts documents
 *   with all the words on top.
 * - A question about how, why or what helps (not what a word means) ranks lessons above glossary
 *   entries that share its words: within the same coverage, a term's score counts half.
 * - Snippets and highlights are made only for the results returned.
 */
import { lunr } from './dutch-lunr';
import { foldSpelling, normaliseWord, stemDutch, wordSpans } from './normalise';
import { unpackSearch } from './serialized';
import { variantKeys } from './variants';
import { makeSnippet, matchRanges, type WordMatcher } from './snippet';
import type { SearchHit, SearchResult } from './types';

export interface SearchOptions {
	/** Most results to return; 10 by default. */
	limit?: number;
}

export interface Searcher {
	search(query: string, options?: SearchOptions): SearchResult[];
	/** Number of documents in the index. */
	readonly documentCount: number;
}

/** A content word of the query. */
interface QueryWord {
	/** Spelling-folded form (`dissocieren`), the basis for prefix matching. */
	folded: string;
	/**
	 * Index key (`dissocier`); undefined for a stop word the learner is still typing (`door`
	 * on the way to `doorvragen`), which is searched as a prefix only.
	 */
	key: string | undefined;
	/** The last word with nothing after it: the learner may still be typing it. */
	typing: boolean;
}

/** Index term -> weight of the clause it is searched with. */
type Expansion = Map<string, number>;

/** Clause weights by how sure we are the term is what the learner meant. */
const WEIGHT = { exact: 1, truncated: 0.7, prefix: 0.5, typo: 0.3 } as const;
const MIN_PREFIX_LENGTH = 2;
/** `de`, `het`, `en` being typed would match everything; `door`, `zelf`, `over` lead somewhere. */
const MIN_STOP_WORD_PREFIX = 4;
/** A short prefix (`ve`) matches hundreds of terms; the shortest completions are the likeliest. */
const MAX_PREFIX_TERMS = 40;
/** Dutch inflection endings are at most three letters (`-ing`, `-end`, `-den`). */
const MAX_CUT_WHILE_TYPING = 3;
const MIN_CUT_LENGTH = 4;
const MIN_TYPO_LENGTH = 5;
const TYPO_DISTANCE = 1;
/** Bounds the work for a pasted paragraph. */
const MAX_QUERY_WORDS = 12;
const DEFAULT_LIMIT = 10;

/**
 * A question about how, why or what helps ("wat helpt bij emotionele verwaarlozing", "hoe werkt
 * schematherapie?"), not about what a word means ("wat is dissociatie"): lessons answer it, so
 * a glossary entry that merely shares its words weighs less.
 */
const QUESTION_WORDS = new Set(['hoe', 'waarom', 'wanneer', 'welke', 'welk', 'waar', 'wat', 'wie', 'waardoor', 'waarmee']);
const QUESTION = new RegExp(`^\\s*(?:${[...QUESTION_WORDS].join('|')})\\s|\\?\\s*$`, 'i');
const DEFINITION_QUESTION = /^\s*(?:wat|wie)\s+(?:is|zijn|was|waren|betekent|betekenen|houdt|heet|heten)\s/i;
const TERM_WEIGHT_IN_QUESTIONS = 0.5;

export function asksForExplanation(query: string): boolean {
	return QUESTION.test(query) && !DEFINITION_QUESTION.test(query);
}

/** Loads shipped search data (parsed JSON; its shape is checked) and returns a searcher. */
export function createSearcher(serialized: unknown): Searcher {
	const { index, hits } = unpackSearch(serialized);
	return {
		documentCount: hits.length,
		search: (query, options = {}) => search(index, hits, query, options.limit ?? DEFAULT_LIMIT)
	};
}

function search(index: lunr.Index, hits: SearchHit[], query: string, limit: number): SearchResult[] {
	if (limit <= 0) return [];
	const expansions = queryWords(query)
		.map((word) => expandWord(index, word))
		.filter((expansion) => expansion.size > 0);
	if (expansions.length === 0) return [];

	const matches = index.query((q) => {
		for (const expansion of expansions) {
			for (const [term, boost] of expansion) q.term(term, { usePipeline: false, boost });
		}
	});

	const wordsOfTerm = wordMasks(expansions);
	const question = asksForExplanation(query);
	const rank = (match: lunr.Result) =>
		question && hits[Number(match.ref)]?.kind === 'term' ? match.score * TERM_WEIGHT_IN_QUESTIONS : match.score;
	return matches
		.map((match) => ({ match, coverage: coverage(match, wordsOfTerm), rank: rank(match) }))
		.sort((a, b) => b.coverage - a.coverage || b.rank - a.rank)
		.slice(0, limit)
		.flatMap(({ match }) => {
			const doc = hits[Number(match.ref)];
			return doc ? [toResult(doc, match.score, new Set(Object.keys(match.matchData.metadata)))] : [];
		});
}

/**
 * Index term -> bit set of the query words it stands for (at most MAX_QUERY_WORDS bits), so the
 * coverage of each of possibly thousands of matches costs a few bit operations.
 */
function wordMasks(expansions: Expansion[]): Map<string, number> {
	const masks = new Map<string, number>();
	expansions.forEach((expansion, word) => {
		for (const term of expansion.keys()) masks.set(term, (masks.get(term) ?? 0) | (1 << word));
	});
	return masks;
}

/** How many different query words a match contains. */
function coverage(match: lunr.Result, wordsOfTerm: Map<string, number>): number {
	let words = 0;
	for (const term in match.matchData.metadata) words |= wordsOfTerm.get(term) ?? 0;
	let count = 0;
	for (; words !== 0; words &= words - 1) count++;
	return count;
}

function queryWords(query: string): QueryWord[] {
	const spans = wordSpans(query).slice(0, MAX_QUERY_WORDS);
	const words: QueryWord[] = [];
	spans.forEach(({ word, end }, position) => {
		const key = normaliseWord(word);
		const typing = position === spans.length - 1 && end === query.length;
		const folded = foldSpelling(word);
		// A finished stop word carries no meaning; one still being typed may become a real word.
		if (key === undefined && !(typing && folded.length >= MIN_STOP_WORD_PREFIX)) return;
		// The word that opens a question ("waarom geen groepstherapie?") only says it is one.
		if (position === 0 && spans.length > 1 && QUESTION_WORDS.has(folded)) return;
		words.push({ folded, key, typing });
	});
	return words;
}

function expandWord(index: lunr.Index, word: QueryWord): Expansion {
	const expansion: Expansion = new Map();
	const add = (terms: Iterable<string>, weight: number) => {
		for (const term of terms) if (!expansion.has(term)) expansion.set(term, weight);
	};
	const inIndex = (term: string) => term in index.invertedIndex;

	if (word.key !== undefined && inIndex(word.key)) add([word.key], WEIGHT.exact);
	// `comorbiditeit` for the course's `co-morbiditeit`, and the like (variants.ts).
	add(variantKeys(word.folded).filter(inIndex), WEIGHT.exact);
	if (word.typing) {
		if (expansion.size === 0) add(stemsOfCutWord(word.folded).filter(inIndex), WEIGHT.truncated);
		if (word.folded.length >= MIN_PREFIX_LENGTH) add(prefixTerms(index, word), WEIGHT.prefix);
	}
	if (expansion.size === 0 && word.key !== undefined && word.folded.length >= MIN_TYPO_LENGTH) {
		add(termsNear(index, word.key), WEIGHT.typo);
	}
	return expansion;
}

/** `mishandeli` -> the stems of `mishandel`, `mishande`, `mishand`. */
function stemsOfCutWord(folded: string): string[] {
	const stems: string[] = [];
	for (let cut = 1; cut <= MAX_CUT_WHILE_TYPING && folded.length - cut >= MIN_CUT_LENGTH; cut++) {
		stems.push(stemDutch(folded.slice(0, -cut)));
	}
	return stems;
}

/** Index terms beginning with the typed word or with its key, shortest first. */
function prefixTerms(index: lunr.Index, word: QueryWord): string[] {
	const terms = new Set<string>();
	for (const prefix of new Set([word.key ?? word.folded, word.folded])) {
		const pattern = lunr.TokenSet.fromString(`${prefix}*`);
		for (const term of index.tokenSet.intersect(pattern).toArray()) terms.add(term);
	}
	return [...terms].sort((a, b) => a.length - b.length).slice(0, MAX_PREFIX_TERMS);
}

function termsNear(index: lunr.Index, key: string): string[] {
	return index.tokenSet.intersect(lunr.TokenSet.fromFuzzyString(key, TYPO_DISTANCE)).toArray();
}

function toResult(doc: SearchHit, score: number, matchedTerms: Set<string>): SearchResult {
	const matcher: WordMatcher = (word) => {
		const key = normaliseWord(word);
		return key !== undefined && matchedTerms.has(key) ? key : undefined;
	};
	return {
		doc,
		score,
		snippet: makeSnippet(doc.text, matcher),
		titleHighlights: matchRanges(doc.title, matcher)
	};
}
