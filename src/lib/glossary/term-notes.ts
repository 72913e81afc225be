/**
 * Glossary terms that explain themselves where they stand. A lesson's terms are links to the
 * glossary page (so they work before and without scripts); in the browser each becomes a
 * disclosure: a button with `aria-expanded` that opens the explanation in the flow of the text,
 * at the end of the term's paragraph (nothing covers the text, nothing needs positioning, any
 * width works). Opening it moves focus into it; Escape, or the close button, folds it again and
 * puts focus back on the term. The note links to the full entry, with the way back to this spot
 * in the lesson.
 *
 * Everything is built with DOM nodes and textContent: course text is never parsed as HTML.
 */
import { url } from '../paths';
import { termAnchor } from './anchor';
import type { LinkedPiece } from '../report/references';

/** The blocks a term can stand in; its explanation opens at the end of the nearest one. */
const BLOCKS = 'p, li, td, th, dd, figcaption';

/** What the lesson page sends along for each term it uses (and nothing for the others). */
export interface TermNote {
	id: string;
	term: string;
	explanation: string;
	source: string;
}

/** The glossary page, with the way back to `back` (a path on this site). */
export function glossaryHref(termId: string, back: string): string {
	return `/begrippen/?van=${encodeURIComponent(back)}#${encodeURIComponent(termId)}`;
}

/**
 * Turns the term links inside `root` into disclosures; returns a function that puts the links
 * back (for a new lesson, or when the page goes).
 */
export function enhanceTerms(root: HTMLElement, notes: readonly TermNote[], lessonPath: string): () => void {
	const byId = new Map(notes.map((note) => [note.id, note]));
	const undo: (() => void)[] = [];
	for (const link of root.querySelectorAll<HTMLAnchorElement>('a.term')) {
		const id = decodeURIComponent(new URL(link.href, location.href).hash.slice(1));
		const note = byId.get(id);
		if (!note) continue;
		const { button, panel } = disclosure(link, note, lessonPath);
		link.replaceWith(button);
		// At the end of the term's paragraph (or list item, cell): the sentence stays whole.
		(button.closest(BLOCKS) ?? button.parentElement ?? root).append(panel);
		undo.push(() => {
			panel.remove();
			button.replaceWith(link);
		});
	}
	return () => undo.forEach((restore) => restore());
}

function disclosure(link: HTMLAnchorElement, note: TermNote, lessonPath: string) {
	const panelId = `${link.id || termAnchor(note.id)}-uitleg`;
	const button = element('button', 'term');
	button.type = 'button';
	// The link's id moves to the button, so "terug naar de les" still lands here.
	if (link.id) button.id = link.id;
	button.textContent = link.textContent;
	button.setAttribute('aria-expanded', 'false');
	button.setAttribute('aria-controls', panelId);

	// A span (shown as a block), because terms stand inside paragraphs and list items.
	const panel = element('span', 'term-note');
	panel.id = panelId;
	panel.hidden = true;
	const title = element('span', 'term-note-title');
	title.textContent = note.term;
	const explanation = element('span', 'term-note-text');
	explanation.textContent = note.explanation;
	const source = element('span', 'term-note-source');
	source.append(`Bron: ${note.source}`);
	// Its references become links once the linker has loaded (after the page, once).
	void import('../report/references').then(({ linkedPieces }) =>
		source.replaceChildren('Bron: ', ...referenceNodes(linkedPieces(note.source)))
	);
	const more = element('a', 'term-note-more');
	more.href = url(glossaryHref(note.id, `${lessonPath}#${button.id}`));
	more.textContent = `Meer over ${note.term} bij Begrippen`;
	const close = element('button', 'term-note-close');
	close.type = 'button';
	close.textContent = 'Sluiten';
	panel.append(title, explanation, source, more, close);

	// The note is reached at once (it may stand after more of the sentence), and named by its term.
	panel.tabIndex = -1;
	panel.setAttribute('role', 'group');
	panel.setAttribute('aria-label', `Uitleg: ${note.term}`);

	const setOpen = (open: boolean) => {
		button.setAttribute('aria-expanded', String(open));
		panel.hidden = !open;
		if (open) panel.focus();
	};
	const closeAndReturn = () => {
		setOpen(false);
		button.focus();
	};
	button.addEventListener('click', () => setOpen(panel.hidden));
	close.addEventListener('click', closeAndReturn);
	const onEscape = (event: KeyboardEvent) => {
		if (event.key !== 'Escape' || panel.hidden) return;
		event.preventDefault();
		closeAndReturn();
	};
	button.addEventListener('keydown', onEscape);
	panel.addEventListener('keydown', onEscape);
	return { button, panel };
}

/** A source line with its references to the report as links. */
function referenceNodes(pieces: LinkedPiece[]): (string | HTMLAnchorElement)[] {
	return pieces.map((piece) => {
		if (!piece.href) return piece.text;
		const link = element('a', 'ref');
		link.href = url(piece.href);
		link.textContent = piece.text;
		return link;
	});
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	return node;
}
