/**
 * A `§` in the course's text that the report does not have: an error, because every § links to
 * its part of the report. One wording for lessons, quiz and glossary files and scenarios.
 */
import { UNKNOWN_SECTION_HINT, unknownSections } from '../report/references';
import type { KeyPath, Problem } from './problems';

export function unknownSectionProblems(text: string, file: string, where: { line?: number; path?: KeyPath }): Problem[] {
	return unknownSections(text).map((section) => ({
		file,
		...where,
		message: `${section} staat niet in het rapport`,
		hint: UNKNOWN_SECTION_HINT,
		severity: 'error'
	}));
}
