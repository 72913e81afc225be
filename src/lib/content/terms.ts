/**
 * Finds glossary terms in running text: whole words only, any case, longest term first (so
 * "complexe PTSS" wins over "PTSS"). Used to link terms in lessons and to check that every
 * glossary term is used somewhere in the course.
 */
import type { GlossaryTerm } from './types';

export interface TermHit {
	id: string;
	start: number;
	end: number;
}

export interface TermMatcher {
	/** Non-overlapping hits in reading order. */
	find(text: string): TermHit[];
	/** Ids of the terms that occur in the text. */
	idsIn(text: string): Set<string>;
}

export function createTermMatcher(terms: readonly GlossaryTerm[]): TermMatcher {
	const idByForm = new Map<string, string>();
	for (const term of terms) {
		for (const form of [term.term, ...term.aliases]) idByForm.set(form.toLowerCase(), term.id);
	}
	const forms = [...idByForm.keys()].sort((a, b) => b.length - a.length);
	if (forms.length === 0) return { find: () => [], idsIn: () => new Set() };
	// Letters and digits on either side mean we are inside a longer word.
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

	const find = (text: string): TermHit[] =>
		[...text.matchAll(pattern)].map((match) => ({
			id: idByForm.get(match[0].toLowerCase())!,
			start: match.index,
			end: match.index + match[0].length
		}));
	return { find, idsIn: (text) => new Set(find(text).map((hit) => hit.id)) };
}

export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
