/**
 * Lesson Markdown -> HTML at build time, plus what the rest of the course needs from a lesson:
 * its sections (for search and anchors), its attributed quotes, its "Bronnen" line, and the
 * glossary terms it uses. Checks the lesson conventions of CONTENT-FORMAT.md on the way.
 */
import { Marked, type Token, type Tokens } from 'marked';
import { linkedPieces } from '../report/references';
import { unknownSectionProblems } from './sections';
import type { GlossaryTerm, LessonSection, Quote } from './types';
import { MAX_MARKDOWN_NESTING, markdownTooDeep } from './limits';
import { isAllowedImage, isAllowedLink } from './links';
import type { Problem } from './problems';
import { hasSpacedHyphen, spacedHyphenWarning } from './dashes';
import { escapeHtml, scrollingTable } from './html';
import { slugify } from './slug';
import { figureText, renderFigure, type Figure } from './figures';
import { readFigure } from './figures/fence';
import { createTermMatcher, type TermMatcher } from './terms';
import { termAnchor } from '../glossary/anchor';

export interface RenderedMarkdown {
	html: string;
	sections: LessonSection[];
	quotes: Quote[];
	/** Text after "Bronnen:" in the closing line, when there is one. */
	sources?: string;
	/** Ids of glossary terms the text uses (linked or not). */
	termsUsed: Set<string>;
	/** Ids of the glossary terms linked in the HTML, in order of first use. */
	termsLinked: string[];
	/** Anchors on the report page that the text links to (see report/references.ts). */
	reportAnchors: string[];
	/** How many ```figure blocks were drawn. */
	figures: number;
	problems: Problem[];
}

export interface RenderOptions {
	file: string;
	/** File line the Markdown starts on (after the frontmatter). */
	firstLine: number;
	glossary: readonly GlossaryTerm[];
	/** Lessons must end with a "Bronnen:" line; a module introduction need not. */
	requireSources: boolean;
	/** Link the first use of each glossary term to `/begrippen/`. */
	linkTerms: boolean;
	/**
	 * Refuse a § number the report does not have (lessons: every § there is a source). A module
	 * introduction may mention one, e.g. to say that the report has no §3.2; it is not linked.
	 */
	checkReferences?: boolean;
	/**
	 * Wrap quotes in a disclosure (open by default), so learners who prefer it can have quotes
	 * about abuse folded away. Used for lessons that carry a content note.
	 */
	foldQuotes?: boolean;
	/** Draw ```figure blocks (lessons); elsewhere such a block is refused. */
	figures?: boolean;
}

const SOURCES_LINE = /^\s*(?:\*\*)?Bronnen:(?:\*\*)?\s*/;
const ATTRIBUTION_LINE = /^\s*(?:—|--)\s*(.+)$/;
const GLOSSARY_LINK = /^\/begrippen\/#(.+)$/;
const HTML_HINT = 'Gebruik alleen Markdown: kopjes (##), lijsten, **vet**, citaten (>).';
const LINK_HINT =
	'Gebruik alleen links die beginnen met https://, http://, mailto:, tel:, / (een pagina van de cursus) of # (een kop op deze pagina).';
const FIGURE_FENCE = 'figure';
const IMAGE_HINT =
	'Gebruik alleen afbeeldingen van de cursus zelf, met een pad dat met / begint: een afbeelding van een andere website werkt niet offline en laat die website zien wie de cursus leest.';

/** Renders the Markdown; never throws: what cannot be rendered safely is a problem with its line. */
export function renderMarkdown(markdown: string, options: RenderOptions): RenderedMarkdown {
	const unrendered = (line: number, message: string, hint?: string): RenderedMarkdown => ({
		html: '',
		sections: [],
		quotes: [],
		// Read from the raw text, so the glossary is not reported unused because of this file.
		termsUsed: createTermMatcher(options.glossary).idsIn(markdown),
		termsLinked: [],
		reportAnchors: [],
		figures: 0,
		problems: [{ file: options.file, line, message, hint, severity: 'error' }]
	});
	// The Markdown parser recurses per level of nesting: thousands of levels overflow its stack,
	// hundreds take minutes. No lesson needs more than a few.
	const tooDeep = markdownTooDeep(markdown, options.firstLine);
	if (tooDeep !== undefined) {
		return unrendered(
			tooDeep,
			`deze regel is te diep genest: meer dan ${MAX_MARKDOWN_NESTING} citaten (>) of lijsten in elkaar`,
			'Gebruik hoogstens een paar niveaus citaat of lijst.'
		);
	}
	try {
		return render(markdown, options);
	} catch (error) {
		const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
		return unrendered(options.firstLine, `de Markdown kan niet gelezen worden (${reason})`, 'Vereenvoudig de opmaak van deze tekst.');
	}
}

