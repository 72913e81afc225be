import { describe, expect, it } from 'vitest';
import { loadWith, validFiles } from './fixture';

const lesson = 'modules/01-basis/lessons/01-definitie.md';

describe('loadCourse on a valid course', () => {
	it('returns typed modules, lessons in order with numbers stripped, quiz and glossary', async () => {
		const { course, problems, stats } = await loadWith();
		expect(problems).toEqual([]);
		expect(stats).toEqual({ modules: 1, lessons: 2, questions: 1, scenarios: 0, glossaryTerms: 2 });
		const module = course!.modules[0]!;
		expect(module.id).toBe('basis');
		expect(module.number).toBe(1);
		expect(module.lessons.map((l) => l.id)).toEqual(['definitie', 'vervolg']);
		expect(module.quiz!.questions[0]).toMatchObject({ type: 'keuze', options: ['In de Jeugdwet', 'In een folder'], answers: [0] });
		expect(course!.glossary.map((t) => t.id)).toEqual(['jeugdwet', 'verwaarlozing']);
	});

	it('renders quotes as quotation with source, links the first use of a term, and splits sections', async () => {
		const { course } = await loadWith();
		const first = course!.modules[0]!.lessons[0]!;
		expect(first.html).toContain(
			'<figure class="quote"><blockquote><p>Je weet niet dat het niet normaal is.</p></blockquote><figcaption><a class="ref" href="/rapport/#interview-10">Interview 10</a></figcaption></figure>'
		);
		expect(first.html).toContain('<a class="term" id="begrip-jeugdwet" href="/begrippen/#jeugdwet">Jeugdwet</a>');
		expect(first.html).toContain('<a class="term" id="begrip-verwaarlozing" href="/begrippen/#verwaarlozing">verwaarloosd</a>');
		expect(first.html).toContain('<h2 id="vormen">Vormen</h2>');
		expect(first.html).toContain(
			'<p class="sources"><strong>Bronnen:</strong> <a class="ref" href="/rapport/#p1-2">§1.2</a>, <a class="ref" href="/rapport/#p2">§2</a>.</p>'
		);
		expect(first.sources).toBe('§1.2, §2.');
		expect(first.sections.map((s) => s.id)).toEqual(['', 'vormen']);
		expect(first.quotes).toEqual([{ text: 'Je weet niet dat het niet normaal is.', attribution: 'Interview 10', sectionId: 'vormen' }]);
	});

	it('links references to the report in the text, and keeps which parts of the report a lesson uses', async () => {
		const { course } = await loadWith();
		const first = course!.modules[0]!.lessons[0]!;
		expect(first.html).toContain('In de <a class="term" id="begrip-jeugdwet" href="/begrippen/#jeugdwet">Jeugdwet</a> staat een definitie (<a class="ref" href="/rapport/#p1-2">§1.2</a>).');
		expect(first.reportAnchors).toEqual(['p1-2', 'p2', 'interview-10']);
		expect(first.terms).toEqual(['jeugdwet', 'verwaarlozing']);
	});

	it('links no reference inside a heading, and none the report does not have', async () => {
		const { course, problems } = await loadWith({
			'modules/01-basis/module.md': validFiles['modules/01-basis/module.md']!.replace('Een korte inleiding.', 'Het rapport heeft geen §3.2, wel §3.3.'),
			'modules/01-basis/lessons/02-vervolg.md': validFiles['modules/01-basis/lessons/02-vervolg.md']!.replace('Meer over', '## Over §2\n\nMeer over')
		});
		expect(problems).toEqual([]);
		const module = course!.modules[0]!;
		expect(module.introHtml).toBe('<p>Het rapport heeft geen §3.2, wel <a class="ref" href="/rapport/#p3-3">§3.3</a>.</p>\n');
		expect(module.lessons[1]!.html).toContain('<h2 id="over-2">Over §2</h2>');
	});
});

describe('loadCourse beside the content', () => {
	it('leaves notes for authors in modules/ (README.md, REVIEW-NOTES.md) out of the course', async () => {
		const { course, problems } = await loadWith({
			'modules/README.md': '# Voor auteurs\n',
			'modules/REVIEW-NOTES.md': '# Reviewnotities\n\n- 1.1: bron aangepast.\n'
		});
		expect(problems).toEqual([]);
		expect(course!.modules.map((m) => m.id)).toEqual(['basis']);
	});

	it('still refuses any other file in modules/', async () => {
		const { messages } = await loadWith({ 'modules/NOTES.md': 'x' });
		expect(messages).toEqual([
			'modules/NOTES.md: onbekend bestand in modules/\n  → Alleen rubric.yaml, glossary.yaml, README.md, REVIEW-NOTES.md en mappen per module horen hier.'
		]);
	});
});

