/**
 * The data of a scenario's map: its nodes and its ways on as a graph, with what the validator
 * knows about them. Built from the lenient reading of the file (`outline.ts`), so a map can be
 * drawn while the file still has errors; the graph as written comes from `shapeOf` (the same
 * function the validator's graph checks use), and what only playing shows (stuck paths, nodes
 * no real path enters, best and worst totals) from the path analysis, when the file got that far.
 */
import type { KeyPath } from '../content/problems';
import type { ScenarioAnalysis } from '../scenario/analyse';
import { waysOn, type NodeOutline, type ScenarioOutline, type WayOn } from '../scenario/outline';
import { replyLabel } from '../scenario/respond';
import { shapeOf } from '../scenario/shape';
import type { DecisionRange } from '../scenario/types';
import { choiceQuality, type ChoiceQuality } from '../scoring/quality';

export type NodeKind = 'choices' | 'next' | 'end' | 'unknown';

export interface MapNode {
	id: string;
	/** The file line the node starts on. */
	line?: number;
	kind: NodeKind;
	text?: string;
	outcome?: string;
	requires?: string;
	isStart: boolean;
	/** Fewest steps from the start (as written); unreachable nodes come one layer after the last. */
	layer: number;
	/** No way leads here from the start, conditions ignored (a validation error). */
	unreachable: boolean;
	/** No ending can be reached from here, conditions ignored (a validation error). */
	noEnding: boolean;
	/** A real path arrives here and finds no choice offered (a validation error). */
	stuck: boolean;
	/** No real path enters this node: the conditions on the way never allow it (a warning). */
	unvisited: boolean;
	/** How many different real arrivals break this ending's `requires` (an error when more than 0). */
	unmetRequires: number;
}

export interface MapEdge {
	from: string;
	/** The node it leads to (a typo resolved as the validator does); undefined when none is recognisable. */
	to?: string;
	/** The target as written. */
	target?: string;
	kind: WayOn['kind'];
	/** Index as written (0-based). */
	index: number;
	line?: number;
	if?: string;
	/** A choice's label, or a reply rule's name with the moves it asks for. */
	label?: string;
	/** Reply rules only: the moves that rule a reply out of this rule. */
	unless?: string[];
	score: Record<string, number>;
	trust?: number;
	sets: string[];
	quality?: ChoiceQuality;
	/** A choice no real path that reaches its node is offered (a warning). */
	neverOffered: boolean;
}

export interface ScenarioMap {
	start?: string;
	nodes: MapNode[];
	edges: MapEdge[];
	/** Number of layers, unreachable nodes included. */
	layers: number;
	/** The graph could be read as a whole, so the marks for unreachable nodes and missing endings are known. */
	shapeKnown: boolean;
	/** The rubric the scenario scores, when it is a list of names. */
	rubric: string[];
	/** Present when every real path was played. */
	played?: {
		best: Record<string, number>;
		worst: Record<string, number>;
		decisions: DecisionRange;
		complete: boolean;
	};
}

/** Where a key path is in the file: the line of its key (or list item), when it has one. */
export type LineOf = (path: KeyPath) => number | undefined;

export function scenarioMap(outline: ScenarioOutline, lineOf: LineOf, analysis?: ScenarioAnalysis): ScenarioMap {
	const shape = shapeOf(outline);
	const exists = (name: string) => (outline.nodes.has(name) ? name : undefined);
	const resolve = shape?.resolve ?? exists;
	const start = outline.start === undefined ? undefined : resolve(outline.start);

	// Nodes and choices no real path reaches are known only when every path was played.
	const stuck = new Set(analysis?.stuck.map((s) => s.nodeId));
	const unvisited = new Set(analysis?.complete ? analysis.unvisited : []);
	const unmet = new Map(analysis?.unmetRequirements.map((u) => [u.nodeId, u.paths.length]));
	const neverOffered = new Set(analysis?.complete ? analysis.neverOffered.map((c) => `${c.nodeId} ${c.choiceIndex}`) : []);
	const noEnding = new Set(shape?.noEnding);

	const edges = outline.nodeIds.flatMap((id) =>
		waysOn(outline.nodes.get(id)!).map((way) => edgeOf(id, way, resolve, lineOf, way.kind === 'choice' && neverOffered.has(`${id} ${way.index}`)))
	);
	const layerOf = layers(start, outline.nodeIds, edges);
	const lastLayer = Math.max(-1, ...layerOf.values());

	const nodes = outline.nodeIds.map((id): MapNode => {
		const node = outline.nodes.get(id)!;
		const layer = layerOf.get(id);
		return {
			id,
			line: lineOf(['nodes', id]),
			kind: kindOf(node),
			...(node.text !== undefined && { text: node.text }),
			...(node.outcome !== undefined && { outcome: node.outcome }),
			...(node.requires !== undefined && { requires: node.requires }),
			isStart: id === start,
			layer: layer ?? lastLayer + 1,
			unreachable: Boolean(shape?.reachable && !shape.reachable.has(id)),
			noEnding: noEnding.has(id),
			stuck: stuck.has(id),
			unvisited: unvisited.has(id),
			unmetRequires: unmet.get(id) ?? 0
		};
	});

	return {
		...(start !== undefined && { start }),
		nodes,
		edges,
		layers: Math.max(0, ...nodes.map((n) => n.layer + 1)),
		shapeKnown: shape !== undefined,
		rubric: outline.rubric ?? [],
		...(analysis && {
			played: { best: analysis.best, worst: analysis.worst, decisions: analysis.decisions, complete: analysis.complete }
		})
	};
}

