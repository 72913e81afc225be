/**
 * Choosing among a learner's attempts, and summing up across scenarios for the results page
 * and the certificate.
 *
 * Results count each scenario's best attempt: the course invites learners to explore other
 * ways through a conversation, and exploring must never lower what is shown or printed. Every
 * attempt stays in the history.
 */
import { own } from '../own';
import { standingOf, type Standing } from './quality';
import type { Progress, ScenarioAttempt } from '../progress/schema';

/** The mean share over the dimensions that have one; null when none has. */
export function meanShare(attempt: Pick<ScenarioAttempt, 'shares'>): number | null {
	const shares = Object.values(attempt.shares).filter((s): s is number => s !== null);
	return shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : null;
}

/**
 * The best attempt, defined once: the highest mean share over the scenario's dimensions (each
 * share is the total against the best reachable, 0..1). An attempt with no share at all counts
 * below every other; of equal attempts the later one wins.
 */
export function bestAttempt<T extends Pick<ScenarioAttempt, 'shares'>>(attempts: readonly T[]): T | undefined {
	let best: T | undefined;
	for (const attempt of attempts) {
		if (!best || (meanShare(attempt) ?? -1) >= (meanShare(best) ?? -1)) best = attempt;
	}
	return best;
}

/**
 * The attempts at scenarios of this course only: an imported file may carry attempts at
 * scenarios that have since been removed, and they must count nowhere.
 */
export function courseAttempts(
	progress: Pick<Progress, 'scenarios'>,
	modules: readonly { scenarioIds: readonly string[] }[]
): Record<string, ScenarioAttempt[]> {
	const inCourse = new Set(modules.flatMap((m) => m.scenarioIds));
	return Object.fromEntries(Object.entries(progress.scenarios).filter(([id]) => inCourse.has(id)));
}

export interface DimensionSummary {
	dimension: string;
	/** Mean share over the scenarios that score this dimension (their best attempt). */
	share: number;
	scenarios: number;
	standing: Standing;
}

/**
 * Per dimension, how the learner does across scenarios, judged on each scenario's best attempt
 * (see `bestAttempt`). Dimensions no played scenario scores are left out.
 */
export function summariseDimensions(
	attemptsByScenario: Readonly<Record<string, readonly ScenarioAttempt[]>>,
	dimensions: readonly string[]
): DimensionSummary[] {
	const best = Object.values(attemptsByScenario).flatMap((attempts) => bestAttempt(attempts) ?? []);
	return dimensions.flatMap((dimension) => {
		const shares = best.map((a) => own(a.shares, dimension)).filter((s): s is number => typeof s === 'number');
		if (shares.length === 0) return [];
		const share = shares.reduce((a, b) => a + b, 0) / shares.length;
		return [{ dimension, share, scenarios: shares.length, standing: standingOf(share) }];
	});
}

/** At most this many dimensions are named "to practise": a short list a learner can act on. */
export const PRACTISE_AT_MOST = 3;

/**
 * The dimensions to practise: those not yet "sterk", lowest share first, at most
 * `PRACTISE_AT_MOST` (of equal shares, the first in the rubric's order).
 */
export function dimensionsToPractise(summary: readonly DimensionSummary[]): DimensionSummary[] {
	return summary
		.filter((d) => d.standing !== 'sterk')
		.map((d, order) => ({ d, order }))
		.sort((a, b) => a.d.share - b.d.share || a.order - b.order)
		.slice(0, PRACTISE_AT_MOST)
		.map(({ d }) => d);
}

/**
 * Where to practise a dimension: of the scenarios played that score it, the one whose best
 * attempt has the lowest share on it (the first of equals, in the order given).
 */
export function scenarioToPractise(
	attemptsByScenario: Readonly<Record<string, readonly ScenarioAttempt[]>>,
	dimension: string
): string | undefined {
	let found: { id: string; share: number } | undefined;
	for (const [id, attempts] of Object.entries(attemptsByScenario)) {
		const share = own(bestAttempt(attempts)?.shares ?? {}, dimension);
		if (typeof share === 'number' && (!found || share < found.share)) found = { id, share };
	}
	return found?.id;
}
