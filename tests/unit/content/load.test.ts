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
		expect(module.quiz!.questions[0]!.answers).toEqual([0]);
		expect(course!.glossary.map((t) => t.id)).toEqual(['jeugdwet', 'verwaarlozing']);
	});

	it('renders quotes as quotation with source, links the first use of a term, and splits sections', async () => {
		const { course } = await loadWith();
		const first = course!.modules[0]!.lessons[0]!;
		expect(first.html).toContain('<figure class="quote"><blockquote><p>Je weet niet dat het niet normaal is.</p></blockquote><figcaption>Interview 10</figcaption></figure>');
		expect(first.html).toContain('<a class="term" href="/begrippen/#jeugdwet">Jeugdwet</a>');
		expect(first.html).toContain('<a class="term" href="/begrippen/#verwaarlozing">verwaarloosd</a>');
		expect(first.html).toContain('<h2 id="vormen">Vormen</h2>');
		expect(first.html).toContain('<p class="sources"><strong>Bronnen:</strong> §1.2, §2.</p>');
		expect(first.sources).toBe('§1.2, §2.');
		expect(first.sections.map((s) => s.id)).toEqual(['', 'vormen']);
		expect(first.quotes).toEqual([{ text: 'Je weet niet dat het niet normaal is.', attribution: 'Interview 10', sectionId: 'vormen' }]);
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

describe('loadCourse refuses broken content with a message an author can act on', () => {
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
			'modules/01-over: de naam "over" is al in gebruik voor een pagina van de cursus\n  → Kies een andere naam dan begrippen, over, pauze, zoeken, resultaten, certificaat, training, reflecties, werkplaats.'
		);
	});
});