/** Words for what the validator knows about a node, so the map never says it by colour alone. */
export function nodeMarks(node: MapNode): string[] {
	return [
		...(node.isStart ? ['start'] : []),
		...(node.kind === 'end' ? ['einde'] : []),
		...(node.unreachable ? ['onbereikbaar'] : []),
		...(node.noEnding || node.stuck ? ['loopt vast'] : []),
		...(node.unvisited ? ['geen pad komt hier'] : []),
		...(node.unmetRequires > 0 ? ['einde past niet bij elk pad'] : [])
	];
}

/** Whether the map should draw attention to the node: something here needs fixing. */
export function needsAttention(node: MapNode): boolean {
	return node.unreachable || node.noEnding || node.stuck || node.unvisited || node.unmetRequires > 0;
}

function edgeOf(from: string, way: WayOn, resolve: (name: string) => string | undefined, lineOf: LineOf, neverOffered: boolean): MapEdge {
	const to = way.to === undefined ? undefined : resolve(way.to);
	const place = { choice: ['choices'], reply: ['respond', 'rules'], rule: ['next'] }[way.kind];
	const edge: MapEdge = {
		from,
		...(to !== undefined && { to }),
		...(way.to !== undefined && { target: way.to }),
		kind: way.kind,
		index: way.index,
		line: lineOf(['nodes', from, ...place, way.index]),
		...(way.kind !== 'reply' && way.if !== undefined && { if: way.if }),
		score: {},
		sets: [],
		neverOffered
	};
	if (way.kind === 'rule') return edge;
	const outcome = way.kind === 'choice' ? way.choice : way.reply;
	const score = Object.fromEntries(Object.entries(outcome.score).filter((entry): entry is [string, number] => Number.isInteger(entry[1])));
	const label = way.kind === 'choice' ? way.choice.label : replyLabel({ moves: way.reply.moves.filter(isText) });
	return {
		...edge,
		...(label !== undefined && { label }),
		...(way.kind === 'reply' && { unless: way.reply.unless.filter(isText) }),
		score,
		// Left out, a choice or reply rule changes trust by 0 (the schema's default).
		trust: outcome.trust ?? 0,
		sets: outcome.sets.filter(isText),
		quality: choiceQuality(score)
	};
}

function kindOf(node: NodeOutline): NodeKind {
	if (node.hasEnd) return 'end';
	if (node.hasChoices) return 'choices';
	if (node.hasNext) return 'next';
	return 'unknown';
}

/** Fewest steps from the start to each node it reaches, over the edges as written. */
function layers(start: string | undefined, nodeIds: readonly string[], edges: readonly MapEdge[]): Map<string, number> {
	const layer = new Map<string, number>();
	if (start === undefined) return layer;
	const onward = new Map<string, string[]>(nodeIds.map((id) => [id, []]));
	for (const edge of edges) if (edge.to !== undefined) onward.get(edge.from)?.push(edge.to);
	layer.set(start, 0);
	const queue = [start];
	for (let head = 0; head < queue.length; head++) {
		const id = queue[head]!;
		for (const next of onward.get(id) ?? []) {
			if (layer.has(next)) continue;
			layer.set(next, layer.get(id)! + 1);
			queue.push(next);
		}
	}
	return layer;
}

function isText(value: string | undefined): value is string {
	return value !== undefined;
}
