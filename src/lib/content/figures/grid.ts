/**
 * `vierveld`: two questions crossed, two rows by two columns, each cell a name with a short text.
 * Column names stand above the columns and each row's name above its row, so the cells keep the
 * full width of a phone. An overlay (like sexual abuse, which can take each of the four forms)
 * is a dashed band around all four cells with its own label below them, and a row of its own in
 * the table.
 */
import { escapeHtml } from '../html';
import { drawnFigure, FIGURE_WIDTH, round, textLines, type Cell, type FigureContext } from './frame';
import type { Grid } from './schema';
import { wrap } from './text';

const HEAD = 14;
const TITLE = 15;
const SMALL = 13;
const GAP = 8;
const PAD = 10;

type GridCell = Grid['rows'][number]['cells'][number];

export function renderGrid(figure: Grid, context: FigureContext): string {
	const inset = figure.overlay ? 10 : 0;
	const cellWidth = (FIGURE_WIDTH - 2 * inset - GAP) / 2;
	const columnX = [inset, inset + cellWidth + GAP];
	const parts: string[] = [];

	const heads = figure.columns.map((column) => wrap(column, cellWidth - 8, HEAD, true));
	const headHeight = Math.max(...heads.map((lines) => lines.length)) * 18 + 8;
	heads.forEach((lines, i) => parts.push(textLines(lines, columnX[i]! + cellWidth / 2, HEAD, { size: HEAD, lineHeight: 18, className: 'fig-strong', anchor: 'middle' })));

	const top = headHeight;
	let y = top + inset;
	for (const row of figure.rows) {
		const label = wrap(row.label, FIGURE_WIDTH - 2 * inset, HEAD, true);
		parts.push(textLines(label, inset, y + HEAD, { size: HEAD, lineHeight: 18, className: 'fig-muted fig-strong' }));
		y += label.length * 18 + 6;
		const cells = row.cells.map((cell) => cellLines(cell, cellWidth - 2 * PAD));
		const height = Math.max(...cells.map((c) => PAD * 2 + c.title.length * 19 + (c.text.length ? 4 + c.text.length * 17 : 0)));
		cells.forEach((cell, i) => {
			const x = columnX[i]!;
			parts.push(`<rect x="${round(x)}" y="${round(y)}" width="${round(cellWidth)}" height="${round(height)}" rx="6" class="fig-cell"/>`);
			parts.push(textLines(cell.title, x + PAD, y + PAD + TITLE, { size: TITLE, lineHeight: 19, className: 'fig-strong' }));
			if (cell.text.length) parts.push(textLines(cell.text, x + PAD, y + PAD + cell.title.length * 19 + 4 + SMALL, { size: SMALL, lineHeight: 17, className: 'fig-muted' }));
		});
		y += height + GAP;
	}
	y -= GAP;

	if (figure.overlay) {
		const label = wrap(figure.overlay.label, FIGURE_WIDTH - 2 * PAD, TITLE, true);
		const text = figure.overlay.text ? wrap(figure.overlay.text, FIGURE_WIDTH - 2 * PAD, SMALL) : [];
		const band = 8 + label.length * 19 + (text.length ? text.length * 17 + 2 : 0) + 6;
		parts.push(`<rect x="1" y="${top}" width="${FIGURE_WIDTH - 2}" height="${round(y - top + inset + band)}" rx="10" class="fig-overlay"/>`);
		parts.push(textLines(label, PAD, y + inset + 4 + TITLE, { size: TITLE, lineHeight: 19, className: 'fig-strong' }));
		if (text.length) parts.push(textLines(text, PAD, y + inset + 4 + label.length * 19 + 2 + SMALL, { size: SMALL, lineHeight: 17 }));
		y += inset + band;
	}

	return drawnFigure(figure, context, { height: y + 2, body: parts.join('') }, gridTable(figure, context));
}

function cellLines(cell: GridCell, width: number) {
	return { title: wrap(cell.title, width, TITLE, true), text: cell.text ? wrap(cell.text, width, SMALL) : [] };
}

/** Rows by columns as in the drawing; the overlay as a last row across both columns. */
function gridTable(figure: Grid, context: FigureContext) {
	const cellHtml = (cell: GridCell) =>
		`<strong>${escapeHtml(cell.title)}</strong>${cell.text ? `: ${context.linked(cell.text)}` : ''}${cell.source ? ` (${context.linked(cell.source)})` : ''}`;
	const rows: Cell[][] = figure.rows.map((row) => [{ html: escapeHtml(row.label), header: true }, ...row.cells.map((cell) => ({ html: cellHtml(cell) }))]);
	if (figure.overlay) {
		const { label, text, source } = figure.overlay;
		rows.push([
			{ html: 'Over alle vier', header: true },
			{ html: cellHtml({ title: label, text, source }), span: figure.columns.length }
		]);
	}
	return { head: ['', ...figure.columns], rows };
}
