/**
 * A finished play-through as the learner sees it: per dimension the total as a share of the
 * best reachable total in this scenario (DESIGN.md, "The rubric"), and the record that is kept
 * of the attempt in local storage.
 */
import { percent } from '../dutch';
import type { RubricDimension } from '../content/types';
import { standingOf, STANDING_WORDS, type Standing } from './quality';
import type { ScenarioAttempt } from '../progress/schema';
import type { PathStep, ScenarioData } from '../scenario/types';

export interface DimensionResult {
	dimension: string;
	total: number;
	/** The highest total reachable at an ending in this scenario. */
	best: number;
	/** `total / best` within 0..1; null when the best is not above 0 (no share to show). */
	share: number | null;
	/** The word for the share (see `standingOf`); null when there is no share. */
	standing: Standing | null;
	/** Short, beside a bar whose caption names the best reachable: "50 % · op weg". */
	figure: string;
	/** Whole, where it stands alone: "50 % van het best haalbare · op weg". */
	text: string;
	/** Said in words when the total is below zero (a share can't show it). */
	note?: string;
}

/**
 * The rubric dimensions a scenario scores, in the scenario's order: the order of its results,
 * wherever they are shown (player, training, history).
 */
export function scenarioDimensions<D extends Pick<RubricDimension, 'id'>>(scenario: Pick<ScenarioData, 'rubric'>, rubric: readonly D[]): D[] {
	return scenario.rubric.flatMap((id) => rubric.filter((d) => d.id === id));
}

/** One row of a score chart (see ScoreChart.svelte). */
export interface ChartRow {
	name: string;
	share: number | null;
	figure: string;
	note?: string;
}

/** Results as rows for a chart: each with the dimension's Dutch name. */
export function chartRows(results: readonly DimensionResult[], dimensions: readonly Pick<RubricDimension, 'id' | 'name'>[]): ChartRow[] {
	const names = new Map(dimensions.map((d) => [d.id, d.name]));
	return results.map((r) => ({
		name: names.get(r.dimension) ?? r.dimension,
		share: r.share,
		figure: r.figure,
		...(r.note !== undefined && { note: r.note })
	}));
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
 * How scores read, defined once for every place they appear (scenario result, attempt history,
 * results page, certificate, training end screen). A score is a share of the best reachable
 * total with its standing word, never a bare total: a total can be below zero, and "-10 van 11"
 * reads as nonsense. A total below zero is said in words instead (`BELOW_ZERO`).
 */
export const BEST_REACHABLE = 'van het best haalbare';
export const NO_POINTS = 'hier zijn geen punten te halen';
export const BELOW_ZERO = 'Je keuzes werkten hier vooral tegen je (onder nul).';

/** "50 % · op weg": a share (0..1) with its standing word. */
export function shareFigure(share: number): string {
	return `${percent(share)} · ${STANDING_WORDS[standingOf(share)]}`;
}

/** "50 % van het best haalbare · op weg". */
export function shareText(share: number): string {
	return `${percent(share)} ${BEST_REACHABLE} · ${STANDING_WORDS[standingOf(share)]}`;
}

/**
 * A total against the best reachable, as words: the share is always worked out from the `best`
 * shown, so the figures agree even for an attempt stored before a scenario changed.
 */
export function scoreWording(total: number, best: number): Omit<DimensionResult, 'dimension' | 'total' | 'best'> {
	const share = shareOf(total, best);
	const note = total < 0 ? { note: BELOW_ZERO } : {};
	if (share === null) return { share, standing: null, figure: NO_POINTS, text: NO_POINTS, ...note };
	return { share, standing: standingOf(share), figure: shareFigure(share), text: shareText(share), ...note };
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
		return { dimension, total, best: top, ...scoreWording(total, top) };
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
