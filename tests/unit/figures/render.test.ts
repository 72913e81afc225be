/**
 * The figure renderer: every drawn figure is an accessible image (role, title, description),
 * with the same numbers as a real table, and draws what the data says (bar lengths in
 * proportion, one cell per row and column, every domain).
 */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { figureSchema, figureText, renderFigure, type Figure } from '$lib/content/figures';
import { badgeHtml } from '$lib/content/figures/comparison';
import { dutchNumber, statedNumber } from '$lib/content/figures/numbers';
import { textWidth, wrap } from '$lib/content/figures/text';

const linked = (text: string) => `[${text}]`;
const context = { id: 'figuur-1', number: 1, linked };

function figure(data: Record<string, unknown>): Figure {
	return v.parse(figureSchema, data) as Figure;
}

const bars = figure({
	type: 'staafdiagram',
	title: 'Hoe vaak',
	description: 'Twee staven.',
	unit: 'miljoen euro per jaar',
	source: '§4.1',
	groups: ['Eén vorm', 'Samen'],
	bars: [
		{ label: 'Emotionele verwaarlozing', value: 3500, display: '€ 3,5 miljard', group: 'Eén vorm' },
		{ label: 'Lichamelijke mishandeling', value: 915, group: 'Eén vorm', note: 'per jaar' },
		{ label: 'Meerdere vormen', value: 4100, group: 'Samen', source: '§4.1' }
	]
});

/** The parts of an SVG string: attributes of one element by its tag and class. */
const rects = (html: string, className: string) =>
	[...html.matchAll(new RegExp(`<rect [^>]*class="${className}"[^>]*>`, 'g'))].map((m) => Number(/width="([\d.]+)"/.exec(m[0])![1]));

describe('every drawn figure', () => {
	const drawn: [string, Figure][] = [
		['staafdiagram', bars],
		[
			'vierveld',
			figure({
				type: 'vierveld',
				title: 'Het vormenschema',
				description: 'Twee bij twee.',
				source: '§2',
				columns: ['Commissie', 'Omissie'],
				rows: [
					{ label: 'Lichamelijk', cells: [{ title: 'Lichamelijke mishandeling', text: 'slaan', source: '§2.1' }, { title: 'Lichamelijke verwaarlozing' }] },
					{ label: 'Emotioneel', cells: [{ title: 'Emotionele mishandeling' }, { title: 'Emotionele verwaarlozing', text: 'geen warmte' }] }
				],
				overlay: { label: 'Seksueel misbruik', text: 'alle vier', source: '§2.5' }
			})
		],
		[
			'domeinen',
			figure({
				type: 'domeinen',
				title: 'Domeinen',
				description: 'Drie domeinen.',
				source: '§4',
				center: 'Late gevolgen',
				domains: [
					{ label: 'Psyche', items: ['depressie'], source: '§4.4' },
					{ label: 'Werk', items: ['ondergeschikte baan', 'korter bij één bedrijf'], source: '§4.1' },
					{ label: 'Samenleving', items: ['€ 3.000 per slachtoffer'], source: '§4.1' }
				]
			})
		]
	];

	it.each(drawn)('%s is an image with a title and a description that label it', (_, data) => {
		const html = renderFigure(data, context);
		expect(html).toMatch(/^<figure class="fig fig-\w+" id="figuur-1">/);
		expect(html).toContain('<svg class="fig-svg" viewBox="0 0 360 ');
		expect(html).toContain('role="img" aria-labelledby="figuur-1-titel" aria-describedby="figuur-1-beschrijving"');
		expect(html).toContain(`<title id="figuur-1-titel">${data.title}</title>`);
		expect(html).toContain(`<desc id="figuur-1-beschrijving">${data.description}</desc>`);
		expect(html).toContain(`<figcaption class="fig-caption"><span class="fig-number">Figuur 1.</span> ${data.title}</figcaption>`);
		expect(html).toContain(`<p class="fig-source">Bron: [${data.source}]</p>`);
		expect(html).toMatch(/<details class="fig-data"><summary>Bekijk als tabel<\/summary><div class="table-scroll" role="region" tabindex="0" aria-label="Tabel: [^"]+"><table><thead>/);
	});

	it('writes text as text: markup in a label is escaped, in the drawing and in the table', () => {
		const html = renderFigure(figure({ ...bars, bars: [{ label: '<b>x</b> & "y"', value: 1 }], groups: undefined }), context);
		expect(html).not.toContain('<b>');
		expect(html).toContain('&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;');
	});
});

