import { describe, expect, it } from 'vitest';
import type { Problem } from '$lib/content/problems';
import { validateScenario } from '$lib/scenario/validate';
import { fixtureFile, readFixture, RUBRIC_IDS, validateFixture, validFixture } from './fixtures';

type Expected = Omit<Problem, 'file' | 'severity'> & { severity?: Problem['severity'] };

/** The fixture's problems, exactly these (in any order), every one an error unless said. */
function expectProblems(name: string, expected: Expected[]) {
	const { scenario, problems } = validateFixture(name);
	const full = expected.map((p) => ({ file: fixtureFile(name), severity: 'error', ...p }));
	expect(problems).toEqual(expect.arrayContaining(full));
	expect(problems).toHaveLength(full.length);
	if (full.some((p) => p.severity === 'error')) expect(scenario).toBeUndefined();
	else expect(scenario).toBeDefined();
}

/** The error on an ending that real paths reach against its `requires`, with the message given. */
function unmetRequires(ending: string, message: string): Expected {
	return {
		path: ['nodes', ending, 'requires'],
		place: `node "${ending}"`,
		message,
		hint: 'Leid deze paden met een "if" in next (of bij een keuze) naar een einde dat past bij wat er gebeurde. Klopt de tekst van het einde toch, maak requires dan ruimer.'
	};
}
const NO_END_HINT = 'Laat minstens één keuze of regel, eventueel via andere nodes, naar een node met end: true leiden.';

describe('validateScenario: a valid scenario', () => {
	it('turns the file into ScenarioData without problems', () => {
		const { scenario, problems } = validateFixture('valid');
		expect(problems).toEqual([]);
		expect(scenario).toMatchObject({
			id: 'valid',
			moduleId: 'test',
			file: 'tests/fixtures/scenarios/valid.yaml',
			title: 'Het intakegesprek',
			feedback: 'immediate',
			rubric: ['doorvragen', 'regie', 'tempo'],
			trust: 1,
			start: 'opening',
			nodeOrder: ['opening', 'family', 'pace', 'guarded', 'closing', 'disclosure', 'next-time', 'closed'],
			best: { doorvragen: 3, regie: 3, tempo: 2 }
		});
	});

	it('fills in defaults and leaves out what was not written', () => {
		const scenario = validFixture('small');
		expect(scenario.feedback).toBe('immediate');
		expect(scenario.trust).toBe(0);
		expect(scenario).not.toHaveProperty('contentNote');
		expect(scenario.nodes.opening).toEqual({
			id: 'opening',
			text: 'Sanne zwijgt.',
			choices: [
				{ label: 'Vraag door.', score: { doorvragen: 2 }, trust: 0, feedback: 'Goed.', source: '§6', next: 'einde' }
			]
		});
		expect(scenario.nodes.einde).toEqual({ id: 'einde', text: 'Einde.', end: true });
	});

	it('keeps flags, sets and requires, and leaves sets out where none was written', () => {
		const scenario = validFixture('flags');
		expect(scenario.flags).toEqual(['belofte']);
		expect(scenario.nodes.opening?.choices?.[1]?.sets).toEqual(['belofte']);
		expect(scenario.nodes.opening?.choices?.[0]).not.toHaveProperty('sets');
		expect(scenario.nodes.einde_samen?.requires).toBe('belofte == 0 and trust >= 2');
		expect(validFixture('small').flags).toEqual([]);
	});

	it('is plain data that survives JSON', () => {
		const scenario = validFixture('valid');
		expect(JSON.parse(JSON.stringify(scenario))).toEqual(scenario);
	});
});