describe('loadCourse warns about typography that still builds', () => {
	it('a spaced hyphen in a lesson title or heading, where a dash belongs', async () => {
		const { course, messages } = await loadWith({
			'modules/01-basis/lessons/02-vervolg.md': validFiles['modules/01-basis/lessons/02-vervolg.md']!
				.replace('title: Vervolg', 'title: Vervolg - meer')
				.replace('Meer over', '## Vormen - kort\n\nMeer over')
		});
		expect(course).toBeDefined();
		const hint = '\n  → Vervang " - " door " – " (en dash), of gebruik een dubbele punt.';
		const message = 'waarschuwing: in deze titel staat een streepje met spaties ( - ) waar een gedachtestreepje (–) hoort';
		expect(messages).toEqual([
			`modules/01-basis/lessons/02-vervolg.md:2 title: ${message}${hint}`,
			`modules/01-basis/lessons/02-vervolg.md:4: ${message}${hint}`
		]);
	});

	it('not an en dash, nor a hyphen inside a word', async () => {
		const { problems } = await loadWith({
			'modules/01-basis/lessons/02-vervolg.md': validFiles['modules/01-basis/lessons/02-vervolg.md']!.replace('title: Vervolg', 'title: Vervolg – co-morbiditeit')
		});
		expect(problems).toEqual([]);
	});
});

