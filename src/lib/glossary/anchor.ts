/**
 * The id of a glossary term's link in a lesson: set when the lesson is built (markdown.ts), and
 * used in the browser when the link becomes a button that opens the explanation in place.
 */
export const termAnchor = (termId: string) => `begrip-${termId}`;
