/**
 * References to the source report in running text, found and turned into links to their entry
 * on the report page. One reader for every place that shows a reference: lessons (at build
 * time, in markdown.ts), and quiz explanations, scenario feedback and glossary sources (in the
 * browser, through SourceText.svelte), so a reference looks and links the same everywhere.
 *
 * What counts as a reference, as the course writes them:
 * - `§5.3`, `§2`: a chapter or section, linked when the report has it (there is no §3.2);
 * - `aanbeveling 7e`, `aanbevelingen 3, 8b en 11`: recommendations to professionals (2-12);
 *   with `aan lotgenoten` after the last number, that one is a recommendation to peers (1-6);
 * - `interview 4`, `interviews 2, 3 en 7`: the eleven interviews.
 * A number the report does not have stays plain text: a link never leads nowhere.
 */
import {
	interviewAnchor,
	isInterview,
	isPeer,
	isProfessional,
	isSection,
	peerAnchor,
	professionalAnchor,
	REPORT_PATH,
	sectionAnchor
} from './anchors';

/** A piece of a text: plain, or a reference with the anchor on the report page it links to. */
export interface TextPiece {
	text: string;
	/** Anchor id on the report page, for a reference the report has. */
	anchor?: string;
}

const NUMBER_LIST = String.raw`\d+[a-e]?(?:(?:\s*,\s*|\s+(?:en|of)\s+)\d+[a-e]?)*`;
const REFERENCE = new RegExp(
	String.raw`§\s?(\d+(?:\.\d+)*)` +
		String.raw`|\b(aanbeveling(?:en)?|interviews?)\s+(${NUMBER_LIST})(\s+aan\s+lotgenoten)?(?![\p{L}\p{N}])`,
	'giu'
);
const LISTED_NUMBER = /\d+[a-e]?/g;

/**
 * Which numbers of a list end "aan lotgenoten" are recommendations to peers: all of them after
 * "aanbevelingen" ("aanbevelingen 2 en 3 aan lotgenoten"); after "aanbeveling" only the last
 * ("aanbeveling 2, 7d en 6 aan lotgenoten": 2 and 7d are to professionals).
 */
function isPeerInList(word: string, toPeers: boolean, index: number, count: number): boolean {
	return toPeers && (/en$/i.test(word) || index === count - 1);
}

/** A numbered recommendation a text cites: its number, its letter ("7e"), and to whom. */
export interface RecommendationCitation {
	id: string;
	toPeers: boolean;
}

/** Every recommendation a text cites by number, in order (interviews and § left out). */
export function recommendationCitations(text: string): RecommendationCitation[] {
	return [...text.matchAll(REFERENCE)].flatMap(([, section, word, numbers, toPeers]) => {
		if (section !== undefined || word!.toLowerCase().startsWith('interview')) return [];
		const listed = [...numbers!.matchAll(LISTED_NUMBER)];
		return listed.map((item, i) => ({ id: item[0], toPeers: isPeerInList(word!, toPeers !== undefined, i, listed.length) }));
	});
}

/** The href of an anchor on the report page. */
export const reportHref = (anchor: string) => `${REPORT_PATH}#${anchor}`;

/** Splits a text into plain pieces and references to the report. */
export function linkReferences(text: string): TextPiece[] {
	const pieces: TextPiece[] = [];
	let position = 0;
	const plain = (end: number) => {
		if (end > position) pieces.push({ text: text.slice(position, end) });
		position = end;
	};
	const reference = (start: number, end: number, anchor: string | undefined) => {
		plain(start);
		pieces.push(anchor ? { text: text.slice(start, end), anchor } : { text: text.slice(start, end) });
		position = end;
	};

	for (const match of text.matchAll(REFERENCE)) {
		const [whole, section, word, numbers, toPeers] = match;
		const start = match.index;
		if (section !== undefined) {
			reference(start, start + whole.length, isSection(section) ? sectionAnchor(section) : undefined);
			continue;
		}
		// A list: each number is a link of its own; the first one carries the word before it.
		const interview = word!.toLowerCase().startsWith('interview');
		const listStart = start + whole.indexOf(numbers!, word!.length);
		const listed = [...numbers!.matchAll(LISTED_NUMBER)];
		listed.forEach((item, i) => {
			const n = Number.parseInt(item[0], 10);
			const peer = isPeerInList(word!, toPeers !== undefined, i, listed.length);
			const anchor = interview
				? isInterview(n) && interviewAnchor(n)
				: peer
					? isPeer(n) && peerAnchor(n)
					: isProfessional(n) && professionalAnchor(n);
			const itemStart = listStart + item.index;
			reference(i === 0 ? start : itemStart, itemStart + item[0].length, anchor || undefined);
		});
		plain(start + whole.length);
	}
	plain(text.length);
	return mergePlain(pieces);
}

/** The pieces of a text with the web address of each reference, ready to show as links. */
export function linkedPieces(text: string): LinkedPiece[] {
	return linkReferences(text).map((piece) => (piece.anchor ? { ...piece, href: reportHref(piece.anchor) } : piece));
}

export type LinkedPiece = TextPiece & { href?: string };

/** Joins neighbouring plain pieces (a reference the report lacks reads as plain text). */
function mergePlain(pieces: TextPiece[]): TextPiece[] {
	const merged: TextPiece[] = [];
	for (const piece of pieces) {
		const last = merged.at(-1);
		if (last && !last.anchor && !piece.anchor) last.text += piece.text;
		else merged.push({ ...piece });
	}
	return merged;
}

/** The anchors a text refers to, for "which lessons use this part of the report". */
export function referencedAnchors(text: string): string[] {
	return [...new Set(linkReferences(text).flatMap((piece) => (piece.anchor ? [piece.anchor] : [])))];
}

/** What authors are told about a § the report does not have. */
export const UNKNOWN_SECTION_HINT =
	'Noem een paragraaf die het rapport heeft (zie de pagina Het rapport, /rapport/); let op: het rapport heeft geen §3.2.';

/** `§` numbers in a text that the report does not have (for content checks). */
export function unknownSections(text: string): string[] {
	return [...text.matchAll(REFERENCE)].flatMap(([, section]) => (section !== undefined && !isSection(section) ? [`§${section}`] : []));
}