describe('validateScenario: rejections', () => {
	it('unknown keys, with the nearest known key', () => {
		expectProblems('reject-unknown-key', [
			{
				path: ['nodes', 'opening', 'discus'],
				place: 'node "opening"',
				message: 'onbekende sleutel "discus". Bedoel je "discuss"?'
			}
		]);
	});

	it('a choice whose next names no node', () => {
		expectProblems('reject-unknown-next', [
			{
				path: ['nodes', 'opening', 'choices', 0, 'next'],
				place: 'node "opening", keuze 1',
				message: '"famly" is geen node in dit scenario',
				hint: 'Bedoel je "family"?'
			}
		]);
	});

	it('a rule whose to names no node, listing the nodes when nothing is near', () => {
		expectProblems('reject-unknown-to', [
			{
				path: ['nodes', 'family', 'next', 0, 'to'],
				place: 'node "family", regel 1 van next',
				message: '"slot" is geen node in dit scenario',
				hint: 'De nodes in dit scenario zijn: opening, family, einde. Voeg een node "slot" toe of kies een van deze.'
			}
		]);
	});

	it('a start that names no node', () => {
		expectProblems('reject-unknown-start', [
			{ path: ['start'], place: 'bovenaan het bestand', message: '"openin" is geen node in dit scenario', hint: 'Bedoel je "opening"?' }
		]);
	});

	it('a node that cannot be reached from start', () => {
		expectProblems('reject-unreachable', [
			{
				path: ['nodes', 'vergeten'],
				place: 'node "vergeten"',
				message: 'deze node is vanaf start ("opening") niet te bereiken',
				hint: 'Laat een keuze (next) of regel (to) naar "vergeten" verwijzen, of haal de node weg.'
			}
		]);
	});

	it('a node from which no end can be reached', () => {
		expectProblems('reject-no-end', [
			{
				path: ['nodes', 'weer'],
				place: 'node "weer"',
				message: 'vanaf deze node is geen einde (end: true) te bereiken: wie hier komt, kan het scenario niet afmaken',
				hint: NO_END_HINT
			}
		]);
	});

	it('a next list whose last rule has an if', () => {
		expectProblems('reject-last-rule-if', [
			{
				path: ['nodes', 'tussen', 'next', 0, 'if'],
				place: 'node "tussen", regel 1 van next',
				message:
					'de laatste regel van next heeft een "if": als geen enkele voorwaarde klopt, weet het scenario niet waarheen',
				hint: 'Voeg onderaan een regel zonder "if" toe ("- to: ..."): die geldt als geen voorwaarde klopt.'
			}
		]);
	});

	it('a rule without if before the last', () => {
		expectProblems('reject-fallback-not-last', [
			{
				path: ['nodes', 'tussen', 'next', 0],
				place: 'node "tussen", regel 1 van next',
				message: 'deze regel heeft geen "if" maar is niet de laatste: de regels eronder worden nooit gebruikt',
				hint: 'Zet de regel zonder "if" onderaan.'
			}
		]);
	});

	it('a node with none of choices, next, end (and no follow-up errors)', () => {
		expectProblems('reject-no-way-on', [
			{
				path: ['nodes', 'einde'],
				place: 'node "einde"',
				message: 'deze node heeft geen choices, next of end: true, dus het scenario loopt hier vast',
				hint: 'Geef de node keuzes (choices), een automatisch vervolg (next), of maak er een einde van (end: true).'
			}
		]);
	});

	it('a node with more than one of choices, next, end', () => {
		expectProblems('reject-two-ways', [
			{
				path: ['nodes', 'opening'],
				place: 'node "opening"',
				message: 'deze node heeft zowel choices als next; een node heeft er precies één van: choices, next of end: true',
				hint: 'Haal de overbodige weg, of splits de node in twee.'
			}
		]);
	});

	it('empty choices', () => {
		expectProblems('reject-empty-choices', [
			{
				path: ['nodes', 'leeg', 'choices'],
				place: 'node "leeg"',
				message: 'choices is leeg: geef minstens één keuze',
				hint: 'Schrijf keuzes onder choices, elk beginnend met "- label: ...".'
			}
		]);
	});

	it('a node whose choices can never be offered (judged on the conditions alone)', () => {
		expectProblems('reject-guarded-off', [
			{
				path: ['nodes', 'opening', 'choices'],
				place: 'node "opening"',
				message: 'geen enkele keuze kan ooit worden aangeboden: elke keuze heeft een "if" die nooit waar kan zijn',
				hint: 'Trust blijft tussen -5 en 5. Haal bij minstens één keuze de "if" weg, of maak de voorwaarde ruimer.'
			}
		]);
	});

	it('a real path that meets a node where no choice is offered, with an example path', () => {
		expectProblems('reject-stuck-path', [
			{
				path: ['nodes', 'midden', 'choices'],
				place: 'node "midden"',
				message:
					'op het pad opening (keuze 2) → midden wordt in deze node geen enkele keuze aangeboden: bij trust -2, doorvragen 0 is geen enkele "if" waar',
				hint: 'Geef minstens één keuze zonder "if", of maak de voorwaarden zo dat er op elk pad een keuze overblijft.'
			}
		]);
	});

	it('a rubric id not in rubric.yaml, in the rubric list and in a score', () => {
		expectProblems('reject-rubric-unknown', [
			{ path: ['rubric', 1], place: 'rubric, dimensie 2', message: '"regi" staat niet in rubric.yaml', hint: 'Bedoel je "regie"?' },
			{
				path: ['nodes', 'opening', 'choices', 0, 'score', 'regi'],
				place: 'node "opening", keuze 1',
				message: '"regi" staat niet in rubric.yaml',
				hint: 'Bedoel je "regie"?'
			}
		]);
	});

	it('a score on a dimension not in rubric.yaml', () => {
		expectProblems('reject-score-unknown', [
			{
				path: ['nodes', 'opening', 'choices', 0, 'score', 'doorvrage'],
				place: 'node "opening", keuze 1',
				message: '"doorvrage" staat niet in rubric.yaml',
				hint: 'Bedoel je "doorvragen"?'
			}
		]);
	});

	it("a score on a dimension not in the scenario's rubric", () => {
		expectProblems('reject-score-not-listed', [
			{
				path: ['nodes', 'opening', 'choices', 0, 'score', 'tempo'],
				place: 'node "opening", keuze 1',
				message: '"tempo" staat niet in de rubric van dit scenario',
				hint: 'Zet "tempo" in rubric bovenaan het bestand, of haal deze score weg.'
			}
		]);
	});

	it('a listed dimension that no choice scores (a 0 does not count)', () => {
		expectProblems('reject-unscored', [
			{
				path: ['rubric', 1],
				place: 'rubric, dimensie 2',
				message: 'geen enkele keuze geeft punten op "regie"',
				hint: 'Geef minstens één keuze een score op "regie", of haal "regie" uit rubric.'
			}
		]);
	});

	it('scores and trust changes outside -3..3 or not whole', () => {
		expectProblems('reject-score-range', [
			{
				path: ['nodes', 'opening', 'choices', 0, 'score', 'doorvragen'],
				place: 'node "opening", keuze 1',
				message: '4 is te groot: het hoogste toegestane getal is 3'
			},
			{
				path: ['nodes', 'opening', 'choices', 0, 'score', 'regie'],
				place: 'node "opening", keuze 1',
				message: 'verwacht een geheel getal, gevonden 1.5'
			},
			{
				path: ['nodes', 'opening', 'choices', 0, 'trust'],
				place: 'node "opening", keuze 1',
				message: '-4 is te klein: het laagste toegestane getal is -3'
			}
		]);
	});

	it('a starting trust outside -5..5', () => {
		expectProblems('reject-start-trust', [
			{ path: ['trust'], place: 'bovenaan het bestand', message: '6 is te groot: het hoogste toegestane getal is 5' }
		]);
	});

	it('a malformed condition, with the position', () => {
		expectProblems('reject-bad-condition', [
			{
				path: ['nodes', 'opening', 'choices', 0, 'if'],
				place: 'node "opening", keuze 1',
				message:
					'de voorwaarde "trust => 2" klopt niet bij teken 7: verwacht een vergelijking zoals "trust >= 2", gevonden "=>"',
				hint: 'Bedoel je ">="?'
			}
		]);
	});

	it('a condition naming an unknown variable', () => {
		expectProblems('reject-unknown-variable', [
			{
				path: ['nodes', 'tussen', 'next', 0, 'if'],
				place: 'node "tussen", regel 1 van next',
				message:
					'de voorwaarde "trst >= 2 and doorvragen >= 1" noemt "trst": dat is geen trust, geen dimensie uit de rubric en geen vlag van dit scenario',
				hint: 'Bedoel je "trust"?'
			}
		]);
	});

	it('outcome on a node that does not end', () => {
		expectProblems('reject-outcome-not-end', [
			{
				path: ['nodes', 'opening', 'outcome'],
				place: 'node "opening"',
				message: 'outcome hoort alleen bij een einde (end: true)',
				hint: 'Haal outcome weg, of maak van deze node een einde.'
			}
		]);
	});

	it('a rubric id listed twice', () => {
		expectProblems('reject-duplicate-rubric', [
			{ path: ['rubric', 2], place: 'rubric, dimensie 3', message: '"doorvragen" staat twee keer in rubric', hint: 'Haal de tweede "doorvragen" weg.' }
		]);
	});

	it('next rules that go round in a circle (the machine would never rest)', () => {
		expectProblems('reject-automatic-cycle', [
			{
				path: ['nodes', 'heen', 'next'],
				place: 'node "heen"',
				message:
					'deze node gaat met next automatisch rond in een kring: heen → terug → heen; daar komt de deelnemer nooit meer uit',
				hint: 'Onderweg in zo’n kring verandert er niets, dus hij kan eindeloos doorgaan. Geef minstens één node in de kring keuzes (choices).'
			}
		]);
	});

	it('an ending that a real path reaches against its requires, with every such path spelled out', () => {
		expectProblems('reject-requires-unmet', [
			unmetRequires(
				'einde_samen',
				'dit einde vraagt "belofte == 0", maar 2 paden komen hier aan terwijl dat niet waar is:' +
					'\n    opening (keuze 2) → vervolg (keuze 1) → einde_samen, met belofte 1' +
					'\n    opening (keuze 2) → vervolg (keuze 2) → einde_samen, met belofte 1'
			)
		]);
	});

	it('lists at most five paths against an ending, shortest first, and counts the rest (equal totals count once)', () => {
		expectProblems('reject-requires-many', [
			unmetRequires(
				'einde',
				'dit einde vraagt "doorvragen >= 10", maar 7 paden komen hier aan terwijl dat niet waar is:' +
					'\n    opening (keuze 1) → tweede (keuze 1) → einde, met doorvragen 0' +
					'\n    opening (keuze 1) → tweede (keuze 2) → einde, met doorvragen 3' +
					'\n    opening (keuze 2) → tweede (keuze 1) → einde, met doorvragen 1' +
					'\n    opening (keuze 2) → tweede (keuze 2) → einde, met doorvragen 4' +
					'\n    opening (keuze 3) → tweede (keuze 1) → einde, met doorvragen 2' +
					'\n    en nog 2 paden'
			)
		]);
	});

	it('requires on a node that is not an ending', () => {
		expectProblems('reject-requires-not-end', [
			{
				path: ['nodes', 'opening', 'requires'],
				place: 'node "opening"',
				message: 'requires hoort alleen bij een einde (end: true): het zegt wat de tekst van het einde veronderstelt',
				hint: 'Wil je een keuze of regel alleen laten gelden als iets waar is, gebruik dan "if". Of maak van deze node een einde.'
			}
		]);
	});

	it('flags named like trust or a dimension, not usable in a condition, or declared twice', () => {
		const taken = 'Kies een andere naam voor de vlag, bijvoorbeeld wat er gebeurde: belofte, gelekt.';
		expectProblems('reject-flags', [
			{
				path: ['flags', 0],
				place: 'flags, vlag 1',
				message: '"trust" kan geen vlag heten: in een voorwaarde betekent die naam al het vertrouwen (trust)',
				hint: taken
			},
			{
				path: ['flags', 1],
				place: 'flags, vlag 2',
				message: '"regie" kan geen vlag heten: in een voorwaarde betekent die naam al het totaal van een dimensie uit rubric.yaml',
				hint: taken
			},
			{
				path: ['flags', 2],
				place: 'flags, vlag 3',
				message:
					'de vlag "2e-keer" kan zo niet in een voorwaarde staan: een naam begint met een letter en bevat alleen letters, cijfers, _ en -',
				hint: 'Gebruik bijvoorbeeld "belofte" of "deur_dicht".'
			},
			{ path: ['flags', 4], place: 'flags, vlag 5', message: 'de vlag "belofte" staat twee keer in flags', hint: 'Haal de tweede "belofte" weg.' }
		]);
	});

	it('a flag that is not declared, in sets and in a condition, with the nearest declared flag', () => {
		expectProblems('reject-unknown-flag', [
			{
				path: ['nodes', 'opening', 'choices', 0, 'sets', 0],
				place: 'node "opening", keuze 1',
				message: '"belofe" is geen vlag van dit scenario',
				hint: 'Bedoel je "belofte"?'
			},
			{
				path: ['nodes', 'opening', 'choices', 1, 'sets', 0],
				place: 'node "opening", keuze 2',
				message: '"gelekt" is geen vlag van dit scenario',
				hint: 'Zet "gelekt" onder flags bovenaan het bestand, zoals flags: [belofte, gelekt].'
			},
			{
				path: ['nodes', 'tweede', 'choices', 0, 'if'],
				place: 'node "tweede", keuze 1',
				message:
					'de voorwaarde "belofe == 0" noemt "belofe": dat is geen trust, geen dimensie uit de rubric en geen vlag van dit scenario',
				hint: 'Bedoel je "belofte"?'
			}
		]);
	});

	it('a node id the machine cannot use as a state name', () => {
		expectProblems('reject-node-id', [
			{
				path: ['nodes', 'stap.2'],
				place: 'node "stap.2"',
				message: 'de naam "stap.2" mag alleen letters, cijfers, - en _ bevatten',
				hint: 'Gebruik bijvoorbeeld "stap-2".'
			}
		]);
	});

	it('a condition comparing with a number beyond the bound, instead of hanging', () => {
		expectProblems('reject-condition-too-large', [
			{
				path: ['nodes', 'opening', 'choices', 0, 'if'],
				place: 'node "opening", keuze 1',
				message:
					'de voorwaarde "regie == 9007199254740992 and regie != 9007199254740992" klopt niet bij teken 10: getal te groot: een voorwaarde vergelijkt met getallen van -1000 tot 1000, gevonden "9007199254740992"',
				hint: 'Scores per keuze liggen tussen -3 en 3 en trust tussen -5 en 5: een grens buiten -1000 tot 1000 wordt nooit bereikt.'
			}
		]);
	});

	it('node ids that JavaScript objects already carry (constructor, prototype, __proto__)', () => {
		const reserved = (id: string) => ({
			path: ['nodes', id],
			place: `node "${id}"`,
			message: `de naam "${id}" is gereserveerd: constructor, prototype, __proto__ en de andere namen die elk JavaScript-object al heeft, kunnen geen node zijn`,
			hint: `Kies een andere naam, bijvoorbeeld "${id.replace(/_/g, '')}-stap".`
		});
		expectProblems('reject-reserved-node-ids', [reserved('constructor'), reserved('prototype'), reserved('__proto__')]);
	});

	it('a score written as a list', () => {
		expectProblems('reject-score-list', [
			{
				path: ['nodes', 'tweede', 'choices', 0, 'score'],
				place: 'node "tweede", keuze 1',
				message: 'verwacht punten per dimensie, zoals { doorvragen: 2 }, gevonden een lijst'
			}
		]);
	});

	it('a scenario too large to explore: an error that says what to do, never a silent best of 0', () => {
		expectProblems('reject-too-many-states', [
			{
				place: 'het hele scenario',
				message:
					'dit scenario is te groot om helemaal na te lopen: na 20000 verschillende toestanden (node, trust en totalen) is de controle gestopt, dus de hoogste haalbare score is onbekend',
				hint: "Splits het scenario in kleinere scenario's, geef minder keuzes punten, of haal kringen weg die steeds punten opleveren."
			}
		]);
	});

	it('a path longer than the analysis follows', () => {
		expectProblems('reject-long-path', [
			{
				place: 'het hele scenario',
				message:
					'een pad in dit scenario kan langer zijn dan 60 keuzes; langere paden worden niet nagelopen, dus de hoogste haalbare score is onbekend',
				hint: 'Meestal komt dit door een kring die steeds punten oplevert: laat keuzes in een kring geen punten geven. Anders: maak het gesprek korter (hoogstens 60 keuzes achter elkaar) of splits het scenario.'
			}
		]);
	});

	it('a loop that keeps scoring: the best total has no end', () => {
		expectProblems('reject-incomplete', [
			{
				place: 'het hele scenario',
				message:
					'een pad in dit scenario kan langer zijn dan 60 keuzes; langere paden worden niet nagelopen, dus de hoogste haalbare score is onbekend',
				hint: 'Meestal komt dit door een kring die steeds punten oplevert: laat keuzes in een kring geen punten geven. Anders: maak het gesprek korter (hoogstens 60 keuzes achter elkaar) of splits het scenario.'
			}
		]);
	});

	it('a scenario with more nodes than the checks handle, before any other check', () => {
		const nodes = Object.fromEntries(
			Array.from({ length: 301 }, (_, i) => [`n${i}`, { text: 'x', next: [{ to: `zz${i}` }] }])
		);
		const { scenario, problems } = validateScenario(
			{ title: 'T', summary: 'S', client: 'C', rubric: ['doorvragen'], start: 'n0', nodes },
			{ file: 'groot.yaml', id: 'groot', moduleId: 'test', rubricIds: RUBRIC_IDS }
		);
		expect(scenario).toBeUndefined();
		expect(problems).toEqual([
			{
				file: 'groot.yaml',
				path: ['nodes'],
				place: 'bovenaan het bestand',
				message: 'dit scenario heeft 301 nodes; de grens is 300',
				hint: "Splits het gesprek in kleinere scenario's: die zijn ook voor deelnemers beter te overzien.",
				severity: 'error'
			}
		]);
	});
});

