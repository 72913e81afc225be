/**
 * Whether a condition can hold for any values at all, judged on the condition alone (no paths):
 * `trust > 5` never holds because trust stays within -5..5, `regie > 2 and regie < 1` never
 * holds for any total. Catches the impossible `if` before anyone plays the scenario.
 */
import { type Comparison, type Condition } from './condition';

/** The integers a name can take, bounds included; `Infinity` for no bound. */
export interface Domain {
	min: number;
	max: number;
}

export function canEverHold(tree: Condition, domainOf: (name: string) => Domain): boolean {
	return disjuncts(tree).some((allOf) => allOfCanHold(allOf, domainOf));
}

/** The condition as "any of (all of ...)"; with `and` binding tighter this is its own shape. */
function disjuncts(tree: Condition): Comparison[][] {
	switch (tree.kind) {
		case 'compare':
			return [[tree]];
		case 'or':
			return tree.terms.flatMap(disjuncts);
		case 'and':
			return tree.terms.reduce<Comparison[][]>(
				(sofar, term) => sofar.flatMap((left) => disjuncts(term).map((right) => [...left, ...right])),
				[[]]
			);
	}
}

function allOfCanHold(comparisons: Comparison[], domainOf: (name: string) => Domain): boolean {
	const names = new Set(comparisons.map((c) => c.name));
	return [...names].every((name) =>
		someIntegerFits(
			comparisons.filter((c) => c.name === name),
			domainOf(name)
		)
	);
}

/** Narrows the domain by every comparison on one name and looks for an integer left over. */
function someIntegerFits(comparisons: Comparison[], domain: Domain): boolean {
	let { min, max } = domain;
	const excluded = new Set<number>();
	for (const { op, value } of comparisons) {
		if (op === '<') max = Math.min(max, value - 1);
		else if (op === '<=') max = Math.min(max, value);
		else if (op === '>') min = Math.max(min, value + 1);
		else if (op === '>=') min = Math.max(min, value);
		else if (op === '==') {
			min = Math.max(min, value);
			max = Math.min(max, value);
		} else excluded.add(value);
	}
	if (min > max) return false;
	// More integers in range than values excluded: one must be left (also when unbounded).
	if (max - min + 1 > excluded.size) return true;
	// Otherwise the range holds at most `excluded.size` integers, so that many steps (plus one)
	// decide it. Counting steps rather than testing `candidate <= max` alone keeps the loop
	// finite where `candidate + 1` no longer changes the number (beyond 2^53, or ±Infinity).
	for (let step = 0; step <= excluded.size; step++) {
		const candidate = min + step;
		if (candidate > max) break;
		if (!excluded.has(candidate)) return true;
	}
	return false;
}
