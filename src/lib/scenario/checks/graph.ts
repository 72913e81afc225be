/**
 * The scenario's shape as a graph, conditions ignored: every node can be reached from `start`,
 * an end can be reached from every node, and automatic steps (`next`) never go round in a
 * circle (nothing changes on the way, so such a circle would never stop).
 *
 * A reference with a likely typo is counted as pointing at the node it probably meant: the
 * typo is reported already, and the rest of the graph is judged as the author intended
 * instead of burying that one report under "unreachable" follow-ups. A reference that points
 * at nothing recognisable leaves the graph unknown, so these checks wait until it is fixed.
 */
import { closest } from '../../content/problems';
import { findCycles, reachableFrom, reachingAny, type Successors } from '../graph';
import { outcomesOf, type NodeOutline, type ScenarioOutline } from '../outline';
import type { Reporter } from '../report';

export function checkGraph(outline: ScenarioOutline, report: Reporter): void {
	if (!outline.graphKnown) return;
	const { nodes, nodeIds } = outline;
	const resolve = (name: string) => (nodeIds.includes(name) ? name : closest(name, nodeIds));
	if ([...nodes.values()].flatMap(referencesOf).some((name) => resolve(name) === undefined)) return;
	const targets = (names: readonly string[]) => names.map((name) => resolve(name)!);

	const successors: Successors = new Map(
		[...nodes].map(([id, node]) => [id, targets(referencesOf(node))])
	);

	const start = outline.start === undefined ? undefined : resolve(outline.start);
	if (start !== undefined) {
		const reachable = reachableFrom(start, successors);
		for (const id of nodeIds) {
			if (reachable.has(id)) continue;
			report.error(
				['nodes', id],
				`deze node is vanaf start ("${start}") niet te bereiken`,
				`Laat een keuze (next) of regel (to) naar "${id}" verwijzen, of haal de node weg.`
			);
		}
	}

	// A node with no way on at all is reported by the node checks already; most often it is
	// an ending without `end: true`, so it counts as one here rather than failing its callers.
	const ends = nodeIds.filter((id) => {
		const node = nodes.get(id)!;
		return node.hasEnd || (!node.hasChoices && !node.hasNext);
	});
	const finishing = reachingAny(ends, successors);
	for (const [id, node] of nodes) {
		if (finishing.has(id) || referencesOf(node).length === 0) continue;
		report.error(
			['nodes', id],
			'vanaf deze node is geen einde (end: true) te bereiken: wie hier komt, kan het scenario niet afmaken',
			'Laat minstens één keuze of regel, eventueel via andere nodes, naar een node met end: true leiden.'
		);
	}

	const automatic: Successors = new Map(
		[...nodes]
			.filter(([, node]) => node.hasNext && !node.hasChoices)
			.map(([id, node]) => [id, targets((node.rules ?? []).map((rule) => rule.to!))])
	);
	for (const cycle of findCycles(automatic)) {
		report.error(
			['nodes', cycle[0]!, 'next'],
			`deze node gaat met next automatisch rond in een kring: ${[...cycle, cycle[0]].join(' → ')}; daar komt de deelnemer nooit meer uit`,
			'Onderweg in zo’n kring verandert er niets, dus hij kan eindeloos doorgaan. Geef minstens één node in de kring keuzes (choices).'
		);
	}
}

/** Where the node can lead; complete when the outline's graph is known. */
function referencesOf(node: NodeOutline): string[] {
	return [
		...outcomesOf(node).flatMap(({ outcome }) => outcome.next ?? []),
		...(node.rules ?? []).flatMap((rule) => rule.to ?? [])
	];
}
