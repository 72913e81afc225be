/**
 * The tiny condition language of scenario files: `<name> <op> <integer>`, joined by `and` /
 * `or` (`and` binds tighter, no brackets). Authors' text is tokenized and parsed into a small
 * tree that is then interpreted; it is never evaluated as code.
 */

import { own } from '../own';

export const OPERATORS = ['<', '<=', '>', '>=', '==', '!='] as const;
export type Operator = (typeof OPERATORS)[number];

/** `trust >= 2`. `position` is the 0-based offset of the name in the source. */
export interface Comparison {
	kind: 'compare';
	name: string;
	op: Operator;
	value: number;
	position: number;
}
/** All terms hold. */
export interface AllOf {
	kind: 'and';
	terms: Condition[];
}
/** At least one term holds. */
export interface AnyOf {
	kind: 'or';
	terms: Condition[];
}
/** Plain data, so it can travel as a guard's params. */
export type Condition = Comparison | AllOf | AnyOf;

export interface ConditionSyntaxError {
	/** What was expected and what was found, in plain Dutch. */
	message: string;
	/** 0-based offset of the offending token in the source. */
	position: number;
	/** A likely fix ("Bedoel je ...?"), when there is one. */
	hint?: string;
}

export type ParseResult =
	| { ok: true; tree: Condition }
	| { ok: false; error: ConditionSyntaxError };

/**
 * The values a condition can name: `trust`, the running total of each rubric dimension, and
 * each flag of the scenario (1 once set, else 0). Validation keeps flag and dimension names apart.
 */
export interface ConditionValues {
	trust: number;
	totals: Readonly<Record<string, number>>;
	/** Absent for a scenario without flags. */
	flags?: Readonly<Record<string, boolean>>;
}

/** The name that stands for the client's trust; every other name is a rubric dimension. */
export const TRUST = 'trust';

/**
 * The largest number a condition may compare with. A choice scores -3..3 and trust stays within
 * -5..5, so no real scenario gets near 1000; the bound keeps every number a safe integer, which
 * the checks that reason about conditions (`satisfiable.ts`) rely on.
 */
export const CONDITION_NUMBER_LIMIT = 1000;

export function parseCondition(source: string): ParseResult {
	try {
		return { ok: true, tree: new Parser(tokenize(source)).parse() };
	} catch (error) {
		if (error instanceof SyntaxProblem) return { ok: false, error: error.detail };
		throw error;
	}
}

export function evaluateCondition(tree: Condition, values: ConditionValues): boolean {
	switch (tree.kind) {
		case 'and':
			return tree.terms.every((term) => evaluateCondition(term, values));
		case 'or':
			return tree.terms.some((term) => evaluateCondition(term, values));
		case 'compare':
			return compare(valueOf(tree.name, values), tree.op, tree.value);
	}
}

export function compare(left: number, op: Operator, right: number): boolean {
	switch (op) {
		case '<':
			return left < right;
		case '<=':
			return left <= right;
		case '>':
			return left > right;
		case '>=':
			return left >= right;
		case '==':
			return left === right;
		case '!=':
			return left !== right;
	}
}

/** Every comparison in the tree, left to right (for checking the names it uses). */
export function comparisonsIn(tree: Condition): Comparison[] {
	return tree.kind === 'compare' ? [tree] : tree.terms.flatMap(comparisonsIn);
}

/** The names a condition uses, each once, in the order they first appear. */
export function namesIn(tree: Condition): string[] {
	return [...new Set(comparisonsIn(tree).map((c) => c.name))];
}

/**
 * Whether `text` can stand as a name in a condition (so a flag can be given that name): what
 * the tokenizer reads as one name, and not a keyword.
 */
export function isConditionName(text: string): boolean {
	return new RegExp(`^${NAME_PATTERN}$`, 'u').test(text) && text !== 'and' && text !== 'or';
}

/** The value a name stands for: trust, a flag as 0 or 1, or a dimension's running total. */
export function valueOf(name: string, values: ConditionValues): number {
	if (name === TRUST) return values.trust;
	if (values.flags && Object.hasOwn(values.flags, name)) return values.flags[name] ? 1 : 0;
	return own(values.totals, name) ?? 0;
}

// ---- tokenizer ---------------------------------------------------------------------------

type TokenKind = 'name' | 'number' | 'symbol' | 'other' | 'end';

interface Token {
	kind: TokenKind;
	text: string;
	position: number;
}

/**
 * Runs of comparison-like characters become one `symbol` token, so `=>` is reported as `=>`
 * (with a "did you mean >=") rather than as a stray `=`. Numbers may carry a decimal part only
 * so that `2.5` can be refused as a whole.
 */
const NAME_PATTERN = '[\\p{L}_][\\p{L}\\p{N}_-]*';

const TOKEN_PATTERNS: [TokenKind, RegExp][] = [
	['name', new RegExp(NAME_PATTERN, 'uy')],
	['number', /-?\d+(?:[.,]\d+)?/y],
	['symbol', /[<>=!&|]+/y],
	['other', /\S/y]
];

