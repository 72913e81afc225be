/**
 * Figures in lessons are checked like all content: one pass, every problem with file, line and
 * place ("figuur 1"), and a message that says what to change.
 */
import { describe, expect, it } from 'vitest';
import { loadWith, validFiles } from '../content/fixture';

const lesson = 'modules/01-basis/lessons/01-definitie.md';

/** The fixture's first lesson with a figure block after its first paragraph: the fence is on line 6. */
function withFigure(yaml: string, fence = '```figure'): Record<string, string> {
	const text = validFiles[lesson]!.replace('staat een definitie (§1.2).\n', `staat een definitie (§1.2).\n\n${fence}\n${yaml}\`\`\`\n`);
	return { [lesson]: text };
}

const barChart = `type: staafdiagram
title: Hoe vaak
description: Twee staven.
unit: per 1.000
source: "§1.3"
bars:
  - { label: Officieel, value: 34 }
  - { label: Zelf verteld, value: 65 }
`;

describe('a valid figure', () => {
	it('is drawn in the lesson, numbered, and found by search with its section', async () => {
		const { course, problems } = await loadWith(withFigure(barChart));
		expect(problems).toEqual([]);
		const first = course!.modules[0]!.lessons[0]!;
		expect(first.html).toContain('<figure class="fig fig-staafdiagram" id="figuur-1"><figcaption class="fig-caption"><span class="fig-number">Figuur 1.</span> Hoe vaak</figcaption>');
		expect(first.html).toContain('<p class="fig-source">Bron: <a class="ref" href="/rapport/#p1-3">§1.3</a></p>');
		expect(first.reportAnchors).toContain('p1-3');
		expect(first.sections[0]!.text).toContain('Hoe vaak\nTwee staven.\nOfficieel: 34 per 1.000\nZelf verteld: 65 per 1.000');
		expect(first.sections[0]!.text).not.toContain('type: staafdiagram');
	});

	it('keeps its id apart from a heading with the same words', async () => {
		const files = withFigure(barChart);
		files[lesson] = files[lesson]!.replace('## Vormen', '## Figuur 1');
		const { course } = await loadWith(files);
		const html = course!.modules[0]!.lessons[0]!.html;
		expect(html).toContain('id="figuur-1"');
		expect(html).toContain('<h2 id="figuur-1-2">Figuur 1</h2>');
	});
});

