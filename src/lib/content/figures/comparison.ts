/**
 * `vergelijking`: a table that sets findings side by side, a row each, with the report's section
 * per row and, where the author gives one, a label from the fixed set in `badges.ts` saying what
 * kind of research it rests on. Text in a table stays text: it wraps, scrolls on a phone and is
 * read cell by cell, which a drawing of a table would not be.
 */
import { escapeHtml } from '../html';
import { BADGES, type BadgeId } from './badges';
import { tableFigure, type Cell, type FigureContext } from './frame';
import type { Comparison } from './schema';

export function renderComparison(figure: Comparison, context: FigureContext): string {
	const last = figure.columns.length - 1;
	const head = [...figure.columns, 'Bron'];
	const rows = figure.rows.map((row): Cell[] => [
		{ html: context.linked(row.cells[0]!), header: true },
		...row.cells.slice(1).map((cell, i) => ({ html: (i + 1 === last && row.badge ? `${badgeHtml(row.badge)} ` : '') + context.linked(cell) })),
		{ html: context.linked(row.source) }
	]);
	const used = [...new Set(figure.rows.flatMap((row) => (row.badge ? [row.badge] : [])))];
	const legend = used.length
		? `<dl class="fig-legend">${used.map((id) => `<div><dt>${badgeHtml(id)}</dt> <dd>${escapeHtml(BADGES[id].meaning)}</dd></div>`).join('')}</dl>`
		: '';
	return tableFigure(figure, context, { head, rows }, legend);
}

/** A label: its word, with its shape beside it as decoration. */
export function badgeHtml(id: BadgeId): string {
	const badge = BADGES[id];
	return (
		`<span class="fig-badge fig-badge-${id}"><svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">${badge.shape}</svg>` +
		`${escapeHtml(badge.label)}</span>`
	);
}
