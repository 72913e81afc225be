/**
 * An imported file checked against the course as it is now. The schema already refuses numbers
 * no version of the course could produce; this refuses attempts whose totals this scenario can't
 * reach (an edited file, or a file from before the scenario changed), and works out each
 * attempt's shares again from its totals, so no file can make a result look better than the
 * play-through it records.
 */
import { own } from '../own';
import { shareOf } from '../scoring/result';
import type { Progress, ScenarioAttempt } from './schema';

/** Per scenario of the course, the lowest and highest total reachable per dimension. */
export type ScenarioBounds = Record<string, { best: Record<string, number>; worst: Record<string, number> }>;

export interface CourseFit {
	progress: Progress;
	/** Attempts left out because their totals can't be reached in the scenario. */
	refused: number;
}

export function fitToCourse(progress: Progress, bounds: ScenarioBounds): CourseFit {
	let refused = 0;
	const scenarios = Object.fromEntries(
		Object.entries(progress.scenarios).flatMap(([id, attempts]) => {
			const scenario = own(bounds, id);
			if (!scenario) return [[id, attempts]];
			const kept = attempts.filter((attempt) => reachable(attempt, scenario)).map((attempt) => withShares(attempt, scenario.best));
			refused += attempts.length - kept.length;
			return kept.length ? [[id, kept]] : [];
		})
	);
	return { progress: { ...progress, scenarios }, refused };
}

function reachable(attempt: ScenarioAttempt, scenario: ScenarioBounds[string]): boolean {
	return Object.entries(attempt.totals).every(([dimension, total]) => {
		const best = own(scenario.best, dimension);
		const worst = own(scenario.worst, dimension);
		return best === undefined || worst === undefined || (total >= worst && total <= best);
	});
}

function withShares(attempt: ScenarioAttempt, best: Record<string, number>): ScenarioAttempt {
	const shares = Object.fromEntries(
		Object.keys(attempt.shares).map((dimension) => {
			const top = own(best, dimension);
			const total = own(attempt.totals, dimension);
			return [dimension, top === undefined || total === undefined ? own(attempt.shares, dimension) ?? null : shareOf(total, top)];
		})
	);
	return { ...attempt, shares };
}
