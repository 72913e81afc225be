/**
 * The scenario's graph as written, conditions ignored: where each node can lead, what can be
 * reached from `start`, and from which nodes no ending can be reached. The validator's graph
 * checks report from it, and the workshop's map marks the same nodes, so both always agree.
 *
 * A reference with a likely typo is counted as pointing at the node it probably meant: the
 * typo is reported already, and the rest of the graph is judged as the author intended
 * instead of burying that one report under "unreachable" follow-ups. A reference that points
 * at nothing recognisable leaves the graph unknown (no shape), until it is fixed.
 */
import { closest } from '../content/problems';
import { reachableFrom, reachingAny, type Successors } from './graph';
import { waysOn, type NodeOutline, type ScenarioOutline } from './outline';

export interface ScenarioShape {
	/** The node a reference means: itself, or the node its typo most likely meant. */
	resolve(name: string): string | undefined;
	/** Per node, the nodes its ways on lead to (references resolved). */
	successors: Successors;
	/** The start node (resolved), when the scenario names one. */
	start?: string;
	/** Every node reachable from `start`; undefined without a start. */
	reachable?: ReadonlySet<string>;
	/**
	 * Nodes that lead on but from which no ending can be reached, in the author's order. A node
	 * with no way on at all counts as an ending here: it is most often one without `end: true`,
	 * which the node checks report, rather than a fault of the nodes that lead to it.
	 */
	noEnding: string[];
}

/** The shape, or undefined while a node, a list or a reference cannot be read. */
export function shapeOf(outline: ScenarioOutline): ScenarioShape | undefined {
	if (!outline.graphKnown) return undefined;
	const { nodes, nodeIds } = outline;
	const resolve = (name: string) => (nodeIds.includes(name) ? name : closest(name, nodeIds));
	if ([...nodes.values()].flatMap(referencesOf).some((name) => resolve(name) === undefined)) return undefined;

	const successors: Successors = new Map([...nodes].map(([id, node]) => [id, referencesOf(node).map((name) => resolve(name)!)]));
	const start = outline.start === undefined ? undefined : resolve(outline.start);
	const ends = nodeIds.filter((id) => {
		const node = nodes.get(id)!;
		return node.hasEnd || (!node.hasChoices && !node.hasNext);
	});
	const finishing = reachingAny(ends, successors);
	return {
		resolve,
		successors,
		...(start !== undefined && { start, reachable: reachableFrom(start, successors) }),
		noEnding: nodeIds.filter((id) => !finishing.has(id) && referencesOf(nodes.get(id)!).length > 0)
	};
}

/** Where the node can lead; complete when the outline's graph is known. */
function referencesOf(node: NodeOutline): string[] {
	return waysOn(node).flatMap((way) => way.to ?? []);
}
