/**
 * What only playing can show (conditions applied): a path that meets a node where no choice is
 * offered, a path that arrives at an ending whose `requires` does not hold, choices and nodes
 * no path reaches, dimensions on which even the best path scores nothing, and whether the
 * exploration was complete.
 */
import type { ExamplePath, ScenarioAnalysis, UnmetRequirement } from '../analyse';
import { namesIn, parseCondition, TRUST, valueOf } from '../condition';
import { own } from '../../own';
import type { Reporter } from '../report';
import { describeStep } from '../steps';
import type { ScenarioDefinition } from '../types';

/** Enough examples to see the pattern; the rest are counted. */
export const MAX_PATHS_LISTED = 5;

export function checkPaths(
	scenario: ScenarioDefinition,
	analysis: ScenarioAnalysis,
	limits: { maxStates: number; maxChoices: number },
	report: Reporter
): void {
	for (const stuck of analysis.stuck) {
		report.error(
			['nodes', stuck.nodeId, 'choices'],
			`op het pad ${describeRoute(stuck)} wordt in deze node geen enkele keuze aangeboden: bij ${describeValues(stuck, [TRUST, ...scenario.rubric, ...scenario.flags])} is geen enkele "if" waar`,
			'Geef minstens één keuze zonder "if", of maak de voorwaarden zo dat er op elk pad een keuze overblijft.'
		);
	}

	for (const unmet of analysis.unmetRequirements) reportUnmet(scenario, unmet, report);

	if (analysis.complete) {
		for (const id of analysis.unvisited) {
			report.warning(
				['nodes', id],
				'geen enkel pad komt langs deze node: de voorwaarden onderweg laten het nooit toe',
				'Kijk welke "if" naar deze node leidt, en of die ooit waar kan zijn.'
			);
		}
		for (const { nodeId, choiceIndex } of analysis.neverOffered) {
			const condition = own(scenario.nodes, nodeId)?.choices?.[choiceIndex]?.if;
			report.warning(
				['nodes', nodeId, 'choices', choiceIndex, 'if'],
				`deze keuze wordt op geen enkel pad aangeboden: de voorwaarde "${condition}" is nooit waar als de deelnemer hier is`,
				'Pas de voorwaarde aan, of haal de keuze weg.'
			);
		}
	}
	// Learners' scores are shares of the best total, so a scenario whose best is unknown is
	// refused rather than shipped with a best of 0 ("geen punten te halen").
	if (analysis.stoppedBy.states) {
		report.error(
			[],
			`dit scenario is te groot om helemaal na te lopen: na ${limits.maxStates} verschillende toestanden (node, trust en totalen) is de controle gestopt, dus de hoogste haalbare score is onbekend`,
			"Splits het scenario in kleinere scenario's, geef minder keuzes punten, of haal kringen weg die steeds punten opleveren."
		);
	}
	if (analysis.stoppedBy.choices) {
		report.error(
			[],
			`een pad in dit scenario kan langer zijn dan ${limits.maxChoices} keuzes; langere paden worden niet nagelopen, dus de hoogste haalbare score is onbekend`,
			`Meestal komt dit door een kring die steeds punten oplevert: laat keuzes in een kring geen punten geven. Anders: maak het gesprek korter (hoogstens ${limits.maxChoices} keuzes achter elkaar) of splits het scenario.`
		);
	}

	if (analysis.endings.length === 0) return;
	scenario.rubric.forEach((dimension, i) => {
		const best = own(analysis.best, dimension) ?? 0;
		if (best > 0) return;
		report.warning(
			['rubric', i],
			`op "${dimension}" haalt zelfs het beste pad geen punten (hoogste totaal: ${best}), dus er is geen maximum om de score mee te vergelijken`,
			`Geef een keuze die de deelnemer echt kan maken een positieve score op "${dimension}".`
		);
	});
}

/**
 * One error per ending, listing the first few paths (shortest first) that arrive while its
 * `requires` does not hold, each with the values of the names the condition uses.
 */
function reportUnmet(scenario: ScenarioDefinition, { nodeId, paths }: UnmetRequirement, report: Reporter): void {
	const requires = own(scenario.nodes, nodeId)?.requires ?? '';
	const parsed = parseCondition(requires);
	const names = parsed.ok ? namesIn(parsed.tree) : [];
	const listed = paths.slice(0, MAX_PATHS_LISTED).map((path) => `\n    ${describeRoute(path)}, met ${describeValues(path, names)}`);
	const rest = paths.length - listed.length;
	report.error(
		['nodes', nodeId, 'requires'],
		`dit einde vraagt "${requires}", maar ${countPaths(paths.length)} ${paths.length === 1 ? 'komt' : 'komen'} hier aan terwijl dat niet waar is:` +
			listed.join('') +
			(rest > 0 ? `\n    en nog ${countPaths(rest)}` : ''),
		'Leid deze paden met een "if" in next (of bij een keuze) naar een einde dat past bij wat er gebeurde. Klopt de tekst van het einde toch, maak requires dan ruimer.'
	);
}

function countPaths(count: number): string {
	return `${count} ${count === 1 ? 'pad' : 'paden'}`;
}

/**
 * `opening (keuze 2) → familie (respond, regel 1) → stilte`: choices and rules counted from 1, as
 * authors do.
 */
function describeRoute(example: ExamplePath): string {
	return example.path
		.map((nodeId, i) => {
			const step = example.steps[i];
			return step === undefined ? nodeId : `${nodeId} (${describeStep(step)})`;
		})
		.join(' → ');
}

/** `trust -2, doorvragen 0, belofte 1`: the values of the names given, flags as 0 or 1. */
function describeValues(example: ExamplePath, names: readonly string[]): string {
	return names.map((name) => `${name} ${valueOf(name, example)}`).join(', ');
}
