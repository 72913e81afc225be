/**
 * Collects the problems of one scenario file. Every problem gets its key path (so the loader
 * can look up the line) and, derived from that path, a place in words for authors: choices and
 * rules are numbered from 1 there, as people count, while key paths count from 0.
 */
import type { KeyPath, Problem, Severity } from '../content/problems';

export interface Reporter {
	error(path: KeyPath, message: string, hint?: string): void;
	warning(path: KeyPath, message: string, hint?: string): void;
	/** Adds problems found elsewhere (e.g. by a schema), filling in the place. */
	add(problems: readonly Problem[]): void;
	readonly problems: Problem[];
	hasErrors(): boolean;
}

export function createReporter(file: string): Reporter {
	const problems: Problem[] = [];
	const push = (severity: Severity, path: KeyPath, message: string, hint?: string) =>
		problems.push(withPlace({ file, path, message, hint, severity }));
	return {
		error: (path, message, hint) => push('error', path, message, hint),
		warning: (path, message, hint) => push('warning', path, message, hint),
		add: (found) => problems.push(...found.map(withPlace)),
		problems,
		hasErrors: () => problems.some((p) => p.severity === 'error')
	};
}

function withPlace(problem: Problem): Problem {
	const complete = { ...problem, place: problem.place ?? placeOf(problem.path ?? []) };
	// Leave out what is not known, so problems compare and print cleanly.
	if (complete.hint === undefined) delete complete.hint;
	if (complete.path?.length === 0) delete complete.path;
	return complete;
}

/**
 * Where a key path points, in words: `node "opening", keuze 2` for
 * `['nodes', 'opening', 'choices', 1, 'next']`, `node "opening", regel 2 van respond` for
 * `['nodes', 'opening', 'respond', 'rules', 1]`, `rubric, dimensie 2` for `['rubric', 1]`,
 * `flags, vlag 1` for `['flags', 0]`.
 */
export function placeOf(path: KeyPath): string {
	const [section, key, list, index, replyRule] = path;
	if (section === undefined) return 'het hele scenario';
	if (section === 'rubric' && typeof key === 'number') return `rubric, dimensie ${key + 1}`;
	if (section === 'flags' && typeof key === 'number') return `flags, vlag ${key + 1}`;
	if (section !== 'nodes' || key === undefined) return 'bovenaan het bestand';
	const node = `node "${key}"`;
	if (list === 'respond' && index === 'rules' && typeof replyRule === 'number') return `${node}, regel ${replyRule + 1} van respond`;
	if (typeof index !== 'number') return node;
	if (list === 'choices') return `${node}, keuze ${index + 1}`;
	if (list === 'next') return `${node}, regel ${index + 1} van next`;
	return node;
}
