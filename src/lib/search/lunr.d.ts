/**
 * Types for the parts of lunr 2.3.9 this folder uses. lunr ships no types and @types/lunr is not
 * a dependency; declaring only what we call keeps the surface honest (anything else is a
 * compile error rather than `any`). Checked against node_modules/lunr/lunr.js 2.3.9.
 */
declare module 'lunr' {
	namespace lunr {
		class Token {
			constructor(str: string, metadata?: Record<string, unknown>);
			toString(): string;
			update(fn: (str: string, metadata: Record<string, unknown>) => string): Token;
		}

		/** A pipeline step: return a token to keep, nothing to drop, an array to expand. */
		type PipelineFunction = (
			token: Token,
			index: number,
			tokens: Token[]
		) => Token | Token[] | null | undefined;

		class Pipeline {
			static registerFunction(fn: PipelineFunction, label: string): void;
			static registeredFunctions: Record<string, PipelineFunction>;
			add(...fns: PipelineFunction[]): void;
		}

		class TokenSet {
			static fromString(str: string): TokenSet;
			static fromFuzzyString(str: string, editDistance: number): TokenSet;
			intersect(other: TokenSet): TokenSet;
			toArray(): string[];
		}

		interface Posting {
			_index: number;
			[field: string]: number | Record<string, Record<string, unknown>>;
		}

		interface MatchData {
			/** term -> field -> metadata. The terms are the index's terms that matched. */
			metadata: Record<string, Record<string, Record<string, unknown>>>;
		}

		interface Result {
			ref: string;
			score: number;
			matchData: MatchData;
		}

		interface SerializedIndex {
			version: string;
			fields: string[];
			fieldVectors: [string, number[]][];
			invertedIndex: [string, Posting][];
			pipeline: string[];
		}

		interface TermOptions {
			fields?: string[];
			boost?: number;
			usePipeline?: boolean;
			wildcard?: number;
			editDistance?: number;
		}

		class Query {
			term(term: string | string[], options?: TermOptions): Query;
		}

		namespace Query {
			const wildcard: { NONE: 0; LEADING: 1; TRAILING: 2 };
		}

		class Index {
			static load(serialized: SerializedIndex): Index;
			/** term -> posting; created with Object.create(null), so `in` is a safe lookup. */
			invertedIndex: Record<string, Posting>;
			tokenSet: TokenSet;
			query(fn: (query: Query) => void): Result[];
			toJSON(): SerializedIndex;
		}

		class Builder {
			pipeline: Pipeline;
			tokenizer: (value: unknown, metadata?: Record<string, unknown>) => Token[];
			ref(name: string): void;
			field(name: string, attributes?: { boost?: number }): void;
			add(doc: object): void;
			build(): Index;
		}
	}

	export = lunr;
}
