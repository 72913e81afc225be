/**
 * A finished play-through as the learner sees it: per dimension the total as a share of the
 * best reachable total in this scenario (DESIGN.md, "The rubric"), and the record that is kept
 * of the attempt in local storage.
 */
import { percent } from '../dutch';
import type { RubricDimension } from '../content/types';
import type { ScenarioAttempt } from '../progress/schema';
import type { PathStep, ScenarioData } from '../scenario/types';

export interface DimensionResult {
	dimension: string;
	total: number;
	/** The highest total reachable at an ending in this scenario. */
	best: number;
	/** `total / best` within 0..1; null when the best is not above 0 (no share to show). */
	share: number | null;
	/** E.g. "2 van 4 — 50 %". */
	text: string;
}

/**
 * The rubric dimensions a scenario scores, in the scenario's order: the order of its results,
 * wherever they are shown (player, training, history).
 */
export function scenarioDimensions(scenario: Pick<ScenarioData, 'rubric'>, rubric: readonly RubricDimension[]): RubricDimension[] {
	return scenario.rubric.flatMap((id) => rubric.filter((d) => d.id === id));
}

/** Results as rows for a chart: each with the dimension's Dutch name. */
export function chartRows(results: readonly DimensionResult[], dimensions: readonly RubricDimension[]) {
	const names = new Map(dimensions.map((d) => [d.id, d.name]));
	return results.map((r) => ({ name: names.get(r.dimension) ?? r.dimension, share: r.share, text: r.text }));
}

/** What is kept of a finished play-through: the stored shape, defined once in the progress schema. */
export type AttemptRecord = ScenarioAttempt;

/**
 * Negative totals show as 0 %; a total above `best` (possible only when the analysis was cut
 * short by its bounds) shows as 100 %.
 */
export function shareOf(total: number, best: number): number | null {
	if (best <= 0) return null;
	return Math.min(1, Math.max(0, total / best));
}

/**
 * "2 van 4 — 50 %". The share is always worked out from the `best` shown, so the two figures
 * agree even for an attempt stored before a scenario changed.
 */
export function describeScore(total: number, best: number): string {
	const share = shareOf(total, best);
	if (share === null) return `${total} ${Math.abs(total) === 1 ? 'punt' : 'punten'} (hier zijn geen punten te halen)`;
	return `${total} van ${best} — ${percent(share)}`;
}

/** One result per dimension, in the order given (the scenario's rubric order). */
export function dimensionResults(
	totals: Readonly<Record<string, number>>,
	best: Readonly<Record<string, number>>,
	dimensions: readonly string[] = Object.keys(best)
): DimensionResult[] {
	return dimensions.map((dimension) => {
		const total = totals[dimension] ?? 0;
		const top = best[dimension] ?? 0;
		const share = shareOf(total, top);
		return { dimension, total, best: top, share, text: describeScore(total, top) };
	});
}

export function createAttemptRecord(
	scenario: ScenarioData,
	finish: { endNode: string; path: PathStep[]; totals: Record<string, number> },
	finishedAt: Date
): AttemptRecord {
	const results = dimensionResults(finish.totals, scenario.best, scenario.rubric);
	const outcome = scenario.nodes[finish.endNode]?.outcome;
	return {
		scenarioId: scenario.id,
		moduleId: scenario.moduleId,
		finishedAt: finishedAt.toISOString(),
		endNode: finish.endNode,
		...(outcome !== undefined && { outcome }),
		path: finish.path,
		totals: { ...finish.totals },
		shares: Object.fromEntries(results.map((r) => [r.dimension, r.share]))
	};
}