describe('a figure with a problem', () => {
	it('an unknown type, with the nearest type', async () => {
		const { course, messages } = await loadWith(withFigure(barChart.replace('type: staafdiagram', 'type: staafdiagramm')));
		expect(course).toBeUndefined();
		expect(messages).toEqual([`${lesson}:7 type, figuur 1: onbekend figuurtype "staafdiagramm". Bedoel je "staafdiagram"?`]);
	});

	it('no type, with the types there are', async () => {
		const { messages } = await loadWith(withFigure(barChart.replace('type: staafdiagram\n', '')));
		expect(messages).toEqual([`${lesson}:7 figuur 1: "type" ontbreekt. Kies "staafdiagram", "vierveld", "vergelijking" of "domeinen".`]);
	});

	it('a missing source, and an unknown key with the near name', async () => {
		const { messages } = await loadWith(withFigure(barChart.replace('source: "§1.3"\n', '').replace('unit:', 'unti: x\nunit:')));
		expect(messages).toEqual([
			`${lesson}:7 figuur 1: "source" ontbreekt`,
			`${lesson}:10 unti, figuur 1: onbekende sleutel "unti". Bedoel je "unit"?`
		]);
	});

	it('a § the report does not have, at its line', async () => {
		const { messages } = await loadWith(withFigure(barChart.replace('source: "§1.3"', 'source: "§3.2"')));
		expect(messages).toEqual([
			`${lesson}:11: §3.2 staat niet in het rapport\n  → Noem een paragraaf die het rapport heeft (zie de pagina Het rapport, /rapport/); let op: het rapport heeft geen §3.2.`
		]);
	});

	it('a number beside a bar that is not its value, and a text beside a bar with no number', async () => {
		const { messages } = await loadWith(
			withFigure(
				barChart
					.replace('unit: per 1.000', 'unit: miljoen euro per jaar')
					.replace('{ label: Officieel, value: 34 }', '{ label: Officieel, value: 3400, display: "€ 3,5 miljard" }')
					.replace('{ label: Zelf verteld, value: 65 }', '{ label: Zelf verteld, value: 65, display: "ruim drie miljard" }')
			)
		);
		expect(messages).toEqual([
			`${lesson}:13 bars[0].display, figuur 1: display "€ 3,5 miljard" noemt 3,5 miljard, maar value is 3.400 (miljoen euro per jaar): de tekst en de staaf moeten hetzelfde getal zeggen`,
			`${lesson}:14 bars[1].display, figuur 1: display "ruim drie miljard" noemt geen getal: schrijf het getal in cijfers, zoals "€ 3,5 miljard"`
		]);
	});

	it('a value that is not a number, or below 0', async () => {
		const { messages } = await loadWith(withFigure(barChart.replace('value: 34', 'value: "34"').replace('value: 65', 'value: -1')));
		expect(messages).toEqual([
			`${lesson}:13 bars[0].value, figuur 1: verwacht een getal, gevonden de tekst "34"; schrijf het getal zonder punten of eenheid, zoals 3500`,
			`${lesson}:14 bars[1].value, figuur 1: -1 is kleiner dan 0: een staaf heeft een lengte van 0 of meer`
		]);
	});

	it('a group no bar uses, a bar without a group, and a group that is not declared', async () => {
		const { messages } = await loadWith(
			withFigure(
				barChart
					.replace('bars:', 'groups: [Officieel geteld, Zelf verteld, Anders]\nbars:')
					.replace('{ label: Officieel, value: 34 }', '{ label: Officieel, value: 34 }')
					.replace('{ label: Zelf verteld, value: 65 }', '{ label: Zelf verteld, value: 65, group: Zelf vertelt }')
			)
		);
		expect(messages).toEqual([
			`${lesson}:12 groups, figuur 1: groep "Officieel geteld" heeft geen staaf: haal hem weg of geef een staaf deze group`,
			`${lesson}:12 groups, figuur 1: groep "Zelf verteld" heeft geen staaf: haal hem weg of geef een staaf deze group`,
			`${lesson}:12 groups, figuur 1: groep "Anders" heeft geen staaf: haal hem weg of geef een staaf deze group`,
			`${lesson}:14 bars[0], figuur 1: deze staaf heeft geen group: kies uit "Officieel geteld", "Zelf verteld", "Anders"`,
			`${lesson}:15 bars[1].group, figuur 1: groep "Zelf vertelt" staat niet onder groups. Bedoel je "Zelf verteld"?`
		]);
	});

	it('a grid row with more cells than columns, and a grid with three columns', async () => {
		const grid = `type: vierveld
title: Schema
description: Twee bij twee.
source: "§2"
columns: [Commissie, Omissie]
rows:
  - label: Lichamelijk
    cells:
      - { title: LM }
      - { title: LV }
      - { title: Extra }
  - label: Emotioneel
    cells: [{ title: EM }, { title: EV }]
`;
		const { messages } = await loadWith(withFigure(grid));
		expect(messages).toEqual([`${lesson}:15 rows[0].cells, figuur 1: rij "Lichamelijk" heeft 3 vakken, maar er zijn 2 kolommen: geef elke rij één vak per kolom`]);
		const three = await loadWith(withFigure(grid.replace('[Commissie, Omissie]', '[Commissie, Omissie, Anders]')));
		expect(three.messages).toEqual([`${lesson}:11 columns, figuur 1: een vierveld heeft precies 2 kolommen, gevonden 3`]);
	});

	it('a comparison row with too few cells, and a label not in the set', async () => {
		const comparison = `type: vergelijking
title: Behandelingen
description: Een tabel.
source: "§5.1"
columns: [Probleem, Behandeling, Bewijs]
rows:
  - cells: [Complexe PTSS, Individueel]
    badge: meta analyse
    source: "§5.1.5"
`;
		const { messages } = await loadWith(withFigure(comparison));
		expect(messages).toEqual([
			`${lesson}:13 rows[0].cells, figuur 1: rij 1 heeft 2 vakken, maar er zijn 3 kolommen: geef elke rij één tekst per kolom`,
			`${lesson}:14 rows[0].badge, figuur 1: onbekend label "meta analyse". Bedoel je "meta-analyse"?`
		]);
	});

	it('YAML that cannot be read, at its line in the lesson', async () => {
		const { messages } = await loadWith(withFigure('type: staafdiagram\ntitle: "open\n'));
		expect(messages[0]).toMatch(new RegExp(`^${lesson}:\\d+ figuur 1: de YAML kan niet gelezen worden`));
	});

	it('a block that is not closed, a figure in a list, and a figure in a module introduction', async () => {
		const unclosed = await loadWith({ [lesson]: validFiles[lesson]!.replace('staat een definitie (§1.2).\n', 'staat een definitie (§1.2).\n\n```figure\ntype: staafdiagram\n') });
		expect(unclosed.messages).toContain(`${lesson}:6: de figuur is niet afgesloten\n  → Sluit het blok af met een regel \`\`\` direct na de gegevens van de figuur.`);
		const nested = await loadWith({ [lesson]: validFiles[lesson]!.replace('staat een definitie (§1.2).\n', `staat een definitie (§1.2).\n\n- een punt\n\n  \`\`\`figure\n${barChart.replace(/^/gm, '  ')}  \`\`\`\n`) });
		expect(nested.messages).toEqual([
			`${lesson}:6: een figuur staat op zichzelf, niet in een lijst of citaat\n  → Zet de regel \`\`\`figure aan het begin van de regel, met een witregel ervoor en erna.`
		]);
		const intro = await loadWith({ 'modules/01-basis/module.md': validFiles['modules/01-basis/module.md']!.replace('Een korte inleiding.', `Een korte inleiding.\n\n\`\`\`figure\n${barChart}\`\`\``) });
		expect(intro.messages).toEqual([`modules/01-basis/module.md:10: een figuur hoort in een les, niet hier\n  → Zet de figuur in een van de lessen van de module.`]);
	});
});
