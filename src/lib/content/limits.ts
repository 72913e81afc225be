/**
 * Bounds on what one content file may hold, checked on the raw text before any parser sees it.
 * The YAML and Markdown parsers recurse per level of nesting and some of their checks grow faster
 * than the text, so pathological input could hang or crash them; real content stays far below
 * every bound here (the largest file in the course is under 30 KB, nested at most three deep).
 */
import type { Problem } from './problems';

/** Most bytes in one content file. */
export const MAX_FILE_BYTES = 512 * 1024;
/** Why a file of `size` bytes is refused whole (larger than `MAX_FILE_BYTES`). */
export function fileTooLarge(file: string, size: number): Problem {
	return {
		file,
		message: `het bestand is te groot (${Math.round(size / 1024)} KB; de grens is ${MAX_FILE_BYTES / 1024} KB)`,
		hint: "Verdeel de inhoud over meer bestanden, zoals meer lessen of kleinere scenario's.",
		severity: 'error'
	};
}

/** Most lists and blocks inside each other in a YAML file. */
export const MAX_YAML_NESTING = 64;
/** Most quotes (`>`) and lists inside each other on one Markdown line. */
export const MAX_MARKDOWN_NESTING = 16;

/**
 * The first line (1-based) where YAML nests deeper than `MAX_YAML_NESTING`, by open flow brackets
 * (`[`, `{`) plus the block levels its indentation and `- ` markers stand for. A bracket inside
 * a quoted text counts too: this errs on the safe side, and no real text comes near the bound.
 */
export function yamlTooDeep(source: string): number | undefined {
	let open = 0;
	let line = 1;
	let atLineStart = true;
	for (let i = 0; i < source.length; i++) {
		const char = source[i]!;
		if (char === '\n') {
			line++;
			atLineStart = true;
			continue;
		}
		if (atLineStart) {
			atLineStart = false;
			// Each block level indents at least one column; `- - x` nests on one line.
			const prefix = /^(?:[ \t]|[-?:](?=[ \t]))*/.exec(source.slice(i, i + 4 * MAX_YAML_NESTING + 1))![0];
			if (blockLevels(prefix) + open > MAX_YAML_NESTING) return line;
		}
		if (char === '[' || char === '{') {
			if (++open > MAX_YAML_NESTING) return line;
		} else if ((char === ']' || char === '}') && open > 0) open--;
	}
	return undefined;
}

/** Block levels a YAML line prefix can open: one per two columns of indentation, one per marker. */
function blockLevels(prefix: string): number {
	let levels = 0;
	for (const char of prefix) levels += char === '\t' ? 2 : char === ' ' ? 0.5 : 1;
	return Math.floor(levels);
}

/**
 * The first line (1-based, counted from `firstLine`) whose quotes and lists nest deeper than
 * `MAX_MARKDOWN_NESTING`: `>` markers, list markers, and indentation (a nested list indents at
 * least two columns per level).
 */
export function markdownTooDeep(markdown: string, firstLine = 1): number | undefined {
	const lines = markdown.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const prefix = /^(?:[ \t]|>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))*/.exec(lines[i]!.slice(0, 4 * MAX_MARKDOWN_NESTING + 1))![0];
		let depth = 0;
		let columns = 0;
		for (const char of prefix) {
			if (char === ' ') columns += 1;
			else if (char === '\t') columns += 4;
			else if (char === '>' || char === '-' || char === '*' || char === '+' || char === '.' || char === ')') depth++;
		}
		if (depth + Math.floor(columns / 2) > MAX_MARKDOWN_NESTING) return firstLine + i;
	}
	return undefined;
}