describe('validateScenario: free replies (respond)', () => {
	const moves = 'De gespreksmoves zijn: open-vraag, gesloten-vraag, samenvatten, erkennen, keuze-geven, belofte, eerlijk-grenzen, haast, bagatelliseren, advies-opleggen, mens-zijn.';

	it('keeps prompt, strong and the rules, leaving out what was not written, and counts free replies in the best totals', () => {
		const { scenario, problems } = validateFixture('respond');
		expect(problems).toEqual([]);
		expect(scenario?.nodes.opening?.respond).toEqual({
			prompt: 'Wat zeg je tegen Sanne?',
			strong: 'Een open vraag, en erkenning van hoe moeilijk dit is.',
			rules: [
				{ moves: ['open-vraag', 'erkennen'], unless: ['belofte'], score: { doorvragen: 2, regie: 1 }, trust: 2, feedback: 'Een open vraag en erkenning.', source: '§6; aanbeveling 7e', next: 'tijd' },
				{ moves: ['belofte'], score: { eerlijkheid: -3 }, trust: -1, sets: ['belofte'], feedback: 'Een belofte die je niet kunt nakomen.', source: 'aanbeveling 7c', next: 'tijd' },
				{ moves: ['open-vraag'], score: { doorvragen: 1 }, trust: 0, feedback: 'Een open vraag.', source: '§6', next: 'tijd' },
				{ score: {}, trust: 0, feedback: 'Probeer een open vraag.', source: '§6', next: 'tijd' }
			]
		});
		expect(scenario?.nodes.slot).not.toHaveProperty('respond');
		// The prepared choices reach doorvragen 1, regie 1 and eerlijkheid 1 at most; free replies more.
		expect(scenario?.best).toEqual({ doorvragen: 2, regie: 2, eerlijkheid: 2 });
		expect(scenario?.worst).toEqual({ doorvragen: 0, regie: 0, eerlijkheid: -3 });
	});

	it('moves the analyser does not know, with the nearest move or the list; a move both wanted and ruled out', () => {
		expectProblems('reject-respond-moves', [
			{
				path: ['nodes', 'opening', 'respond', 'rules', 0, 'moves', 0],
				place: 'node "opening", regel 1 van respond',
				message: '"open-vragen" is geen gespreksmove',
				hint: 'Bedoel je "open-vraag"?'
			},
			{
				path: ['nodes', 'opening', 'respond', 'rules', 0, 'unless', 0],
				place: 'node "opening", regel 1 van respond',
				message: '"beloven" is geen gespreksmove',
				hint: moves
			},
			{
				path: ['nodes', 'opening', 'respond', 'rules', 1, 'moves', 0],
				place: 'node "opening", regel 2 van respond',
				message: '"stilte" is geen gespreksmove',
				hint: moves
			},
			{
				path: ['nodes', 'opening', 'respond', 'rules', 2, 'unless', 1],
				place: 'node "opening", regel 3 van respond',
				message: '"erkennen" staat zowel in moves als in unless: deze regel past dan op geen enkel antwoord',
				hint: 'Haal "erkennen" uit moves of uit unless.'
			}
		]);
	});

	it('a rule without moves and unless before the last, and a last rule with them (unless alone is not a fallback)', () => {
		expectProblems('reject-respond-fallback', [
			{
				path: ['nodes', 'opening', 'respond', 'rules', 0],
				place: 'node "opening", regel 1 van respond',
				message: 'deze regel heeft geen moves en geen unless maar is niet de laatste: de regels eronder worden nooit gebruikt',
				hint: 'Zet de regel zonder moves en unless onderaan.'
			},
			{
				path: ['nodes', 'tweede', 'respond', 'rules', 1],
				place: 'node "tweede", regel 2 van respond',
				message:
					'de laatste regel van respond heeft moves of unless: als een antwoord bij geen enkele regel past, weet het scenario niet waarheen',
				hint: 'Voeg onderaan een regel zonder moves en unless toe ("- feedback: ...", met source en next): die geldt voor elk ander antwoord.'
			}
		]);
	});

	it('a rule that an earlier rule always takes the place of (and not one that differs by what it rules out)', () => {
		expectProblems('reject-respond-shadowed', [
			{
				path: ['nodes', 'opening', 'respond', 'rules', 1],
				place: 'node "opening", regel 2 van respond',
				message: 'deze regel wordt nooit gebruikt: regel 1 past al op elk antwoord waar deze regel op past',
				hint: 'De regels worden van boven naar beneden geprobeerd. Zet deze regel boven regel 1, of haal hem weg.'
			}
		]);
	});

	it('respond on a node without choices, and an empty list of rules', () => {
		expectProblems('reject-respond-place', [
			{
				path: ['nodes', 'opening', 'respond', 'rules'],
				place: 'node "opening"',
				message: 'rules is leeg: geef minstens één regel',
				hint: 'Schrijf onder rules minstens een regel zonder moves, voor elk antwoord: "- feedback: ...", met source en next.'
			},
			{
				path: ['nodes', 'tussen', 'respond'],
				place: 'node "tussen"',
				message: 'respond hoort alleen bij een node met choices: een eigen antwoord is er altijd naast de keuzes, nooit in plaats ervan',
				hint: 'Geef de node ook keuzes (choices), of haal respond weg.'
			}
		]);
	});

	it('what is missing, unknown or out of range, and where rules lead, what they score and set, in one pass', () => {
		const rule = (i: number) => ({ place: `node "opening", regel ${i + 1} van respond` });
		const at = (i: number, ...rest: (string | number)[]) => ['nodes', 'opening', 'respond', 'rules', i, ...rest];
		expectProblems('reject-respond-shape', [
			{ path: ['nodes', 'opening', 'respond'], place: 'node "opening"', message: '"strong" ontbreekt' },
			{ path: at(0, 'moves'), ...rule(0), message: 'moves is leeg: noem minstens één move, of laat moves weg' },
			{ path: at(0, 'score', 'doorvragen'), ...rule(0), message: '4 is te groot: het hoogste toegestane getal is 3' },
			{ path: at(0, 'trust'), ...rule(0), message: '-4 is te klein: het laagste toegestane getal is -3' },
			{
				path: at(0, 'if'),
				...rule(0),
				message: 'onbekende sleutel "if". Toegestaan: moves, unless, score, trust, feedback, source, next, sets.'
			},
			{ path: at(1), ...rule(1), message: '"feedback" ontbreekt' },
			{ path: at(0, 'next'), ...rule(0), message: '"eind" is geen node in dit scenario', hint: 'Bedoel je "einde"?' },
			{ path: at(0, 'score', 'regi'), ...rule(0), message: '"regi" staat niet in rubric.yaml', hint: 'Bedoel je "regie"?' },
			{ path: at(1, 'sets', 0), ...rule(1), message: '"belofe" is geen vlag van dit scenario', hint: 'Bedoel je "belofte"?' }
		]);
	});

	it('an ending that only a free reply reaches against its requires, the rule named on the path', () => {
		expectProblems('reject-respond-requires', [
			unmetRequires(
				'einde',
				'dit einde vraagt "belofte == 0", maar 1 pad komt hier aan terwijl dat niet waar is:' +
					'\n    opening (respond, regel 1) → einde, met belofte 1'
			)
		]);
	});
});

