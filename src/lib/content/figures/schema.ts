/**
 * What authors write in a ```figure block, per figure type, as valibot schemas with Dutch
 * messages. Besides the shapes, the checks that keep a figure honest: every row has a cell per
 * column, a grid is two by two, a bar's text names the same number as its value, groups and
 * labels are ones the figure declares. A `§` the report lacks is found with the lesson's other
 * references (markdown.ts), at its line.
 */
import * as v from 'valibot';
import { closest, didYouMean } from '../problems';
import { byType, describe, keyPath, optionalText, sameTwice, strictObject, text } from '../schema';
import { BADGE_IDS, type BadgeId } from './badges';
import { dutchNumber, sameAmount, statedNumber } from './numbers';

const source = text('een bron in het rapport, zoals "§1.3"');

/** The keys every figure has. */
const common = {
	type: v.string(),
	title: text('een titel'),
	description: text('een beschrijving in woorden voor wie de figuur niet ziet'),
	source,
	note: optionalText('een toelichting')
};

/** A list with at least `min` and at most `max` entries, said in words. */
const listOf = <T extends v.GenericSchema>(item: T, what: string, min: number, max: number) =>
	v.pipe(
		v.array(item, (issue) => `verwacht een lijst van ${what}, gevonden ${describe(issue.input)}`),
		v.minLength(min, min === 1 ? `noem minstens één ${what.replace(/(en|s)$/, '')}` : `noem minstens ${min} ${what}`),
		v.maxLength(max, (issue) => `hoogstens ${max} ${what} in één figuur, gevonden ${(issue.input as unknown[]).length}`)
	);

// ---- staafdiagram ------------------------------------------------------------------------

const barValue = v.pipe(
	v.number((issue) => `verwacht een getal, gevonden ${describe(issue.input)}; schrijf het getal zonder punten of eenheid, zoals 3500`),
	v.finite('verwacht een gewoon getal'),
	v.minValue(0, (issue) => `${issue.input} is kleiner dan 0: een staaf heeft een lengte van 0 of meer`),
	v.maxValue(1e12, 'dit getal is te groot voor een staaf; kies een grotere eenheid, zoals "miljoen euro"')
);

const barSchema = strictObject({
	label: text('een naam voor de staaf'),
	value: barValue,
	display: optionalText('het getal zoals het er staat, zoals "€ 3,5 miljard"'),
	note: optionalText('een toelichting'),
	group: optionalText('de naam van een groep uit groups'),
	source: v.optional(source)
});

export const barChartSchema = v.pipe(
	strictObject({
		...common,
		unit: text('een eenheid, zoals "per 1.000 kinderen"'),
		groups: v.optional(listOf(text('een groepsnaam'), 'groepen', 1, 3)),
		bars: listOf(barSchema, 'staven', 1, 12)
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const figure = dataset.value;
		const groups = figure.groups ?? [];
		const bars = figure.bars;
		bars.forEach((bar, i) => {
			if (groups.length && bar.group === undefined) {
				addIssue({ message: `deze staaf heeft geen group: kies uit ${groups.map((g) => `"${g}"`).join(', ')}`, path: keyPath(figure, ['bars', i]) });
			} else if (bar.group !== undefined && !groups.includes(bar.group)) {
				const near = closest(bar.group, groups);
				addIssue({
					message: groups.length
						? `groep "${bar.group}" staat niet onder groups. ${near ? `Bedoel je "${near}"?` : `Kies uit ${groups.map((g) => `"${g}"`).join(', ')}.`}`
						: `groep "${bar.group}" staat niet onder groups: noem de groepen eerst onder groups (hoogstens 3)`,
					path: keyPath(figure, ['bars', i, 'group'])
				});
			}
			if (bar.display !== undefined) {
				const stated = statedNumber(bar.display);
				if (!stated) {
					addIssue({ message: `display "${bar.display}" noemt geen getal: schrijf het getal in cijfers, zoals "€ 3,5 miljard"`, path: keyPath(figure, ['bars', i, 'display']) });
				} else if (!sameAmount(bar.value, figure.unit, stated.amount)) {
					addIssue({
						message: `display "${bar.display}" noemt ${stated.written}, maar value is ${dutchNumber(bar.value)} (${figure.unit}): de tekst en de staaf moeten hetzelfde getal zeggen`,
						path: keyPath(figure, ['bars', i, 'display'])
					});
				}
			}
		});
		for (const group of groups) {
			if (bars.some((bar) => bar.group === group)) continue;
			addIssue({ message: `groep "${group}" heeft geen staaf: haal hem weg of geef een staaf deze group`, path: keyPath(figure, ['groups']) });
		}
		sameTwice(bars.map((bar) => bar.label)).forEach((i) =>
			addIssue({ message: `staaf "${bars[i]!.label}" staat er twee keer in`, path: keyPath(figure, ['bars', i, 'label']) })
		);
	})
);

