/**
 * `domeinen`: one subject in the middle and the areas of life it reaches around it, each with a
 * few examples. Areas stand in two columns, left and right of the middle, joined to it by a line;
 * the order is the author's, read left column first, top to bottom.
 */
import { escapeHtml } from '../html';
import { drawnFigure, FIGURE_WIDTH, round, textLines, type FigureContext } from './frame';
import type { Domains } from './schema';
import { wrap } from './text';

const BOX = 136;
const RADIUS = 38;
const TITLE = 14;
const SMALL = 12.5;
const PAD = 8;
const GAP = 12;

type Domain = Domains['domains'][number];

export function renderDomains(figure: Domains, context: FigureContext): string {
	const boxes = figure.domains.map((domain) => {
		const label = wrap(domain.label, BOX - 2 * PAD, TITLE, true);
		const items = domain.items.map((item) => wrap(item, BOX - 2 * PAD - 9, SMALL));
		const height = 2 * PAD + label.length * 18 + 3 + items.reduce((n, lines) => n + lines.length * 15.5, 0);
		return { label, items, height };
	});
	const leftCount = Math.ceil(boxes.length / 2);
	const columns = [boxes.slice(0, leftCount), boxes.slice(leftCount)];
	const columnHeight = (column: typeof boxes) => column.reduce((n, box) => n + box.height, 0) + GAP * Math.max(0, column.length - 1);
	const height = Math.max(2 * RADIUS + 20, ...columns.map(columnHeight));
	const middle = { x: FIGURE_WIDTH / 2, y: height / 2 };

	const lines: string[] = [];
	const shapes: string[] = [];
	columns.forEach((column, side) => {
		const x = side === 0 ? 1 : FIGURE_WIDTH - BOX - 1;
		let y = (height - columnHeight(column)) / 2;
		for (const box of column) {
			const edge = { x: side === 0 ? BOX + 1 : FIGURE_WIDTH - BOX - 1, y: y + box.height / 2 };
			const angle = Math.atan2(edge.y - middle.y, edge.x - middle.x);
			lines.push(`<line x1="${round(edge.x)}" y1="${round(edge.y)}" x2="${round(middle.x + RADIUS * Math.cos(angle))}" y2="${round(middle.y + RADIUS * Math.sin(angle))}" class="fig-link"/>`);
			shapes.push(`<rect x="${x}" y="${round(y)}" width="${BOX}" height="${round(box.height)}" rx="6" class="fig-cell"/>`);
			shapes.push(textLines(box.label, x + PAD, y + PAD + TITLE, { size: TITLE, lineHeight: 18, className: 'fig-strong' }));
			let itemY = y + PAD + box.label.length * 18 + 3 + SMALL;
			for (const item of box.items) {
				shapes.push(`<circle cx="${x + PAD + 3}" cy="${round(itemY - 4)}" r="2" class="fig-dot"/>`);
				shapes.push(textLines(item, x + PAD + 9, itemY, { size: SMALL, lineHeight: 15.5 }));
				itemY += item.length * 15.5;
			}
			y += box.height + GAP;
		}
	});
	const center = wrap(figure.center, 2 * RADIUS - 10, 12, true);
	shapes.push(`<circle cx="${middle.x}" cy="${round(middle.y)}" r="${RADIUS}" class="fig-center"/>`);
	shapes.push(textLines(center, middle.x, middle.y - ((center.length - 1) * 16) / 2 + 4, { size: 12, lineHeight: 16, className: 'fig-strong', anchor: 'middle' }));

	const table = {
		head: ['Domein', 'Wat het rapport noemt', 'Bron'],
		rows: figure.domains.map((domain: Domain) => [
			{ html: escapeHtml(domain.label), header: true },
			{ html: domain.items.map((item) => context.linked(item)).join('; ') },
			{ html: context.linked(domain.source) }
		])
	};
	return drawnFigure(figure, context, { height, body: lines.join('') + shapes.join('') }, table);
}
