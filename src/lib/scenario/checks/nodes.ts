/**
 * Rules about a single node: a usable name, exactly one way to go on (choices, next or end),
 * no empty lists, `next` rules that end in one fallback, and `outcome` and `requires` only on
 * an ending.
 */
import { isObjectInternal, reservedNameMessage } from '../../content/reserved';
import type { NodeOutline, ScenarioOutline } from '../outline';
import type { Reporter } from '../report';

const WAYS_ON = 'choices, next of end: true';

/**
 * Node ids become state names in the machine, where `.` and `#` have a meaning of their own;
 * letters, digits, `-` and `_` are all a scenario needs.
 */
const NODE_ID = /^[\p{L}\p{N}_-]+$/u;

export function checkNodes(outline: ScenarioOutline, report: Reporter): void {
	for (const [id, node] of outline.nodes) {
		if (isObjectInternal(id)) {
			report.error(['nodes', id], reservedNameMessage(id, 'node'), `Kies een andere naam, bijvoorbeeld "${id.replace(/_/g, '')}-stap".`);
		} else if (!NODE_ID.test(id)) {
			report.error(
				['nodes', id],
				`de naam "${id}" mag alleen letters, cijfers, - en _ bevatten`,
				`Gebruik bijvoorbeeld "${id.replace(/[^\p{L}\p{N}_-]+/gu, '-')}".`
			);
		}
		checkWayOn(node, report);
		checkRules(node, report);
		if (node.hasOutcome && !node.hasEnd) {
			report.error(
				['nodes', id, 'outcome'],
				'outcome hoort alleen bij een einde (end: true)',
				'Haal outcome weg, of maak van deze node een einde.'
			);
		}
		if (node.hasRequires && !node.hasEnd) {
			report.error(
				['nodes', id, 'requires'],
				'requires hoort alleen bij een einde (end: true): het zegt wat de tekst van het einde veronderstelt',
				'Wil je een keuze of regel alleen laten gelden als iets waar is, gebruik dan "if". Of maak van deze node een einde.'
			);
		}
	}
}

function checkWayOn(node: NodeOutline, report: Reporter): void {
	const ways = [node.hasChoices && 'choices', node.hasNext && 'next', node.hasEnd && 'end'].filter(
		(way): way is string => way !== false
	);
	if (ways.length === 0) {
		report.error(
			['nodes', node.id],
			`deze node heeft geen ${WAYS_ON}, dus het scenario loopt hier vast`,
			'Geef de node keuzes (choices), een automatisch vervolg (next), of maak er een einde van (end: true).'
		);
	} else if (ways.length > 1) {
		report.error(
			['nodes', node.id],
			`deze node heeft zowel ${ways.join(' als ')}; een node heeft er precies één van: ${WAYS_ON}`,
			'Haal de overbodige weg, of splits de node in twee.'
		);
	}
	if (node.choices?.length === 0) {
		report.error(
			['nodes', node.id, 'choices'],
			'choices is leeg: geef minstens één keuze',
			'Schrijf keuzes onder choices, elk beginnend met "- label: ...".'
		);
	}
	if (node.rules?.length === 0) {
		report.error(
			['nodes', node.id, 'next'],
			'next is leeg: geef minstens één regel',
			'Schrijf onder next minstens een regel zoals "- to: ...".'
		);
	}
}

/** The first rule whose `if` holds is taken, so the rule without `if` must come last, once. */
function checkRules(node: NodeOutline, report: Reporter): void {
	const rules = node.rules ?? [];
	const last = rules.length - 1;
	rules.forEach((rule, i) => {
		if (i < last && !rule.guarded) {
			report.error(
				['nodes', node.id, 'next', i],
				'deze regel heeft geen "if" maar is niet de laatste: de regels eronder worden nooit gebruikt',
				'Zet de regel zonder "if" onderaan.'
			);
		}
	});
	if (rules[last]?.guarded) {
		report.error(
			['nodes', node.id, 'next', last, 'if'],
			'de laatste regel van next heeft een "if": als geen enkele voorwaarde klopt, weet het scenario niet waarheen',
			'Voeg onderaan een regel zonder "if" toe ("- to: ..."): die geldt als geen voorwaarde klopt.'
		);
	}
}