describe('loadCourse refuses broken content with a message an author can act on', () => {
	it('a § the report does not have, in a lesson, a quiz, the glossary or the rubric', async () => {
		const { course, messages } = await loadWith({
			'modules/01-basis/lessons/02-vervolg.md': validFiles['modules/01-basis/lessons/02-vervolg.md']!.replace('(§2)', '(§3.2)'),
			'modules/01-basis/quiz.yaml': validFiles['modules/01-basis/quiz.yaml']!.replace('source: "§1.2"', 'source: "§1.4"'),
			'modules/glossary.yaml': validFiles['modules/glossary.yaml']!.replace('source: "§2"', 'source: "§9"'),
			'modules/rubric.yaml': validFiles['modules/rubric.yaml']!.replace('(§8)"\n  - id: regie', '(§8.1)"\n  - id: regie')
		});
		expect(course).toBeUndefined();
		const hint = '\n  → Noem een paragraaf die het rapport heeft (zie de pagina Het rapport, /rapport/); let op: het rapport heeft geen §3.2.';
		expect(messages).toEqual([
			`modules/01-basis/lessons/02-vervolg.md:4: §3.2 staat niet in het rapport${hint}`,
			`modules/01-basis/quiz.yaml:6 questions[0].source: §1.4 staat niet in het rapport${hint}`,
			`modules/glossary.yaml:8 terms[1].source: §9 staat niet in het rapport${hint}`,
			`modules/rubric.yaml:6 dimensions[0].source: §8.1 staat niet in het rapport${hint}`
		]);
	});

	it('an unknown key, with the near name', async () => {
		const { course, messages } = await loadWith({
			'modules/01-basis/module.md': validFiles['modules/01-basis/module.md']!.replace('summary:', 'sumary:')
		});
		expect(course).toBeUndefined();
		expect(messages).toEqual([
			'modules/01-basis/module.md:2: "summary" ontbreekt',
			'modules/01-basis/module.md:3 sumary: onbekende sleutel "sumary". Bedoel je "summary"?'
		]);
	});

	it('an empty title', async () => {
		const { messages } = await loadWith({ [lesson]: validFiles[lesson]!.replace('title: De definitie', 'title: ""') });
		expect(messages).toEqual([`${lesson}:2 title: mag niet leeg zijn`]);
	});

	it('a quiz answer index out of range', async () => {
		const { messages } = await loadWith({
			'modules/01-basis/quiz.yaml': validFiles['modules/01-basis/quiz.yaml']!.replace('answer: 0', 'answer: 2')
		});
		expect(messages).toEqual([
			'modules/01-basis/quiz.yaml:4 questions[0].answer: antwoord 2 bestaat niet: er zijn 2 opties, genummerd 0 tot en met 1'
		]);
	});

	it('a glossary term twice', async () => {
		const { messages } = await loadWith({
			'modules/glossary.yaml': validFiles['modules/glossary.yaml'] + '  - term: jeugdwet\n    explanation: Nog eens.\n    source: "§1.2"\n'
		});
		expect(messages).toEqual([
			'modules/glossary.yaml:9 terms[2].term: begrip "jeugdwet" staat er twee keer in (ook op regel 2)\n  → Haal een van beide weg of voeg ze samen.'
		]);
	});

	it('duplicate lesson ids after the numbers are stripped', async () => {
		const { messages } = await loadWith({ 'modules/01-basis/lessons/03-definitie.md': validFiles[lesson]! });
		expect(messages).toEqual([
			'modules/01-basis/lessons/03-definitie.md: dezelfde naam als 01-definitie.md: namen zonder nummer moeten verschillen\n  → Geef een van beide een andere naam.'
		]);
	});

	it('a YAML syntax error, with its line', async () => {
		const { messages } = await loadWith({ 'modules/01-basis/quiz.yaml': 'questions:\n  - prompt: "open\n    options: [a\n' });
		expect(messages[0]).toMatch(/^modules\/01-basis\/quiz\.yaml:\d+: de YAML kan niet gelezen worden/);
		expect(messages[0]).toContain('→ Controleer de inspringing');
	});

	it('a lesson without a Bronnen line', async () => {
		const { messages } = await loadWith({ [lesson]: validFiles[lesson]!.replace('Bronnen: §1.2, §2.\n', '') });
		expect(messages).toEqual([
			`${lesson}:13: de les eindigt niet met een regel "Bronnen: ..."\n  → Sluit de les af met de paragrafen uit het rapport, bijvoorbeeld: Bronnen: §1.2, §1.3; interview 4.`
		]);
	});

	it('a block quote without attribution', async () => {
		const { messages } = await loadWith({ [lesson]: validFiles[lesson]!.replace('> — Interview 10\n', '') });
		expect(messages).toEqual([
			`${lesson}:10: een citaat (regel met >) zonder bronvermelding\n  → Zet op de laatste regel van het citaat wie het zei, bijvoorbeeld: > — Interview 3`
		]);
	});

	it('a glossary term used in no lesson', async () => {
		const { messages } = await loadWith({
			'modules/glossary.yaml': validFiles['modules/glossary.yaml'] + '  - term: veerkracht\n    explanation: Weer opkrabbelen.\n    source: "§4.4"\n'
		});
		expect(messages).toEqual([
			'modules/glossary.yaml begrip "veerkracht": dit begrip komt in geen enkele les voor\n  → Gebruik het begrip in een les, voeg onder aliases de vorm toe die de lessen gebruiken, of haal het weg.'
		]);
	});

	it('a link to a glossary term that does not exist', async () => {
		const { messages } = await loadWith({ [lesson]: validFiles[lesson]!.replace('(§2).', '([zie](/begrippen/#verwaarlozen)) (§2).') });
		expect(messages).toEqual([
			`${lesson}:8: de link naar begrip "verwaarlozen" wijst naar een begrip dat niet in glossary.yaml staat\n  → Voeg het begrip toe aan modules/glossary.yaml of verwijder de link.`
		]);
	});

	it('a badly named lesson file', async () => {
		const { messages } = await loadWith({ 'modules/01-basis/lessons/Extra Les.md': validFiles[lesson]! });
		expect(messages).toEqual([
			'modules/01-basis/lessons/Extra Les.md: de naam "Extra Les.md" volgt de regel voor namen niet\n  → Gebruik een nummer, een streepje en kleine letters met streepjes, zonder spaties of accenten, zoals 01-definitie.md.'
		]);
	});

	it('a missing module.md, an unknown file, and several problems at once', async () => {
		const { messages } = await loadWith({
			'modules/01-basis/module.md': null,
			'modules/01-basis/quizz.yaml': 'questions: []',
			'modules/01-basis/quiz.yaml': validFiles['modules/01-basis/quiz.yaml']!.replace('answer: 0', 'answer: 5')
		});
		expect(messages).toEqual([
			'modules/01-basis/module.md: module.md ontbreekt\n  → Elke module heeft een module.md met titel, samenvatting, studietijd en leerdoelen.',
			'modules/01-basis/quiz.yaml:4 questions[0].answer: antwoord 5 bestaat niet: er zijn 2 opties, genummerd 0 tot en met 1',
			'modules/01-basis/quizz.yaml: onbekend bestand of onbekende map in een module\n  → Bedoel je "quiz.yaml"?'
		]);
	});

	it('a module named like a page of the course', async () => {
		const files = Object.fromEntries(
			Object.entries(validFiles).map(([path, text]) => [path.replace('01-basis', '01-over'), text])
		);
		const { messages } = await loadWith({ ...files, ...Object.fromEntries(Object.keys(validFiles).filter((p) => p.includes('01-basis')).map((p) => [p, null])) });
		expect(messages).toContain(
			'modules/01-over: de naam "over" is al in gebruik voor een pagina van de cursus\n  → Kies een andere naam dan begrippen, over, pauze, zoeken, resultaten, certificaat, training, reflecties, rapport, werkplaats.'
		);
	});
});