function render(markdown: string, options: RenderOptions): RenderedMarkdown {
	const problems: Problem[] = [];
	const marked = new Marked({ gfm: true });
	const tokens = marked.lexer(markdown);
	const lineAt = lineFinder(markdown, options.firstLine);
	const problem = (offset: number, message: string, hint?: string) =>
		problems.push({ file: options.file, line: lineAt(offset), message, hint, severity: 'error' });
	const htmlLines = new Set<number>();

	const matcher = createTermMatcher(options.glossary);
	const glossaryIds = new Set(options.glossary.map((t) => t.id));
	const termsUsed = new Set<string>();
	const linked = new Set<string>();
	const reportAnchors = new Set<string>();
	/** Escaped text with its references to the report linked, and the rest passed to `other`. */
	const withReferences = (text: string, other: (plain: string) => string = escapeHtml) =>
		linkedPieces(text)
			.map((piece) => {
				if (!piece.anchor || !piece.href) return other(piece.text);
				reportAnchors.add(piece.anchor);
				return `<a class="ref" href="${piece.href}">${escapeHtml(piece.text)}</a>`;
			})
			.join('');

	if (options.checkReferences) {
		markdown.split('\n').forEach((line, i) => {
			problems.push(...unknownSectionProblems(line, options.file, { line: options.firstLine + i }));
		});
	}

	// Walk the top-level blocks once: sections, quotes, the sources line, and checks.
	const sections: LessonSection[] = [];
	const quotes: Quote[] = [];
	const headingIds = new Map<Tokens.Heading, string>();
	const uniqueId = uniqueIds();
	const quoteAttributions = new Map<Tokens.Blockquote, { text: string; attribution: string }>();
	let current: LessonSection = { id: '', title: '', text: '' };
	let offset = 0;
	let sourcesToken: Tokens.Paragraph | undefined;
	let sources: string | undefined;
	const contentTokens = tokens.filter((t) => t.type !== 'space');
	const last = contentTokens.at(-1);
	const figures = new Map<Tokens.Code, { figure: Figure; id: string; number: number }>();
	let figureCount = 0;
	/** Reads a ```figure block at the top level of the text; its problems carry their lines. */
	const readFigureToken = (token: Tokens.Code, start: number): Figure | undefined => {
		const fenceLine = lineAt(start + token.raw.length - token.raw.trimStart().length);
		const number = ++figureCount;
		if (!options.figures) {
			problem(start, 'een figuur hoort in een les, niet hier', 'Zet de figuur in een van de lessen van de module.');
			return undefined;
		}
		if (!/\n[ \t]*(?:`{3,}|~{3,})[ \t]*$/.test(token.raw.trimEnd())) {
			problem(start, 'de figuur is niet afgesloten', 'Sluit het blok af met een regel ``` direct na de gegevens van de figuur.');
			return undefined;
		}
		const read = readFigure(token.text, { file: options.file, fenceLine, number });
		problems.push(...read.problems);
		if (!read.figure) return undefined;
		figures.set(token, { figure: read.figure, id: uniqueId(`figuur-${number}`), number });
		return read.figure;
	};

	for (const token of tokens) {
		const start = offset;
		offset += token.raw.length;
		// HTML anywhere (a block, or inline in a paragraph, heading, list or quote): one report per line.
		marked.walkTokens([token], (inner) => {
			if (inner !== token && inner.type === 'code' && (inner as Tokens.Code).lang === FIGURE_FENCE) {
				problem(start + Math.max(0, token.raw.indexOf(inner.raw)), 'een figuur staat op zichzelf, niet in een lijst of citaat', 'Zet de regel ```figure aan het begin van de regel, met een witregel ervoor en erna.');
			}
			if (inner.type !== 'html') return;
			const offset = start + Math.max(0, token.raw.indexOf(inner.raw));
			if (htmlLines.has(lineAt(offset))) return;
			htmlLines.add(lineAt(offset));
			problem(offset, 'HTML in de tekst wordt niet overgenomen', HTML_HINT);
		});
		if (token.type === 'code' && (token as Tokens.Code).lang === FIGURE_FENCE) {
			const figure = readFigureToken(token as Tokens.Code, start);
			if (figure) current.text = joinText(current.text, figureText(figure));
			continue;
		}
		if (token.type === 'heading') {
			const heading = token as Tokens.Heading;
			if (heading.depth === 1) {
				problem(start, 'een kop met één # is niet nodig: de titel komt uit de frontmatter', 'Gebruik ## voor de kopjes in de les.');
			}
			if (hasSpacedHyphen(heading.text)) problems.push(spacedHyphenWarning(options.file, { line: lineAt(start) }));
			const id = uniqueId(slugify(heading.text) || 'deel');
			headingIds.set(heading, id);
			if (heading.depth <= 2) {
				pushSection(sections, current);
				current = { id, title: plainText(heading.tokens), text: '' };
				continue;
			}
		}
		if (token.type === 'blockquote') {
			const quote = splitAttribution(token as Tokens.Blockquote);
			if (!quote) {
				problem(start, 'een citaat (regel met >) zonder bronvermelding', 'Zet op de laatste regel van het citaat wie het zei, bijvoorbeeld: > — Interview 3');
			} else {
				quoteAttributions.set(token as Tokens.Blockquote, quote);
				quotes.push({ ...quote, sectionId: current.id });
			}
		}
		if (token === last && token.type === 'paragraph' && SOURCES_LINE.test(token.text)) {
			sourcesToken = token as Tokens.Paragraph;
			sources = token.text.replace(SOURCES_LINE, '').replace(/\*\*/g, '').trim();
			continue;
		}
		current.text = joinText(current.text, plainText([token]));
	}
	pushSection(sections, current);

	if (options.requireSources && sources === undefined) {
		problem(
			markdown.length,
			'de les eindigt niet met een regel "Bronnen: ..."',
			'Sluit de les af met de paragrafen uit het rapport, bijvoorbeeld: Bronnen: §1.2, §1.3; interview 4.'
		);
	} else if (options.requireSources && sources === '') {
		problem(markdown.length, 'de regel "Bronnen:" noemt geen bron', 'Noem de paragrafen uit het rapport, bijvoorbeeld: Bronnen: §2.2.');
	}

	for (const section of sections) for (const id of matcher.idsIn(section.text)) termsUsed.add(id);

	// Render with our conventions. Renderer methods run in document order, so a depth counter
	// is enough to know when text sits inside a heading or a link (no term links there).
	let noLinkDepth = 0;
	marked.use({
		renderer: {
			heading(token) {
				noLinkDepth++;
				const inner = this.parser.parseInline(token.tokens);
				noLinkDepth--;
				const id = headingIds.get(token) ?? slugify(token.text);
				return `<h${token.depth} id="${id}">${inner}</h${token.depth}>\n`;
			},
			blockquote(token) {
				const quote = quoteAttributions.get(token);
				if (!quote) return false;
				const figure =
					`<figure class="quote"><blockquote><p>${escapeHtml(quote.text)}</p></blockquote>` +
					`<figcaption>${withReferences(quote.attribution)}</figcaption></figure>`;
				if (!options.foldQuotes) return `${figure}\n`;
				// Folded, the summary says whose words these are; open, the caption says it.
				return `<details class="quote-fold" open><summary>Citaat<span class="quote-who"> (${escapeHtml(quote.attribution)})</span></summary>${figure}</details>\n`;
			},
			paragraph(token) {
				if (token !== sourcesToken) return false;
				return `<p class="sources"><strong>Bronnen:</strong> ${withReferences(sources ?? '')}</p>\n`;
			},
			link(token) {
				if (!isAllowedLink(token.href)) {
					problem(markdown.indexOf(token.raw), `de link "${shorten(token.href)}" gaat niet naar een toegestaan adres`, LINK_HINT);
					return this.parser.parseInline(token.tokens);
				}
				const target = GLOSSARY_LINK.exec(token.href)?.[1];
				if (target !== undefined && !glossaryIds.has(target)) {
					problem(markdown.indexOf(token.raw), `de link naar begrip "${target}" wijst naar een begrip dat niet in glossary.yaml staat`, 'Voeg het begrip toe aan modules/glossary.yaml of verwijder de link.');
				}
				noLinkDepth++;
				const inner = this.parser.parseInline(token.tokens);
				noLinkDepth--;
				// A term linked by hand is a term like the others (its explanation opens in place).
				if (target !== undefined && glossaryIds.has(target) && options.linkTerms && !linked.has(target)) {
					linked.add(target);
					return termLink(target, inner);
				}
				return `<a href="${escapeHtml(token.href)}">${inner}</a>`;
			},
			image(token) {
				if (!isAllowedImage(token.href)) {
					problem(markdown.indexOf(token.raw), `de afbeelding "${shorten(token.href)}" komt niet van de cursus zelf`, IMAGE_HINT);
					return escapeHtml(token.text);
				}
				const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
				return `<img src="${escapeHtml(token.href)}" alt="${escapeHtml(token.text)}"${title}>`;
			},
			// A table scrolls inside its own labelled region, so a phone never pans the whole page.
			table(token) {
				const row = (cells: Tokens.TableCell[]) => this.tablerow({ text: cells.map((cell) => this.tablecell(cell)).join('') });
				const body = token.rows.map(row).join('');
				const name = token.header.map((cell) => plainText(cell.tokens)).filter(Boolean).join(', ');
				return `${scrollingTable(name, `<table><thead>${row(token.header)}</thead>${body && `<tbody>${body}</tbody>`}</table>`)}\n`;
			},
			html(token) {
				return escapeHtml(token.text);
			},
			code(token) {
				const drawn = figures.get(token);
				if (drawn) return renderFigure(drawn.figure, { id: drawn.id, number: drawn.number, linked: (text) => withReferences(text) });
				// A figure that could not be read is reported; nothing of it is shown.
				return token.lang === FIGURE_FENCE ? '' : false;
			},
			text(token) {
				if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
				if (noLinkDepth > 0) return escapeHtml(token.text);
				return withReferences(token.text, (plain) => (options.linkTerms ? linkTerms(plain, matcher, linked) : escapeHtml(plain)));
			}
		}
	});
	const html = marked.parser(tokens);

	return { html, sections, quotes, sources, termsUsed, termsLinked: [...linked], reportAnchors: [...reportAnchors], figures: figures.size, problems };
}

/** The quote text and its attribution (the last line, starting with a dash), if there is one. */
function splitAttribution(token: Tokens.Blockquote): { text: string; attribution: string } | undefined {
	const lines = plainText(token.tokens).split('\n').map((l) => l.trim()).filter(Boolean);
	const attribution = ATTRIBUTION_LINE.exec(lines.at(-1) ?? '')?.[1]?.trim();
	if (!attribution || lines.length < 2) return undefined;
	return { text: lines.slice(0, -1).join(' '), attribution };
}

/** Escaped text with the first use of each glossary term wrapped in a link. */
function linkTerms(text: string, matcher: TermMatcher, linked: Set<string>): string {
	let html = '';
	let position = 0;
	for (const hit of matcher.find(text)) {
		if (linked.has(hit.id)) continue;
		linked.add(hit.id);
		html += escapeHtml(text.slice(position, hit.start));
		html += termLink(hit.id, escapeHtml(text.slice(hit.start, hit.end)));
		position = hit.end;
	}
	return html + escapeHtml(text.slice(position));
}

/**
 * A glossary term in a lesson: a link to its entry (without scripts), which the lesson page
 * turns into a button that opens the explanation in place. Its id lets "terug naar de les" on
 * the glossary page return to this very spot; a term is linked once per lesson, so it is unique.
 */
function termLink(termId: string, innerHtml: string): string {
	return `<a class="term" id="${termAnchor(termId)}" href="/begrippen/#${termId}">${innerHtml}</a>`;
}

/** Plain text of Markdown tokens, for search and snippets. */
export function plainText(tokens: readonly Token[]): string {
	let out = '';
	for (const token of tokens) {
		switch (token.type) {
			case 'space':
			case 'hr':
			case 'html':
				break;
			case 'br':
				out += '\n';
				break;
			case 'list':
				out = joinText(out, (token as Tokens.List).items.map((item) => plainText(item.tokens)).join('\n'));
				break;
			case 'table': {
				const table = token as Tokens.Table;
				const rows = [table.header, ...table.rows].map((row) => row.map((cell) => plainText(cell.tokens)).join(' · '));
				out = joinText(out, rows.join('\n'));
				break;
			}
			case 'paragraph':
			case 'heading':
			case 'blockquote':
				out = joinText(out, plainText((token as Tokens.Paragraph).tokens));
				break;
			default:
				if ('tokens' in token && Array.isArray(token.tokens)) out += plainText(token.tokens);
				else if ('text' in token && typeof token.text === 'string') out += token.text;
		}
	}
	return out;
}

function joinText(a: string, b: string): string {
	if (!b) return a;
	return a ? `${a}\n${b}` : b;
}

function pushSection(sections: LessonSection[], section: LessonSection) {
	if (section.id === '' && section.text.trim() === '') return;
	sections.push({ ...section, text: section.text.trim() });
}

/**
 * Ids for headings: `base`, or `base-2`, `base-3`, ... when taken. Each base remembers the number
 * it got to, so thousands of equal headings do not each count up from 2.
 */
function uniqueIds(): (base: string) => string {
	const used = new Set<string>();
	const next = new Map<string, number>();
	return (base) => {
		let id = base;
		let n = next.get(base) ?? 2;
		while (used.has(id)) id = `${base}-${n++}`;
		next.set(base, n);
		used.add(id);
		return id;
	};
}

/** A long address cut short for a message. */
function shorten(text: string): string {
	return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** 1-based file line of a character offset in the Markdown. */
function lineFinder(markdown: string, firstLine: number): (offset: number) => number {
	const lineStarts = [0];
	for (let i = 0; i < markdown.length; i++) if (markdown[i] === '\n') lineStarts.push(i + 1);
	return (offset) => {
		// The last line start at or before the offset, by binary search.
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const middle = Math.ceil((low + high) / 2);
			if (lineStarts[middle]! <= offset) low = middle;
			else high = middle - 1;
		}
		return firstLine + low;
	};
}