describe('staafdiagram', () => {
	const html = renderFigure(bars, context);

	it('draws bars in proportion to their values, the largest across the room left by the numbers', () => {
		const widths = [...rects(html, 'fig-fill-0'), ...rects(html, 'fig-fill-1')].filter((w) => w !== 14);
		expect(widths).toHaveLength(3);
		const [verwaarlozing, lichamelijk, samen] = widths as [number, number, number];
		expect(verwaarlozing / samen).toBeCloseTo(3500 / 4100, 2);
		expect(lichamelijk / samen).toBeCloseTo(915 / 4100, 2);
	});

	it('shows each number beside its bar, as written in display or in Dutch notation', () => {
		expect(html).toMatch(/class="fig-value"><tspan x="[\d.]+">€ 3,5 miljard<\/tspan>/);
		expect(html).toMatch(/class="fig-value"><tspan x="[\d.]+">915<\/tspan>/);
		expect(html).toMatch(/class="fig-value"><tspan x="[\d.]+">4.100<\/tspan>/);
	});

	it('has a table with every bar: name, number (with the text beside the bar), group, note, source', () => {
		const table = html.slice(html.indexOf('<table>'));
		expect(table).toContain('<thead><tr><th scope="col">Onderdeel</th><th scope="col">Miljoen euro per jaar</th><th scope="col">Groep</th><th scope="col">Toelichting</th><th scope="col">Bron</th></tr></thead>');
		expect(table).toContain('<tr><th scope="row">Emotionele verwaarlozing</th><td>3.500 (€ 3,5 miljard)</td><td>Eén vorm</td><td>[]</td><td>[]</td></tr>');
		expect(table).toContain('<tr><th scope="row">Lichamelijke mishandeling</th><td>915</td><td>Eén vorm</td><td>[per jaar]</td><td>[]</td></tr>');
		expect(table).toContain('<tr><th scope="row">Meerdere vormen</th><td>4.100</td><td>Samen</td><td>[]</td><td>[§4.1]</td></tr>');
	});

	it('tells groups apart by pattern and names them in a legend: solid, then hatched', () => {
		expect(html).toContain('<pattern id="figuur-1-arcering"');
		expect(html).toMatch(/<rect x="0" y="[\d.]+" width="14" height="14" class="fig-fill-0"\/><text [^>]*><tspan x="20">Eén vorm<\/tspan>/);
		expect(html).toMatch(/<rect x="[\d.]+" y="[\d.]+" width="14" height="14" class="fig-fill-1" fill="url\(#figuur-1-arcering\)"\/><text [^>]*><tspan x="[\d.]+">Samen<\/tspan>/);
	});

	it('draws no bar for 0, and still shows the number', () => {
		const zero = renderFigure(figure({ ...bars, groups: undefined, bars: [{ label: 'Niets', value: 0 }, { label: 'Iets', value: 2 }] }), context);
		expect(rects(zero, 'fig-fill-0')).toHaveLength(1);
		expect(zero).toMatch(/class="fig-value"><tspan x="6">0<\/tspan>/);
	});
});

describe('vierveld', () => {
	const grid = figure({
		type: 'vierveld',
		title: 'Schema',
		description: 'Twee bij twee.',
		source: '§2',
		columns: ['Commissie', 'Omissie'],
		rows: [
			{ label: 'Lichamelijk', cells: [{ title: 'LM', text: 'slaan', source: '§2.1' }, { title: 'LV' }] },
			{ label: 'Emotioneel', cells: [{ title: 'EM' }, { title: 'EV' }] }
		],
		overlay: { label: 'Seksueel misbruik', text: 'alle vier', source: '§2.5' }
	});
	const html = renderFigure(grid, context);

	it('draws four cells, and the overlay as one band around them', () => {
		expect(html.match(/class="fig-cell"/g)).toHaveLength(4);
		expect(html.match(/class="fig-overlay"/g)).toHaveLength(1);
		for (const title of ['LM', 'LV', 'EM', 'EV', 'Seksueel misbruik', 'Commissie', 'Omissie', 'Lichamelijk', 'Emotioneel']) expect(html).toContain(`>${title}</tspan>`);
	});

	it('has a table of rows by columns, with the overlay as a row across both', () => {
		const table = html.slice(html.indexOf('<table>'));
		expect(table).toContain('<thead><tr><td></td><th scope="col">Commissie</th><th scope="col">Omissie</th></tr></thead>');
		expect(table).toContain('<tr><th scope="row">Lichamelijk</th><td><strong>LM</strong>: [slaan] ([§2.1])</td><td><strong>LV</strong></td></tr>');
		expect(table).toContain('<tr><th scope="row">Over alle vier</th><td colspan="2"><strong>Seksueel misbruik</strong>: [alle vier] ([§2.5])</td></tr>');
	});
});