function tokenize(source: string): Token[] {
	const tokens: Token[] = [];
	let position = 0;
	while (position < source.length) {
		if (/\s/.test(source[position]!)) {
			position++;
			continue;
		}
		for (const [kind, pattern] of TOKEN_PATTERNS) {
			pattern.lastIndex = position;
			const match = pattern.exec(source);
			if (!match) continue;
			tokens.push({ kind, text: match[0], position });
			position += match[0].length;
			break;
		}
	}
	tokens.push({ kind: 'end', text: '', position: source.length });
	return tokens;
}

// ---- parser ------------------------------------------------------------------------------

class SyntaxProblem extends Error {
	readonly detail: ConditionSyntaxError;
	constructor(detail: ConditionSyntaxError) {
		super(detail.message);
		this.detail = detail;
	}
}

const EXAMPLE = '"trust >= 2"';

/** Common slips and their fixes, keyed by what the author wrote. */
const NO_BRACKETS = 'Haakjes kunnen niet: "and" gaat altijd voor "or". Schrijf de voorwaarde zonder haakjes.';
const SLIPS = new Map<string, string>([
	['=>', 'Bedoel je ">="?'],
	['=<', 'Bedoel je "<="?'],
	['=', 'Bedoel je "=="?'],
	['<>', 'Bedoel je "!="?'],
	['!', 'Bedoel je "!="?'],
	['en', 'Schrijf "and" in plaats van "en".'],
	['of', 'Schrijf "or" in plaats van "of".'],
	['&&', 'Schrijf "and" in plaats van "&&".'],
	['&', 'Schrijf "and" in plaats van "&".'],
	['||', 'Schrijf "or" in plaats van "||".'],
	['|', 'Schrijf "or" in plaats van "|".'],
	['AND', 'Schrijf "and" met kleine letters.'],
	['OR', 'Schrijf "or" met kleine letters.'],
	['(', NO_BRACKETS],
	[')', NO_BRACKETS]
]);

/**
 * Recursive descent over
 *   condition  := allOf ("or" allOf)*
 *   allOf      := comparison ("and" comparison)*
 *   comparison := name operator integer
 */
class Parser {
	private index = 0;
	private readonly tokens: Token[];

	constructor(tokens: Token[]) {
		this.tokens = tokens;
	}

	parse(): Condition {
		const tree = this.anyOf();
		const rest = this.peek();
		if (rest.kind !== 'end') this.fail(rest, 'verwacht "and" of "or"');
		return tree;
	}

	private anyOf(): Condition {
		const terms = [this.allOf()];
		while (this.isKeyword(this.peek(), 'or')) {
			this.index++;
			terms.push(this.allOf());
		}
		return terms.length === 1 ? terms[0]! : { kind: 'or', terms };
	}

	private allOf(): Condition {
		const terms = [this.comparison()];
		while (this.isKeyword(this.peek(), 'and')) {
			this.index++;
			terms.push(this.comparison());
		}
		return terms.length === 1 ? terms[0]! : { kind: 'and', terms };
	}

	private comparison(): Comparison {
		const name = this.next();
		if (name.kind !== 'name' || this.isKeyword(name, 'and') || this.isKeyword(name, 'or')) {
			this.fail(name, `verwacht een naam: trust, een dimensie uit rubric of een vlag, zoals in ${EXAMPLE}`);
		}
		const op = this.next();
		if (op.kind !== 'symbol' || !isOperator(op.text)) {
			this.fail(op, `verwacht een vergelijking zoals ${EXAMPLE}`, 'Gebruik een van: <, <=, >, >=, ==, !=.');
		}
		const value = this.next();
		if (value.kind !== 'number' || !/^-?\d+$/.test(value.text)) {
			this.fail(value, 'verwacht een geheel getal', 'Gebruik een geheel getal, zoals 2 of -1.');
		}
		const number = Number(value.text);
		if (Math.abs(number) > CONDITION_NUMBER_LIMIT) {
			this.fail(
				value,
				`getal te groot: een voorwaarde vergelijkt met getallen van -${CONDITION_NUMBER_LIMIT} tot ${CONDITION_NUMBER_LIMIT}`,
				`Scores per keuze liggen tussen -3 en 3 en trust tussen -5 en 5: een grens buiten -${CONDITION_NUMBER_LIMIT} tot ${CONDITION_NUMBER_LIMIT} wordt nooit bereikt.`
			);
		}
		return { kind: 'compare', name: name.text, op: op.text, value: number, position: name.position };
	}

	private isKeyword(token: Token, keyword: 'and' | 'or'): boolean {
		return token.kind === 'name' && token.text === keyword;
	}

	private peek(): Token {
		return this.tokens[this.index]!;
	}

	private next(): Token {
		const token = this.peek();
		// The end token stays put, so reading past it keeps reporting "the end".
		if (token.kind !== 'end') this.index++;
		return token;
	}

	private fail(token: Token, expected: string, fallbackHint?: string): never {
		// A long token (a 400-digit number) is cut short: the position already says where it is.
		const shown = token.text.length > 20 ? `${token.text.slice(0, 20)}…` : token.text;
		const found = token.kind === 'end' ? 'maar de voorwaarde houdt hier op' : `gevonden "${shown}"`;
		throw new SyntaxProblem({
			message: `${expected}, ${found}`,
			position: token.position,
			hint: SLIPS.get(token.text) ?? fallbackHint
		});
	}
}

function isOperator(text: string): text is Operator {
	return (OPERATORS as readonly string[]).includes(text);
}
