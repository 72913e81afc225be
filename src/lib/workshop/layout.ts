/**
 * Where the map draws each node and edge: layers from top to bottom by fewest steps from the
 * start, and within a layer an order that keeps edges short (each node near the mean position
 * of the nodes that lead to it, one pass down; ties in the author's order). Plain numbers for
 * an SVG `viewBox`.
 */
import type { MapEdge, MapNode, ScenarioMap } from './map';

export const NODE_WIDTH = 168;
export const NODE_HEIGHT = 48;
const COLUMN = NODE_WIDTH + 40;
const ROW = NODE_HEIGHT + 56;
const MARGIN = 16;

export interface PlacedNode {
	node: MapNode;
	x: number;
	y: number;
}

/** The ways from one node to another, drawn as one line (choices that lead to the same node share it). */
export interface PlacedEdge {
	from: string;
	to: string;
	edges: MapEdge[];
	/** SVG path data from the source's bottom to the target's top (or around, for edges back up). */
	path: string;
	/** Where its short label goes. */
	labelX: number;
	labelY: number;
}

export interface MapLayout {
	width: number;
	height: number;
	nodes: PlacedNode[];
	edges: PlacedEdge[];
}

export function layoutMap(map: ScenarioMap): MapLayout {
	const byLayer: MapNode[][] = Array.from({ length: map.layers }, () => []);
	for (const node of map.nodes) byLayer[node.layer]!.push(node);
	const column = new Map<string, number>();
	const sources = new Map<string, string[]>();
	for (const edge of map.edges) if (edge.to !== undefined) sources.set(edge.to, [...(sources.get(edge.to) ?? []), edge.from]);

	for (const layer of byLayer) {
		const wanted = (node: MapNode) => {
			const above = (sources.get(node.id) ?? []).flatMap((id) => column.get(id) ?? []);
			return above.length ? above.reduce((a, b) => a + b, 0) / above.length : Infinity;
		};
		const order = layer.map((node, i) => ({ node, i, wanted: wanted(node) }));
		order.sort((a, b) => (a.wanted === b.wanted ? a.i - b.i : a.wanted - b.wanted));
		layer.splice(0, layer.length, ...order.map((o) => o.node));
		layer.forEach((node, i) => column.set(node.id, i - (layer.length - 1) / 2));
	}

	const widest = Math.max(1, ...byLayer.map((l) => l.length));
	const width = widest * COLUMN - (COLUMN - NODE_WIDTH) + 2 * MARGIN + COLUMN / 2;
	const centre = width / 2;
	const placed = new Map<string, PlacedNode>();
	byLayer.forEach((layer, row) => {
		for (const node of layer) {
			placed.set(node.id, { node, x: centre + column.get(node.id)! * COLUMN - NODE_WIDTH / 2, y: MARGIN + row * ROW });
		}
	});

	const groups = new Map<string, MapEdge[]>();
	for (const edge of map.edges) {
		if (edge.to === undefined || !placed.has(edge.from) || !placed.has(edge.to)) continue;
		const key = `${edge.from}\n${edge.to}`;
		groups.set(key, [...(groups.get(key) ?? []), edge]);
	}
	const edges = [...groups.values()].map((group, i) => placeEdges(group, placed.get(group[0]!.from)!, placed.get(group[0]!.to!)!, i));
	return { width, height: MARGIN * 2 + Math.max(1, map.layers) * ROW - (ROW - NODE_HEIGHT), nodes: [...placed.values()], edges };
}

function placeEdges(edges: MapEdge[], from: PlacedNode, to: PlacedNode, order: number): PlacedEdge {
	const ends = { from: from.node.id, to: to.node.id, edges };
	const x1 = from.x + NODE_WIDTH / 2;
	const y1 = from.y + NODE_HEIGHT;
	const x2 = to.x + NODE_WIDTH / 2;
	if (to.y > from.y) {
		// Down: from the source's bottom to the target's top.
		const y2 = to.y;
		const bend = (y2 - y1) / 2;
		return { ...ends, path: `M${x1},${y1} C${x1},${y1 + bend} ${x2},${y2 - bend} ${x2},${y2}`, labelX: (x1 + x2) / 2, labelY: (y1 + y2) / 2 };
	}
	if (to.y === from.y && to !== from) {
		// Sideways in one layer: below both, from bottom to bottom.
		const dip = 26 + (order % 3) * 6;
		const xa = x1 + (x2 > x1 ? 20 : -20);
		const xb = x2 + (x2 > x1 ? -20 : 20);
		return { ...ends, path: `M${xa},${y1} C${xa},${y1 + dip} ${xb},${y1 + dip} ${xb},${y1}`, labelX: (xa + xb) / 2, labelY: y1 + dip * 0.75 };
	}
	// Back up, or to itself: out of the source's right side, round to the target's right side.
	const xs = from.x + NODE_WIDTH;
	const ys = from.y + NODE_HEIGHT / 2 - 8;
	const xt = to.x + NODE_WIDTH;
	const yt = to.y + NODE_HEIGHT / 2 + (to === from ? 10 : 0);
	const out = Math.max(xs, xt) + 24 + (order % 3) * 10;
	return { ...ends, path: `M${xs},${ys} C${out},${ys} ${out},${yt} ${xt},${yt}`, labelX: out - 6, labelY: (ys + yt) / 2 };
}