describe('vergelijking', () => {
	const comparison = figure({
		type: 'vergelijking',
		title: 'Behandelingen',
		description: 'Een tabel.',
		source: '§5.1',
		columns: ['Probleem', 'Behandeling', 'Bewijs'],
		rows: [
			{ cells: ['Complexe PTSS', 'Individueel', 'Groep werkt minder'], badge: 'meta-analyse', source: '§5.1.5' },
			{ cells: ['PTSS', 'MBSR', '8 weken'], source: '§5.1.6' }
		]
	});
	const html = renderFigure(comparison, context);

	it('is a table with a caption, the description said to screen readers, and a source per row', () => {
		expect(html).toContain('<p class="visually-hidden" id="figuur-1-beschrijving">Een tabel.</p>');
		expect(html).toContain('<table aria-describedby="figuur-1-beschrijving"><thead><tr><th scope="col">Probleem</th><th scope="col">Behandeling</th><th scope="col">Bewijs</th><th scope="col">Bron</th></tr></thead>');
		expect(html).toContain(`<tr><th scope="row">[Complexe PTSS]</th><td>[Individueel]</td><td>${badgeHtml('meta-analyse')} [Groep werkt minder]</td><td>[§5.1.5]</td></tr>`);
		expect(html).toContain('<tr><th scope="row">[PTSS]</th><td>[MBSR]</td><td>[8 weken]</td><td>[§5.1.6]</td></tr>');
		expect(html).not.toContain('<svg class="fig-svg"');
	});

	it('marks a label with a word and a shape, and explains each label used once, below the table', () => {
		expect(badgeHtml('meta-analyse')).toMatch(/^<span class="fig-badge fig-badge-meta-analyse"><svg [^>]*aria-hidden="true"[^>]*>.*<\/svg>Meta-analyse<\/span>$/);
		expect(html.match(/<dt>/g)).toHaveLength(1);
		expect(html).toContain('<dd>Een studie die de resultaten van veel onderzoeken samen bekijkt.</dd>');
	});
});

describe('domeinen', () => {
	it('draws every domain with its examples, joined to the middle by a line each', () => {
		const data = figure({
			type: 'domeinen',
			title: 'Domeinen',
			description: 'Vijf domeinen.',
			source: '§4',
			center: 'Late gevolgen',
			domains: ['A', 'B', 'C', 'D', 'E'].map((label) => ({ label, items: [`voorbeeld ${label}`], source: '§4.1' }))
		});
		const html = renderFigure(data, context);
		expect(html.match(/class="fig-link"/g)).toHaveLength(5);
		expect(html.match(/class="fig-cell"/g)).toHaveLength(5);
		for (const label of ['A', 'B', 'C', 'D', 'E']) expect(html).toContain(`>voorbeeld ${label}</tspan>`);
		expect(html).toContain('<tr><th scope="row">E</th><td>[voorbeeld E]</td><td>[§4.1]</td></tr>');
	});
});

describe('figure text for search', () => {
	it('holds the title, description, every label with its number, and the note', () => {
		expect(figureText(bars).split('\n')).toEqual([
			'Hoe vaak',
			'Twee staven.',
			'Emotionele verwaarlozing: € 3,5 miljard',
			'Lichamelijke mishandeling: 915 miljoen euro per jaar (per jaar)',
			'Meerdere vormen: 4.100 miljoen euro per jaar'
		]);
	});
});

describe('text and numbers in drawings', () => {
	it('wraps words into lines no wider than asked, and breaks only a word too long for a line', () => {
		const lines = wrap('geen goede zorg voor gezondheid, voeding of onderdak', 140, 13);
		expect(lines.join(' ')).toBe('geen goede zorg voor gezondheid, voeding of onderdak');
		for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(140);
		expect(wrap('ervaringsdeskundigenbijeenkomst', 80, 15).every((line, i, all) => i === all.length - 1 || line.endsWith('-'))).toBe(true);
	});

	it('writes and reads numbers the Dutch way', () => {
		expect([3500, 0.915, 34, 1200000].map(dutchNumber)).toEqual(['3.500', '0,915', '34', '1.200.000']);
		expect(statedNumber('€ 3,5 miljard')).toEqual({ amount: 3.5e9, written: '3,5 miljard' });
		expect(statedNumber('bijna € 3.000 per jaar')).toEqual({ amount: 3000, written: '3.000' });
		expect(statedNumber('84%')).toEqual({ amount: 84, written: '84' });
		expect(statedNumber('ruim drie miljard')).toBeUndefined();
	});
});
