/**
 * Broken, odd and hostile content: the loader never hangs or throws, and names file, line and fix.
 * Each case here was once accepted silently, crashed the validator, or hung it.
 */
import { describe, expect, it } from 'vitest';
import { loadWith, moduleRenamed, validFiles } from './fixture';

const lesson = 'modules/01-basis/lessons/01-definitie.md';
/** Line 8 of the lesson: "Een kind kan verwaarloosd worden (§2)." */
const withLine8 = (text: string) => validFiles[lesson]!.replace('Een kind kan verwaarloosd worden (§2).', text);
const glossary = validFiles['modules/glossary.yaml']!;
const rubric = validFiles['modules/rubric.yaml']!;

const HTML_HINT = 'Gebruik alleen Markdown: kopjes (##), lijsten, **vet**, citaten (>).';
const LINK_HINT =
	'Gebruik alleen links die beginnen met https://, http://, mailto:, tel:, / (een pagina van de cursus) of # (een kop op deze pagina).';
const IMAGE_HINT =
	'Gebruik alleen afbeeldingen van de cursus zelf, met een pad dat met / begint: een afbeelding van een andere website werkt niet offline en laat die website zien wie de cursus leest.';

describe('YAML that would crash or exhaust the validator', () => {
	it('an alias bomb ("billion laughs") is a problem with its line, not a stack trace', async () => {
		let bomb = 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
		for (let i = 1; i < 10; i++) bomb += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
		const { course, messages } = await loadWith({ 'modules/glossary.yaml': glossary + bomb });
		expect(course).toBeUndefined();
		expect(messages).toEqual([
			'modules/glossary.yaml:10: de YAML verwijst te vaak naar een anker (&naam en *naam); zo kan een klein bestand onmeetbaar groot worden\n  → Schrijf de tekst gewoon uit in plaats van met & en * te verwijzen.'
		]);
	});

	it('deeply nested lists are refused before parsing, with the line', async () => {
		const deep = `extra: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
		const { messages } = await loadWith({ 'modules/glossary.yaml': glossary + deep });
		expect(messages).toEqual([
			'modules/glossary.yaml:9: de YAML is te diep genest: meer dan 64 lijsten of blokken in elkaar\n  → Schrijf de gegevens platter: zo diep genest is nooit nodig.'
		]);
	});

	it('a duplicate key is found in one pass, also among thousands of keys', async () => {
		const keys = Array.from({ length: 20_000 }, (_, i) => `    k${i}: ${i}`).join('\n');
		const started = performance.now();
		const { messages } = await loadWith({
			'modules/glossary.yaml': glossary.replace('    source: "§1.2"\n', `    source: "§1.2"\n    source: "§1.3"\n`) + `extra:\n${keys}\n`
		});
		expect(performance.now() - started).toBeLessThan(5_000);
		expect(messages[0]).toBe(
			'modules/glossary.yaml:5: deze sleutel staat twee keer in hetzelfde blok\n  → Controleer de inspringing (spaties, geen tabs) en zet tekst met een dubbele punt of een aanhalingsteken tussen dubbele aanhalingstekens.'
		);
	});

	it('a glossary term of thousands of characters (lessons are searched for every term at once)', async () => {
		const { messages } = await loadWith({ 'modules/glossary.yaml': glossary.replace('term: Jeugdwet', `term: "${'*'.repeat(50_000)}"`) });
		expect(messages).toEqual(['modules/glossary.yaml:2 terms[0].term: een begrip of andere vorm is hoogstens 80 tekens (een woord of korte woordgroep), deze heeft er 50000']);
	});

	it('a file larger than any content needs is refused whole', async () => {
		const { messages } = await loadWith({ 'modules/01-basis/quiz.yaml': `# ${'x'.repeat(600 * 1024)}\n` });
		expect(messages).toEqual([
			"modules/01-basis/quiz.yaml: het bestand is te groot (600 KB; de grens is 512 KB)\n  → Verdeel de inhoud over meer bestanden, zoals meer lessen of kleinere scenario's."
		]);
	});
});

