/**
 * YAML and frontmatter parsing that keeps positions, so every problem can name its line.
 */
import { isAlias, isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { MAX_YAML_NESTING, yamlTooDeep } from './limits';
import type { KeyPath, Problem } from './problems';

export interface ParsedYaml {
	/** The parsed value; `undefined` when the text could not be read at all. */
	value: unknown;
	/** Syntax problems (with lines). */
	problems: Problem[];
	/** The 1-based line of the value at a key path, or of its nearest existing parent. */
	lineOf(path: KeyPath): number | undefined;
	/**
	 * The line of the key itself (`opening:`), where a block value starts on the line after it;
	 * for a list item, the item's line. Falls back to `lineOf`.
	 */
	keyLineOf(path: KeyPath): number | undefined;
}

const SYNTAX_HINT =
	'Controleer de inspringing (spaties, geen tabs) en zet tekst met een dubbele punt of een aanhalingsteken tussen dubbele aanhalingstekens.';

/**
 * Parses YAML text. `firstLine` is the file line the text starts on (frontmatter starts on
 * line 2), so reported lines match what the author sees in the editor. Never throws: text the
 * parser cannot handle safely (too deep, alias bombs) comes back as a problem with its line.
 */
export function parseYaml(source: string, file: string, firstLine = 1): ParsedYaml {
	const problem = (line: number, message: string, hint = SYNTAX_HINT): Problem => ({ file, line, message, hint, severity: 'error' });
	const unreadable = (line: number, message: string, hint?: string): ParsedYaml => ({
		value: undefined,
		problems: [problem(line, message, hint)],
		lineOf: () => undefined,
		keyLineOf: () => undefined
	});

	// The parser recurses per level and can run out of stack or memory long before it reports.
	const tooDeep = yamlTooDeep(source);
	if (tooDeep !== undefined) {
		return unreadable(
			tooDeep + firstLine - 1,
			`de YAML is te diep genest: meer dan ${MAX_YAML_NESTING} lijsten of blokken in elkaar`,
			'Schrijf de gegevens platter: zo diep genest is nooit nodig.'
		);
	}
	const lineCounter = new LineCounter();
	let doc: Document;
	try {
		// Duplicate keys are found below in one pass; the parser's own check compares every pair.
		doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false });
	} catch (error) {
		return unreadable(firstLine, `de YAML kan niet gelezen worden (${firstLineOf(error)})`);
	}
	const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const problems: Problem[] = doc.errors.map((error) =>
		problem(toFileLine(error.pos[0]), syntaxMessage(error.code, error.message))
	);
	problems.push(...keyProblems(doc).map(({ offset, message }) => problem(toFileLine(offset), message)));
	let value: unknown;
	if (problems.length === 0) {
		try {
			value = doc.toJS();
		} catch (error) {
			// The library refuses to expand anchors past a bound ("billion laughs"); say where.
			const alias = firstAliasOffset(doc);
			problems.push(
				alias === undefined
					? problem(firstLine, `de YAML kan niet gelezen worden (${firstLineOf(error)})`)
					: problem(
							toFileLine(alias),
							'de YAML verwijst te vaak naar een anker (&naam en *naam); zo kan een klein bestand onmeetbaar groot worden',
							'Schrijf de tekst gewoon uit in plaats van met & en * te verwijzen.'
						)
			);
		}
	}
	return {
		value: problems.length ? undefined : value,
		problems,
		lineOf: (path) => lineOfPath(doc, path, toFileLine),
		keyLineOf: (path) => lineOfKey(doc, path, toFileLine) ?? lineOfPath(doc, path, toFileLine)
	};
}

/** Keys that occur twice in one block, and keys that are not plain text. */
function keyProblems(doc: Document): { offset: number; message: string }[] {
	const found: { offset: number; message: string }[] = [];
	visit(doc, {
		Map(_, map) {
			const seen = new Set<string>();
			for (const { key } of map.items) {
				const node = key as Node | null;
				if (node === null || node === undefined) continue;
				if (!isScalar(node)) {
					found.push({ offset: node.range?.[0] ?? 0, message: 'een sleutel moet gewone tekst zijn, geen lijst of blok' });
					continue;
				}
				const name = String(node.value);
				if (seen.has(name)) found.push({ offset: node.range?.[0] ?? 0, message: syntaxMessage('DUPLICATE_KEY', '') });
				seen.add(name);
			}
		}
	});
	return found;
}

function firstAliasOffset(doc: Document): number | undefined {
	let offset: number | undefined;
	visit(doc, {
		Alias(_, node) {
			if (isAlias(node)) offset = node.range?.[0];
			return visit.BREAK;
		}
	});
	return offset;
}

function firstLineOf(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

function syntaxMessage(code: string, message: string): string {
	if (code === 'DUPLICATE_KEY') return 'deze sleutel staat twee keer in hetzelfde blok';
	if (code === 'TAB_AS_INDENT') return 'een tab wordt gebruikt om in te springen; YAML wil spaties';
	return `de YAML kan niet gelezen worden (${message.split('\n')[0]})`;
}

function lineOfPath(
	doc: Document,
	path: KeyPath,
	toFileLine: (offset: number) => number
): number | undefined {
	for (let length = path.length; length >= 0; length--) {
		const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
		const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
		if (range) return toFileLine(range[0]);
	}
	return undefined;
}

/**
 * Problems found in the value of a parsed file, each given its line from the key path where
 * the check that found it knew no line.
 */
export function withLines(problems: readonly Problem[], yaml: ParsedYaml): Problem[] {
	return problems.map((problem) => (problem.line === undefined && problem.path ? { ...problem, line: yaml.lineOf(problem.path) } : problem));
}

function lineOfKey(doc: Document, path: KeyPath, toFileLine: (offset: number) => number): number | undefined {
	const key = path.at(-1);
	if (key === undefined || typeof key === 'number') return undefined;
	const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
	if (!isMap(parent)) return undefined;
	const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
	const range = isScalar(pair?.key) ? pair.key.range : undefined;
	return range ? toFileLine(range[0]) : undefined;
}

export interface Frontmatter {
	yaml: ParsedYaml;
	/** The Markdown after the closing `---`. */
	body: string;
	/** The file line the body starts on. */
	bodyLine: number;
}

/** Splits `---` frontmatter from a Markdown file. Returns undefined when there is none. */
export function splitFrontmatter(source: string, file: string): Frontmatter | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
	if (!match) return undefined;
	const yamlText = match[1] ?? '';
	return {
		yaml: parseYaml(yamlText, file, 2),
		body: source.slice(match[0].length),
		bodyLine: match[0].split('\n').length
	};
}
