/**
 * Figures authored as data in lessons (a ```figure block), drawn at build time into the page:
 * inline SVG or a table, with a title, a description and the numbers as a table. No chart code
 * reaches the browser; the page's stylesheet colours them (`figures.css` next to this file).
 */
import { renderBarChart } from './bar-chart';
import { renderComparison } from './comparison';
import { renderDomains } from './domains';
import type { FigureContext } from './frame';
import { renderGrid } from './grid';
import { BADGES } from './badges';
import { dutchNumber } from './numbers';
import type { Figure } from './schema';

export { figureSchema, FIGURE_TYPES, type Figure, type FigureType } from './schema';
export type { FigureContext } from './frame';

export function renderFigure(figure: Figure, context: FigureContext): string {
	switch (figure.type) {
		case 'staafdiagram':
			return renderBarChart(figure, context);
		case 'vierveld':
			return renderGrid(figure, context);
		case 'vergelijking':
			return renderComparison(figure, context);
		case 'domeinen':
			return renderDomains(figure, context);
	}
}

/** What a figure says, as plain text: for search, so a figure is found like the text around it. */
export function figureText(figure: Figure): string {
	const lines = [figure.title, figure.description];
	switch (figure.type) {
		case 'staafdiagram':
			lines.push(...figure.bars.map((bar) => `${bar.label}: ${bar.display ?? `${dutchNumber(bar.value)} ${figure.unit}`}${bar.note ? ` (${bar.note})` : ''}`));
			break;
		case 'vierveld':
			lines.push(...figure.rows.flatMap((row) => row.cells.map((cell) => `${cell.title}${cell.text ? `: ${cell.text}` : ''}`)));
			if (figure.overlay) lines.push(`${figure.overlay.label}${figure.overlay.text ? `: ${figure.overlay.text}` : ''}`);
			break;
		case 'vergelijking':
			lines.push(...figure.rows.map((row) => [...row.cells, ...(row.badge ? [BADGES[row.badge].label] : [])].join(' · ')));
			break;
		case 'domeinen':
			lines.push(...figure.domains.map((domain) => `${domain.label}: ${domain.items.join(', ')}`));
			break;
	}
	if (figure.note) lines.push(figure.note);
	return lines.join('\n');
}
