/**
 * The scenario's shape as a graph, conditions ignored: every node can be reached from `start`,
 * an end can be reached from every node, and automatic steps (`next`) never go round in a
 * circle (nothing changes on the way, so such a circle would never stop). The graph itself,
 * and how references with a typo count, is `shapeOf`'s.
 */
import { findCycles, type Successors } from '../graph';
import { shapeOf } from '../shape';
import type { ScenarioOutline } from '../outline';
import type { Reporter } from '../report';

export function checkGraph(outline: ScenarioOutline, report: Reporter): void {
	const shape = shapeOf(outline);
	if (!shape) return;
	const { nodes, nodeIds } = outline;
	const { start, reachable, resolve } = shape;

	if (start !== undefined && reachable) {
		for (const id of nodeIds) {
			if (reachable.has(id)) continue;
			report.error(
				['nodes', id],
				`deze node is vanaf start ("${start}") niet te bereiken`,
				`Laat een keuze (next) of regel (to) naar "${id}" verwijzen, of haal de node weg.`
			);
		}
	}

	for (const id of shape.noEnding) {
		report.error(
			['nodes', id],
			'vanaf deze node is geen einde (end: true) te bereiken: wie hier komt, kan het scenario niet afmaken',
			'Laat minstens één keuze of regel, eventueel via andere nodes, naar een node met end: true leiden.'
		);
	}

	const automatic: Successors = new Map(
		[...nodes]
			.filter(([, node]) => node.hasNext && !node.hasChoices)
			.map(([id, node]) => [id, (node.rules ?? []).map((rule) => resolve(rule.to!)!)])
	);
	for (const cycle of findCycles(automatic)) {
		report.error(
			['nodes', cycle[0]!, 'next'],
			`deze node gaat met next automatisch rond in een kring: ${[...cycle, cycle[0]].join(' → ')}; daar komt de deelnemer nooit meer uit`,
			'Onderweg in zo’n kring verandert er niets, dus hij kan eindeloos doorgaan. Geef minstens één node in de kring keuzes (choices).'
		);
	}
}
