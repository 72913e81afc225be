/**
 * Problems found in course content. Every check in the project reports through this shape so
 * that authors get one list, in one pass, with the same layout everywhere:
 *
 *   modules/01-x/quiz.yaml:12 questions[2].answer: antwoord 3 bestaat niet (er zijn 3 opties: 0-2).
 *     → Tel vanaf 0: de eerste optie is 0.
 */

/** A key path inside a file: object keys and array indexes, as in `questions[2].answer`. */
export type KeyPath = readonly (string | number)[];

export type Severity = 'error' | 'warning';

export interface Problem {
	/** Path of the file relative to the project root, e.g. `modules/rubric.yaml`. */
	file: string;
	/** Where in the file, as a key path. Omitted for problems about the whole file. */
	path?: KeyPath;
	/** A readable place when a key path does not fit (e.g. `node opening, keuze 2`). */
	place?: string;
	/** 1-based line, when known (syntax errors, or looked up from the key path). */
	line?: number;
	/** What is wrong and what was expected, in plain Dutch. */
	message: string;
	/** How to fix it: a "did you mean", or a concrete instruction. */
	hint?: string;
	/** Errors fail the build; warnings are shown but do not. */
	severity: Severity;
}

/** Formats a key path like `nodes.opening.choices[1].next`. */
export function formatPath(path: KeyPath): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? key : `.${key}`;
	}
	return out;
}

/** One problem as one or two lines of text, for the terminal and the build log. */
export function formatProblem(problem: Problem): string {
	const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
	const place = [problem.path?.length ? formatPath(problem.path) : '', problem.place ?? '']
		.filter(Boolean)
		.join(', ');
	const label = problem.severity === 'warning' ? 'waarschuwing: ' : '';
	const head = `${where}${place ? ` ${place}` : ''}: ${label}${problem.message}`;
	return problem.hint ? `${head}\n  → ${problem.hint}` : head;
}

/** Sorts problems by file, then line, so the list reads top to bottom per file. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)
	);
}

/** The order `npm run validate` lists problems in: errors first, then warnings, each by file and line. */
export function inReportOrder(problems: readonly Problem[]): Problem[] {
	const sorted = sortProblems(problems);
	return [...sorted.filter((p) => p.severity === 'error'), ...sorted.filter((p) => p.severity === 'warning')];
}

/** Thrown by the build when content has errors; carries the whole list. */
export class ContentError extends Error {
	readonly problems: readonly Problem[];
	constructor(problems: readonly Problem[]) {
		const errors = problems.filter((p) => p.severity === 'error');
		super(
			`De cursusinhoud heeft ${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'}:\n\n` +
				sortProblems(errors).map(formatProblem).join('\n')
		);
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/**
 * Edit distance (insert, delete, substitute, swap two neighbours), for "did you mean"
 * suggestions. Swaps count as one edit because `titel` for `title` is the typical slip.
 */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, rows[i - 2]![j - 2]! + 1);
			}
			row[j] = best;
		}
		rows.push(row);
	}
	return rows[a.length]![b.length]!;
}

/**
 * The candidate nearest to `name`, if it is near enough to be a likely typo: at most a third
 * of the longer word's letters differ (the rule of thumb SvelteKit's config checks use too).
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	const lower = name.toLowerCase();
	for (const candidate of candidates) {
		const distance = editDistance(lower, candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	if (best === undefined) return undefined;
	return bestDistance <= Math.max(1, Math.floor(Math.max(name.length, best.length) / 3))
		? best
		: undefined;
}

/** `Bedoel je "x"?` when a near name exists, otherwise the fallback hint. */
export function didYouMean(
	name: string,
	candidates: Iterable<string>,
	fallback?: string
): string | undefined {
	const near = closest(name, candidates);
	return near === undefined ? fallback : `Bedoel je "${near}"?`;
}