describe('Markdown that would crash or stall the validator', () => {
	it('a 20,000-level block quote', async () => {
		const { messages } = await loadWith({ [lesson]: withLine8(`${'>'.repeat(20_000)} diep`) });
		expect(messages).toEqual([
			`${lesson}:8: deze regel is te diep genest: meer dan 16 citaten (>) of lijsten in elkaar\n  → Gebruik hoogstens een paar niveaus citaat of lijst.`
		]);
	});

	it('a list nested 400 deep, within a time bound', async () => {
		const list = Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- punt`).join('\n');
		const started = performance.now();
		const { messages } = await loadWith({ [lesson]: withLine8(list) });
		expect(performance.now() - started).toBeLessThan(5_000);
		expect(messages).toEqual([
			`${lesson}:24: deze regel is te diep genest: meer dan 16 citaten (>) of lijsten in elkaar\n  → Gebruik hoogstens een paar niveaus citaat of lijst.`
		]);
	});

	it('thousands of equal headings get distinct anchors quickly', async () => {
		const started = performance.now();
		const { course } = await loadWith({ [lesson]: withLine8('## Kop\n\n'.repeat(5_000)) });
		expect(performance.now() - started).toBeLessThan(5_000);
		const html = course!.modules[0]!.lessons[0]!.html;
		expect(html).toContain('<h2 id="kop-5000">Kop</h2>');
	});
});

describe('text that is not what it seems', () => {
	it('invalid UTF-8 is refused with the line of the first bad byte', async () => {
		const text = withLine8('Een kind kan verwaarloosd worden (§2) \u0000.');
		const bytes = Buffer.from(text, 'utf8');
		bytes[bytes.indexOf(0)] = 0xff;
		const { course, messages } = await loadWith({ [lesson]: bytes });
		expect(course).toBeUndefined();
		expect(messages).toEqual([
			`${lesson}:8: het bestand is geen geldige UTF-8-tekst: byte ${bytes.indexOf(0xff) + 1} kan niet gelezen worden\n  → Sla het bestand op als UTF-8 (in de meeste editors: Opslaan als… → Codering: UTF-8).`
		]);
	});

	it.each([
		['a lone continuation byte', [0xc3, 0x28]],
		['an encoded surrogate', [0xed, 0xa0, 0x80]],
		['a five-byte sequence', [0xf8, 0x88, 0x80, 0x80, 0x80]]
	])('%s in YAML', async (_, bad) => {
		const text = Buffer.from(validFiles['modules/01-basis/quiz.yaml']!, 'utf8');
		const at = text.indexOf('folder');
		const bytes = Buffer.concat([text.subarray(0, at), Buffer.from(bad), text.subarray(at)]);
		const { messages } = await loadWith({ 'modules/01-basis/quiz.yaml': bytes });
		expect(messages).toEqual([
			`modules/01-basis/quiz.yaml:3: het bestand is geen geldige UTF-8-tekst: byte ${at + 1} kan niet gelezen worden\n  → Sla het bestand op als UTF-8 (in de meeste editors: Opslaan als… → Codering: UTF-8).`
		]);
	});

	it('a byte order mark and Windows line ends are fine', async () => {
		const crlf = `\ufeff${validFiles[lesson]!.replace(/\n/g, '\r\n')}`;
		const { problems } = await loadWith({ [lesson]: crlf });
		expect(problems).toEqual([]);
	});

	it('inline HTML in a paragraph and a heading, not only as a block', async () => {
		const { messages } = await loadWith({ [lesson]: withLine8('Tekst <img src="/x.png"> tekst.\n\n## Kop <b>vet</b>') });
		expect(messages).toEqual([`${lesson}:8: HTML in de tekst wordt niet overgenomen\n  → ${HTML_HINT}`, `${lesson}:10: HTML in de tekst wordt niet overgenomen\n  → ${HTML_HINT}`]);
	});

	it('HTML inside a list or a quote', async () => {
		const { messages } = await loadWith({ [lesson]: withLine8('- punt <span>x</span>\n- <script>alert(1)</script>') });
		expect(messages).toEqual([`${lesson}:8: HTML in de tekst wordt niet overgenomen\n  → ${HTML_HINT}`, `${lesson}:9: HTML in de tekst wordt niet overgenomen\n  → ${HTML_HINT}`]);
	});
});

describe('links and images', () => {
	it.each([
		['[x](javascript:alert(1))', 'javascript:alert(1)'],
		['[x](JavaScript:alert(1))', 'JavaScript:alert(1)'],
		['<javascript:alert(1)>', 'javascript:alert(1)'],
		['[x](data:text/html,<script>alert(1)</script>)', 'data:text/html,<script>alert(1)</script>'],
		['[x](vbscript:msgbox)', 'vbscript:msgbox'],
		['[x](jav&#x61;script:alert(1))', 'jav&#x61;script:alert(1)'],
		['[x](//evil.example/)', '//evil.example/'],
		['[x](/\\evil.example/)', '/\\evil.example/'],
		['[x](pagina.html)', 'pagina.html'],
		['[x][ref]\n\n[ref]: javascript:alert(1)', 'javascript:alert(1)']
	])('refuses the link %s', async (markdown, href) => {
		const { course, messages } = await loadWith({ [lesson]: withLine8(markdown) });
		expect(course).toBeUndefined();
		expect(messages).toEqual([`${lesson}:8: de link "${href}" gaat niet naar een toegestaan adres\n  → ${LINK_HINT}`]);
	});

	it.each([
		['![x](https://evil.example/p.png)', 'https://evil.example/p.png'],
		['![x](javascript:alert(1))', 'javascript:alert(1)'],
		['![x](data:image/png;base64,iVBORw0KGgo=)', 'data:image/png;base64,iVBORw0KGgo=']
	])('refuses the image %s', async (markdown, src) => {
		const { messages } = await loadWith({ [lesson]: withLine8(markdown) });
		expect(messages).toEqual([`${lesson}:8: de afbeelding "${src}" komt niet van de cursus zelf\n  → ${IMAGE_HINT}`]);
	});

	it('refuses a hostile link in module.md too, and never writes it into the page', async () => {
		const file = 'modules/01-basis/module.md';
		const { messages } = await loadWith({ [file]: validFiles[file]!.replace('Een korte inleiding.', 'Een [korte](javascript:alert(1)) inleiding.') });
		expect(messages).toEqual([`${file}:8: de link "javascript:alert(1)" gaat niet naar een toegestaan adres\n  → ${LINK_HINT}`]);
	});

	it('accepts web, mail, phone, course and anchor links, and course images', async () => {
		const { course, problems } = await loadWith({
			[lesson]: withLine8(
				'[a](https://www.113.nl/) [b](http://example.org/) [c](mailto:info@example.org) [d](tel:0800-0113) [e](/pauze/) [f](#vormen) ![g](/favicon.svg) (§2).'
			)
		});
		expect(problems).toEqual([]);
		const html = course!.modules[0]!.lessons[0]!.html;
		for (const href of ['https://www.113.nl/', 'http://example.org/', 'mailto:info@example.org', 'tel:0800-0113', '/pauze/', '#vormen']) {
			expect(html).toContain(`<a href="${href}">`);
		}
		expect(html).toContain('<img src="/favicon.svg" alt="g">');
	});
});

describe('names that collide with JavaScript object internals', () => {
	const reserved = (name: string, what: string) =>
		`de naam "${name}" is gereserveerd: constructor, prototype, __proto__ en de andere namen die elk JavaScript-object al heeft, kunnen geen ${what} zijn`;

	it('a module folder', async () => {
		const { messages } = await loadWith(moduleRenamed('01-constructor'));
		expect(messages).toEqual([`modules/01-constructor: ${reserved('constructor', 'id')}\n  → Kies een andere naam, zoals 01-wat-is-kindermishandeling.`]);
	});

	it('a lesson file', async () => {
		const { messages } = await loadWith({ 'modules/01-basis/lessons/03-prototype.md': validFiles['modules/01-basis/lessons/02-vervolg.md']! });
		expect(messages).toEqual([`modules/01-basis/lessons/03-prototype.md: ${reserved('prototype', 'id')}\n  → Kies een andere naam, zoals 01-definitie.md.`]);
	});

	it('a scenario file', async () => {
		const { messages } = await loadWith({ 'modules/01-basis/scenarios/constructor.yaml': 'title: x\n' });
		expect(messages).toEqual([`modules/01-basis/scenarios/constructor.yaml: ${reserved('constructor', 'id')}\n  → Kies een andere naam, zoals intakegesprek.yaml.`]);
	});

	it('a rubric id', async () => {
		const { messages } = await loadWith({ 'modules/rubric.yaml': rubric.replace('id: regie', 'id: constructor') });
		expect(messages).toEqual([`modules/rubric.yaml:7 dimensions[1].id: ${reserved('constructor', 'id')}`]);
	});
});

describe('names that pass one by one but collide on a page', () => {
	it('two rubric dimensions with the same name', async () => {
		const { messages } = await loadWith({ 'modules/rubric.yaml': rubric.replace('name: Regie bij de cliënt', 'name: Doorvragen en checken') });
		expect(messages).toEqual([
			'modules/rubric.yaml:8 dimensions[1].name: naam "Doorvragen en checken" staat er twee keer in (ook op regel 3)\n  → Geef elke dimensie een eigen naam: de resultaten tonen ze naast elkaar.'
		]);
	});

	it('two glossary terms whose web addresses are the same', async () => {
		const { messages } = await loadWith({
			'modules/glossary.yaml': glossary + '  - term: Jeugdwét\n    explanation: Nog eens.\n    source: "§1.2"\n',
			[lesson]: withLine8('Een kind kan verwaarloosd worden (§2), zie de Jeugdwét.')
		});
		expect(messages).toEqual([
			'modules/glossary.yaml:9 terms[2].term: begrip "Jeugdwét" krijgt hetzelfde adres als "Jeugdwet" (/begrippen/#jeugdwet)\n  → Geef de begrippen namen die ook zonder accenten, hoofdletters en leestekens verschillen, of voeg ze samen.'
		]);
	});

	it('a glossary term without letters or digits', async () => {
		const { messages } = await loadWith({
			'modules/glossary.yaml': glossary + '  - term: "!!!"\n    explanation: Niets.\n    source: "§1.2"\n',
			[lesson]: withLine8('Een kind kan verwaarloosd worden (§2) !!!')
		});
		expect(messages).toEqual([
			'modules/glossary.yaml:9 terms[2].term: begrip "!!!" heeft geen letters of cijfers, dus geen adres op de begrippenpagina\n  → Gebruik een begrip met letters of cijfers.'
		]);
	});
});
