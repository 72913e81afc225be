/**
 * YAML and frontmatter parsing that keeps positions, so every problem can name its line.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { KeyPath, Problem } from './problems';

export interface ParsedYaml {
	/** The parsed value; `undefined` when the text could not be read at all. */
	value: unknown;
	/** Syntax problems (with lines). */
	problems: Problem[];
	/** The 1-based line of the value at a key path, or of its nearest existing parent. */
	lineOf(path: KeyPath): number | undefined;
}

const SYNTAX_HINT =
	'Controleer de inspringing (spaties, geen tabs) en zet tekst met een dubbele punt of een aanhalingsteken tussen dubbele aanhalingstekens.';

/**
 * Parses YAML text. `firstLine` is the file line the text starts on (frontmatter starts on
 * line 2), so reported lines match what the author sees in the editor.
 */
export function parseYaml(source: string, file: string, firstLine = 1): ParsedYaml {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const problems: Problem[] = doc.errors.map((error) => ({
		file,
		line: toFileLine(error.pos[0]),
		message: syntaxMessage(error.code, error.message),
		hint: SYNTAX_HINT,
		severity: 'error'
	}));
	return {
		value: problems.length ? undefined : doc.toJS(),
		problems,
		lineOf: (path) => lineOfPath(doc, path, toFileLine)
	};
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
