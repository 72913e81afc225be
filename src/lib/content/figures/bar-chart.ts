/**
 * `staafdiagram`: horizontal bars, each with its name above it and its number beside it, so
 * long Dutch names need no slanted axis and every number is read, not estimated. Bars in
 * different groups differ in pattern as well as in name (solid, hatched, outlined), never in
 * colour alone; the legend names the groups.
 */
import { escapeHtml } from '../html';
import { capitalise, drawnFigure, FIGURE_WIDTH, round, textLines, type Cell, type FigureContext } from './frame';
import { dutchNumber } from './numbers';
import type { BarChart } from './schema';
import { textWidth, wrap } from './text';

const LABEL = 15;
const SMALL = 13;
const BAR = 20;

export function renderBarChart(figure: BarChart, context: FigureContext): string {
	const groups = figure.groups ?? [];
	const values = figure.bars.map((bar) => bar.display ?? dutchNumber(bar.value));
	const valueRoom = Math.max(...values.map((text) => textWidth(text, LABEL, true))) + 10;
	const largest = Math.max(...figure.bars.map((bar) => bar.value));
	const scale = largest > 0 ? (FIGURE_WIDTH - valueRoom) / largest : 0;
	const hatch = `${context.id}-arcering`;
	const parts: string[] = [];
	let y = 0;

	const unitLines = wrap(capitalise(figure.unit), FIGURE_WIDTH, SMALL);
	parts.push(textLines(unitLines, 0, y + SMALL, { size: SMALL, lineHeight: 17, className: 'fig-muted' }));
	y += unitLines.length * 17 + 10;

	if (groups.length) {
		let x = 0;
		for (const [index, group] of groups.entries()) {
			const width = 22 + textWidth(group, SMALL) + 18;
			if (x > 0 && x + width > FIGURE_WIDTH) {
				x = 0;
				y += 22;
			}
			parts.push(`<rect x="${round(x)}" y="${y}" width="14" height="14" ${fill(index, hatch)}/>`);
			parts.push(textLines([group], x + 20, y + 12, { size: SMALL, lineHeight: 17 }));
			x += width;
		}
		y += 30;
	}

	figure.bars.forEach((bar, i) => {
		const label = wrap(bar.label, FIGURE_WIDTH, LABEL);
		parts.push(textLines(label, 0, y + LABEL, { size: LABEL, lineHeight: 19 }));
		y += label.length * 19;
		if (bar.note) {
			const note = wrap(bar.note, FIGURE_WIDTH, SMALL);
			parts.push(textLines(note, 0, y + SMALL, { size: SMALL, lineHeight: 17, className: 'fig-muted' }));
			y += note.length * 17;
		}
		y += 5;
		const length = bar.value > 0 ? Math.max(2, bar.value * scale) : 0;
		const group = bar.group === undefined ? 0 : groups.indexOf(bar.group);
		if (length > 0) parts.push(`<rect x="0" y="${round(y)}" width="${round(length)}" height="${BAR}" rx="2" ${fill(group, hatch)}/>`);
		parts.push(textLines([values[i]!], length + 6, y + BAR - 5, { size: LABEL, lineHeight: 19, className: 'fig-value' }));
		y += BAR + 18;
	});

	const defs = groups.length > 1 ? hatchPattern(hatch) : undefined;
	return drawnFigure(figure, context, { height: y - 12, defs, body: parts.join('') }, barTable(figure, context));
}

/** Group 1 solid, group 2 hatched, group 3 outlined: told apart without colour. */
function fill(group: number, hatch: string): string {
	if (group === 1) return `class="fig-fill-1" fill="url(#${hatch})"`;
	return `class="fig-fill-${group === 2 ? 2 : 0}"`;
}

function hatchPattern(id: string): string {
	return (
		`<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
		'<rect width="6" height="6" class="fig-hatch-ground"/><rect width="3" height="6" class="fig-hatch-line"/></pattern>'
	);
}

/** The bars as rows: name, number (with the text shown beside the bar), and what else is given. */
function barTable(figure: BarChart, context: FigureContext) {
	const has = (key: 'group' | 'note' | 'source') => figure.bars.some((bar) => bar[key] !== undefined);
	const head = ['Onderdeel', capitalise(figure.unit)];
	if (has('group')) head.push('Groep');
	if (has('note')) head.push('Toelichting');
	if (has('source')) head.push('Bron');
	const rows = figure.bars.map((bar) => {
		const value = dutchNumber(bar.value) + (bar.display && bar.display !== dutchNumber(bar.value) ? ` (${bar.display})` : '');
		const row: Cell[] = [{ html: escapeHtml(bar.label), header: true }, { html: escapeHtml(value) }];
		if (has('group')) row.push({ html: escapeHtml(bar.group ?? '') });
		if (has('note')) row.push({ html: context.linked(bar.note ?? '') });
		if (has('source')) row.push({ html: context.linked(bar.source ?? '') });
		return row;
	});
	return { head, rows };
}
