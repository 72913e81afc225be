/**
 * Titles and headings written with a spaced hyphen ("Complexe PTSS - individueel") where Dutch
 * typography has a dash ("Complexe PTSS – individueel"). A warning, not an error: the text
 * reads, it just looks unfinished in titles, tabs and search results.
 */
import type { KeyPath, Problem } from './problems';

export function hasSpacedHyphen(text: string): boolean {
	return /\s-\s/.test(text);
}

export function spacedHyphenWarning(file: string, where: { line?: number; path?: KeyPath }): Problem {
	return {
		file,
		...where,
		message: 'in deze titel staat een streepje met spaties ( - ) waar een gedachtestreepje (–) hoort',
		hint: 'Vervang " - " door " – " (en dash), of gebruik een dubbele punt.',
		severity: 'warning'
	};
}