describe('validateScenario: warnings (the scenario is still accepted)', () => {
	it('a choice whose condition never holds on any real path', () => {
		expectProblems('warn-never-offered', [
			{
				severity: 'warning',
				path: ['nodes', 'opening', 'choices', 1, 'if'],
				place: 'node "opening", keuze 2',
				message:
					'deze keuze wordt op geen enkel pad aangeboden: de voorwaarde "doorvragen >= 3" is nooit waar als de deelnemer hier is',
				hint: 'Pas de voorwaarde aan, of haal de keuze weg.'
			}
		]);
	});

	it('a dimension on which even the best path scores nothing', () => {
		expectProblems('warn-best-zero', [
			{
				severity: 'warning',
				path: ['rubric', 1],
				place: 'rubric, dimensie 2',
				message:
					'op "respect" haalt zelfs het beste pad geen punten (hoogste totaal: 0), dus er is geen maximum om de score mee te vergelijken',
				hint: 'Geef een keuze die de deelnemer echt kan maken een positieve score op "respect".'
			}
		]);
	});

	it('a node no real path reaches', () => {
		expectProblems('warn-unvisited', [
			{
				severity: 'warning',
				path: ['nodes', 'open'],
				place: 'node "open"',
				message: 'geen enkel pad komt langs deze node: de voorwaarden onderweg laten het nooit toe',
				hint: 'Kijk welke "if" naar deze node leidt, en of die ooit waar kan zijn.'
			}
		]);
	});

	it('a declared flag that no choice sets', () => {
		expectProblems('warn-flag-never-set', [
			{
				severity: 'warning',
				path: ['flags', 0],
				place: 'flags, vlag 1',
				message: 'geen enkele keuze zet de vlag "belofte" (met sets), dus die is altijd 0',
				hint: 'Schrijf "sets: [belofte]" bij de keuze waarmee het gebeurt, of haal "belofte" uit flags.'
			}
		]);
	});
});

