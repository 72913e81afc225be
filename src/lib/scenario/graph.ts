/**
 * Plain graph walks over node ids, with conditions ignored: used for the author-facing checks
 * on the scenario's shape (what is reachable, what leads to an end, where next-rules loop).
 */

/** For each node, the nodes it can lead to. */
export type Successors = ReadonlyMap<string, readonly string[]>;

/** Every node reachable from `start`, `start` included. */
export function reachableFrom(start: string, successors: Successors): Set<string> {
	const seen = new Set([start]);
	const queue = [start];
	for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
		for (const target of successors.get(next) ?? []) {
			if (seen.has(target)) continue;
			seen.add(target);
			queue.push(target);
		}
	}
	return seen;
}

/** Every node from which at least one of `targets` can be reached (the targets included). */
export function reachingAny(targets: Iterable<string>, successors: Successors): Set<string> {
	const predecessors = new Map<string, string[]>();
	for (const [from, tos] of successors) {
		for (const to of tos) predecessors.set(to, [...(predecessors.get(to) ?? []), from]);
	}
	const seen = new Set<string>();
	for (const target of targets) {
		if (seen.has(target)) continue;
		for (const node of reachableFrom(target, predecessors)) seen.add(node);
	}
	return seen;
}

/**
 * Cycles in the graph, each as its nodes in walking order, none sharing a node with an earlier
 * one. First every node that cannot be part of a cycle (nothing left to go to) is peeled off;
 * in what remains every node has a successor that remains, so walking from any of them must
 * come back to a node already seen, and the walk from there on is a cycle.
 */
export function findCycles(successors: Successors): string[][] {
	const remaining = new Set(successors.keys());
	const targetsLeft = (node: string) => (successors.get(node) ?? []).filter((t) => remaining.has(t));
	for (let peeled = true; peeled; ) {
		peeled = false;
		for (const node of remaining) {
			if (targetsLeft(node).length === 0) {
				remaining.delete(node);
				peeled = true;
			}
		}
	}

	const cycles: string[][] = [];
	const inCycle = new Set<string>();
	for (const start of remaining) {
		if (inCycle.has(start)) continue;
		const walk: string[] = [];
		let node = start;
		while (!walk.includes(node)) {
			walk.push(node);
			node = targetsLeft(node)[0]!;
		}
		const cycle = walk.slice(walk.indexOf(node));
		if (cycle.some((n) => inCycle.has(n))) continue;
		cycle.forEach((n) => inCycle.add(n));
		cycles.push(cycle);
	}
	return cycles;
}
