/**
 * The parts every figure shares: the `<figure>` around it with its number and title, the
 * drawing as inline SVG with `role="img"`, `<title>` and `<desc>`, the note and source below it,
 * and the same numbers as a real table ("Bekijk als tabel"). Colours come from classes that the
 * page's stylesheet maps to the course's colour tokens, so light, dark and print all follow.
 */
import { escapeHtml, scrollingTable } from '../html';

/**
 * The width every drawing is laid out for, in drawing units. Narrow enough that the text stays
 * readable on a phone (about 13 px there), and shown at most at the width where 15 units are
 * the size of the lesson's text (figures.css).
 */
export const FIGURE_WIDTH = 360;

/** The size of text in a drawing unless said otherwise (on the root, inherited: shorter pages). */
export const TEXT_SIZE = 15;

export interface FigureContext {
	/** Id of the figure on its page, unique there: `figuur-1`. */
	id: string;
	/** Its number in the lesson, shown as "Figuur 1". */
	number: number;
	/** A text escaped, with its references to the report linked (as in the lesson's own text). */
	linked(text: string): string;
}

/** A table cell: HTML, a header cell (`th`) or not, and how many columns it spans. */
export interface Cell {
	html: string;
	header?: boolean;
	span?: number;
}

export interface Table {
	/** Column headings; an empty one is the corner above row headings. */
	head: string[];
	rows: Cell[][];
}

/** The common outline of a figure: number and title, what is drawn, note, source. */
interface Shell {
	figure: { type: string; title: string; note?: string; source: string };
	context: FigureContext;
	body: string;
	after?: string;
}

function shell({ figure, context, body, after = '' }: Shell): string {
	const note = figure.note ? `<p class="fig-note">${context.linked(figure.note)}</p>` : '';
	return (
		`<figure class="fig fig-${figure.type}" id="${context.id}">` +
		`<figcaption class="fig-caption"><span class="fig-number">Figuur ${context.number}.</span> ${escapeHtml(figure.title)}</figcaption>` +
		body +
		note +
		`<p class="fig-source">Bron: ${context.linked(figure.source)}</p>` +
		after +
		'</figure>\n'
	);
}

/** A figure drawn as SVG, with its numbers in a table one click away. */
export function drawnFigure(
	figure: Shell['figure'] & { description: string },
	context: FigureContext,
	drawing: { height: number; defs?: string; body: string },
	table: Table
): string {
	const svg =
		`<svg class="fig-svg" viewBox="0 0 ${FIGURE_WIDTH} ${round(drawing.height)}" font-size="${TEXT_SIZE}" fill="currentColor" role="img" ` +
		`aria-labelledby="${context.id}-titel" aria-describedby="${context.id}-beschrijving" focusable="false">` +
		`<title id="${context.id}-titel">${escapeHtml(figure.title)}</title>` +
		`<desc id="${context.id}-beschrijving">${escapeHtml(figure.description)}</desc>` +
		(drawing.defs ? `<defs>${drawing.defs}</defs>` : '') +
		drawing.body +
		'</svg>';
	const data = `<details class="fig-data"><summary>Bekijk als tabel</summary>${tableHtml(figure.title, table)}</details>`;
	return shell({ figure, context, body: svg, after: data });
}

/** A figure that is a table itself (a comparison): the description is said, not drawn. */
export function tableFigure(figure: Shell['figure'] & { description: string }, context: FigureContext, table: Table, after = ''): string {
	const description = `<p class="visually-hidden" id="${context.id}-beschrijving">${escapeHtml(figure.description)}</p>`;
	return shell({ figure, context, body: description + tableHtml(figure.title, table, `${context.id}-beschrijving`), after });
}

/** A table in its own scrolling region, so a phone never pans the page (as lesson tables do). */
function tableHtml(title: string, table: Table, describedBy?: string): string {
	const cell = (c: Cell, scope: string) => {
		const span = c.span && c.span > 1 ? ` colspan="${c.span}"` : '';
		return c.header ? `<th scope="${scope}"${span}>${c.html}</th>` : `<td${span}>${c.html}</td>`;
	};
	const head = `<thead><tr>${table.head.map((h) => (h ? `<th scope="col">${escapeHtml(h)}</th>` : '<td></td>')).join('')}</tr></thead>`;
	const body = `<tbody>${table.rows.map((row) => `<tr>${row.map((c) => cell(c, 'row')).join('')}</tr>`).join('')}</tbody>`;
	const described = describedBy ? ` aria-describedby="${describedBy}"` : '';
	return scrollingTable(title, `<table${described}>${head}${body}</table>`);
}

/** Drawing coordinates with one decimal: enough for a screen, short in the page. */
export function round(value: number): number {
	return Math.round(value * 10) / 10;
}

/** Lines of text from a baseline, each line a `<tspan>`; `anchor` aligns them. */
export function textLines(
	lines: readonly string[],
	x: number,
	y: number,
	{ size, lineHeight, className = '', anchor }: { size: number; lineHeight: number; className?: string; anchor?: 'middle' | 'end' }
): string {
	const align = anchor ? ` text-anchor="${anchor}"` : '';
	const spans = lines.map((line, i) => `<tspan x="${round(x)}"${i ? ` dy="${lineHeight}"` : ''}>${escapeHtml(line)}</tspan>`).join('');
	const sized = size === TEXT_SIZE ? '' : ` font-size="${size}"`;
	return `<text y="${round(y)}"${sized}${className ? ` class="${className}"` : ''}${align}>${spans}</text>`;
}

/** "per 1.000" → "Per 1.000": a unit as a column heading. */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