describe('validateScenario: one pass', () => {
	it('reports every problem at once, shape problems hiding none of the others', () => {
		const { scenario, problems } = validateFixture('many-problems');
		expect(scenario).toBeUndefined();
		expect(problems.map((p) => [p.path, p.message])).toEqual(
			expect.arrayContaining([
				[undefined, '"title" ontbreekt'],
				[['titel'], 'onbekende sleutel "titel". Bedoel je "title"?'],
				[['trust'], '9 is te groot: het hoogste toegestane getal is 5'],
				[['rubric', 1], '"regi" staat niet in rubric.yaml'],
				[['nodes', 'opening', 'choices', 0, 'score', 'doorvragen'], '5 is te groot: het hoogste toegestane getal is 3'],
				// The same choice's broken score does not hide its broken condition.
				[
					['nodes', 'opening', 'choices', 0, 'if'],
					'de voorwaarde "trust => 2" klopt niet bij teken 7: verwacht een vergelijking zoals "trust >= 2", gevonden "=>"'
				],
				[['nodes', 'opening', 'choices', 1, 'next'], '"famly" is geen node in dit scenario'],
				[['nodes', 'family', 'lable'], 'onbekende sleutel "lable". Toegestaan: text, discuss, choices, respond, next, end, outcome, requires.']
			])
		);
		expect(problems).toHaveLength(8);
	});

	it('gives every problem of every fixture a place in words', () => {
		const names = Object.keys(import.meta.glob('../../fixtures/scenarios/*.yaml')).map((key) =>
			key.replace(/^.*\/(.*)\.yaml$/, '$1')
		);
		const problems = names.flatMap((name) => validateFixture(name).problems);
		expect(problems.length).toBeGreaterThan(30);
		for (const problem of problems) expect(problem.place, problem.message).toBeTruthy();
	});

	it('refuses what is not a scenario at all', () => {
		const result = validateScenario(['een', 'lijst'], {
			file: 'x.yaml',
			id: 'x',
			moduleId: 'm',
			rubricIds: RUBRIC_IDS
		});
		expect(result.scenario).toBeUndefined();
		expect(result.problems).toEqual([
			{
				file: 'x.yaml',
				place: 'het hele scenario',
				message: 'verwacht een scenario met sleutels zoals title, start en nodes, gevonden een lijst',
				severity: 'error'
			}
		]);
	});

	it('needs the rubric of rubric.yaml, not a fixed list', () => {
		const { problems } = validateScenario(readFixture('small'), {
			file: 'small.yaml',
			id: 'small',
			moduleId: 'm',
			rubricIds: ['regie']
		});
		expect(problems.map((p) => p.message)).toContain('"doorvragen" staat niet in rubric.yaml');
	});
});