// ---- vierveld ----------------------------------------------------------------------------

const cellSchema = strictObject({
	title: text('de naam van het vak'),
	text: optionalText('een korte uitleg of voorbeelden'),
	source: v.optional(source)
});

export const gridSchema = v.pipe(
	strictObject({
		...common,
		columns: v.pipe(v.array(text('een kolomnaam'), 'verwacht een lijst met de namen van de 2 kolommen'), v.length(2, (issue) => `een vierveld heeft precies 2 kolommen, gevonden ${(issue.input as unknown[]).length}`)),
		rows: v.pipe(
			v.array(strictObject({ label: text('de naam van de rij'), cells: v.array(cellSchema, 'verwacht een lijst met de vakken van deze rij') }), 'verwacht een lijst met de 2 rijen'),
			v.length(2, (issue) => `een vierveld heeft precies 2 rijen, gevonden ${(issue.input as unknown[]).length}`)
		),
		overlay: v.optional(strictObject({ label: text('de naam van wat over alle vier de vakken gaat'), text: optionalText('een korte uitleg'), source: v.optional(source) }))
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const figure = dataset.value;
		// With other than two columns the rows can't be compared with them; that is said above.
		if (figure.columns.length !== 2) return;
		figure.rows.forEach((row, i) => {
			if (row.cells.length === figure.columns.length) return;
			addIssue({
				message: `rij "${row.label}" heeft ${row.cells.length} ${row.cells.length === 1 ? 'vak' : 'vakken'}, maar er zijn ${figure.columns.length} kolommen: geef elke rij één vak per kolom`,
				path: keyPath(figure, ['rows', i, 'cells'])
			});
		});
	})
);

// ---- vergelijking ------------------------------------------------------------------------

/** A label from the fixed set; checked with the rows (see below), so one pass finds all. */
const badge = v.pipe(
	v.string((issue) => `verwacht een label, gevonden ${describe(issue.input)}`),
	v.transform((id) => id as BadgeId)
);

export const comparisonSchema = v.pipe(
	strictObject({
		...common,
		columns: listOf(text('een kolomnaam'), 'kolommen', 2, 5),
		rows: listOf(strictObject({ cells: v.array(text('de tekst in een vak'), 'verwacht een lijst met een tekst per kolom'), badge: v.optional(badge), source }), 'rijen', 1, 30)
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const figure = dataset.value;
		figure.rows.forEach((row, i) => {
			if (row.badge !== undefined && !BADGE_IDS.includes(row.badge)) {
				addIssue({
					message: `onbekend label "${row.badge}". ${didYouMean(row.badge, BADGE_IDS) ?? `Kies uit ${BADGE_IDS.join(', ')}.`}`,
					path: keyPath(figure, ['rows', i, 'badge'])
				});
			}
			if (row.cells.length === figure.columns.length) return;
			addIssue({
				message: `rij ${i + 1} heeft ${row.cells.length} ${row.cells.length === 1 ? 'vak' : 'vakken'}, maar er zijn ${figure.columns.length} kolommen: geef elke rij één tekst per kolom`,
				path: keyPath(figure, ['rows', i, 'cells'])
			});
		});
	})
);

// ---- domeinen ----------------------------------------------------------------------------

export const domainsSchema = strictObject({
	...common,
	center: v.pipe(text('de tekst in het midden'), v.maxLength(24, 'de tekst in het midden is hoogstens 24 tekens: een paar woorden, zoals "Late gevolgen"')),
	domains: listOf(strictObject({ label: text('de naam van het domein'), items: listOf(text('een gevolg of voorbeeld'), 'voorbeelden', 1, 4), source }), 'domeinen', 2, 8)
});

// ---- all types -----------------------------------------------------------------------------

export const FIGURE_SCHEMAS = {
	staafdiagram: barChartSchema,
	vierveld: gridSchema,
	vergelijking: comparisonSchema,
	domeinen: domainsSchema
};

export type FigureType = keyof typeof FIGURE_SCHEMAS;
export const FIGURE_TYPES = Object.keys(FIGURE_SCHEMAS) as FigureType[];

export const figureSchema = byType('figuurtype', FIGURE_SCHEMAS);

export type BarChart = v.InferOutput<typeof barChartSchema> & { type: 'staafdiagram' };
export type Grid = v.InferOutput<typeof gridSchema> & { type: 'vierveld' };
export type Comparison = v.InferOutput<typeof comparisonSchema> & { type: 'vergelijking' };
export type Domains = v.InferOutput<typeof domainsSchema> & { type: 'domeinen' };
export type Figure = BarChart | Grid | Comparison | Domains;
