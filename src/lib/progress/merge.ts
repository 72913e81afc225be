/**
 * Merging imported progress into the progress already on this device, so that nothing the
 * learner has is ever lost and importing the same file twice adds nothing the second time.
 *
 * The rules, per part of progress:
 * - Lessons read: the union. A lesson in both keeps the earlier date (it was read by then).
 * - Quiz answers: one answer per question, so two answers can't both be kept. The answer already
 *   on this device wins, because that is what the learner sees in the quiz now; an import must
 *   never change a score behind their back. Questions answered only in the file are added.
 * - Scenario attempts: the union, where an attempt is the same attempt when scenario, moment of
 *   finishing and ending are the same (then the copy on this device is kept); in time order.
 */
import { joinDutch } from '../dutch';
import { PROGRESS_VERSION, type Progress, type QuizAnswer, type ScenarioAttempt } from './schema';

export interface MergeCounts {
	/** Lessons read in the file but not yet here. */
	lessons: number;
	/** Quiz answers to questions not yet answered here. */
	quizAnswers: number;
	/** Scenario attempts not yet here. */
	scenarioAttempts: number;
	/** Lessons read here whose date moves back to the earlier date in the file. */
	earlierReadDates: number;
}

export interface MergeResult {
	progress: Progress;
	added: MergeCounts;
	/** False when the merge leaves progress exactly as it was. */
	changed: boolean;
}

// Maps rather than plain objects throughout: keys come from a file and could be anything,
// including names like `constructor` that plain objects already "have".

export function mergeProgress(existing: Progress, incoming: Progress): MergeResult {
	const added: MergeCounts = { lessons: 0, quizAnswers: 0, scenarioAttempts: 0, earlierReadDates: 0 };

	const lessons = new Map(Object.entries(existing.lessons));
	for (const [key, entry] of Object.entries(incoming.lessons)) {
		const own = lessons.get(key);
		if (!own) {
			lessons.set(key, entry);
			added.lessons++;
		} else if (time(entry.readAt) < time(own.readAt)) {
			lessons.set(key, entry);
			added.earlierReadDates++;
		}
	}

	const quizzes = new Map(Object.entries(existing.quizzes).map(([module, answers]) => [module, new Map(Object.entries(answers))]));
	for (const [module, answers] of Object.entries(incoming.quizzes)) {
		const own = quizzes.get(module) ?? new Map<string, QuizAnswer>();
		for (const [question, answer] of Object.entries(answers)) {
			if (own.has(question)) continue;
			own.set(question, answer);
			added.quizAnswers++;
		}
		if (own.size) quizzes.set(module, own);
	}

	const scenarios = new Map(Object.entries(existing.scenarios));
	for (const [scenario, attempts] of Object.entries(incoming.scenarios)) {
		const own = scenarios.get(scenario) ?? [];
		const known = new Set(own.map(attemptIdentity));
		const fresh: ScenarioAttempt[] = [];
		for (const attempt of attempts) {
			const identity = attemptIdentity(attempt);
			if (known.has(identity)) continue;
			known.add(identity);
			fresh.push(attempt);
		}
		// Untouched lists stay exactly as they are; only lists that grow are put in time order.
		if (fresh.length) scenarios.set(scenario, sortByTime([...own, ...fresh]));
		added.scenarioAttempts += fresh.length;
	}

	const changed = added.lessons + added.quizAnswers + added.scenarioAttempts + added.earlierReadDates > 0;
	if (!changed) return { progress: existing, added, changed };
	return {
		progress: {
			version: PROGRESS_VERSION,
			lessons: Object.fromEntries(lessons),
			quizzes: Object.fromEntries([...quizzes].map(([module, answers]) => [module, Object.fromEntries(answers)])),
			scenarios: Object.fromEntries(scenarios)
		},
		added,
		changed
	};
}

/** Two records are the same attempt when scenario, moment of finishing and ending match. */
export function attemptIdentity(attempt: Pick<ScenarioAttempt, 'scenarioId' | 'finishedAt' | 'endNode'>): string {
	return JSON.stringify([attempt.scenarioId, time(attempt.finishedAt), attempt.endNode]);
}

/** Oldest first; attempts at the same moment keep their order (this device's first). */
function sortByTime(attempts: ScenarioAttempt[]): ScenarioAttempt[] {
	return attempts
		.map((attempt, index) => ({ attempt, index }))
		.sort((a, b) => time(a.attempt.finishedAt) - time(b.attempt.finishedAt) || a.index - b.index)
		.map(({ attempt }) => attempt);
}

/** Timestamps are compared as moments, so `…00Z` and `…00.000Z` are the same time. */
function time(iso: string): number {
	return Date.parse(iso);
}

/** What an import would add, in a sentence for the confirmation step. */
export function describeAdditions(added: MergeCounts): string {
	const parts = [
		count(added.lessons, 'les', 'lessen'),
		count(added.quizAnswers, 'toetsantwoord', 'toetsantwoorden'),
		count(added.scenarioAttempts, 'scenariopoging', 'scenariopogingen')
	].filter((part): part is string => part !== undefined);
	const dates =
		added.earlierReadDates === 0
			? ''
			: ` Bij ${count(added.earlierReadDates, 'les', 'lessen')} die je al had gelezen, wordt de eerdere leesdatum uit het bestand overgenomen.`;
	if (parts.length === 0) {
		return added.earlierReadDates === 0
			? 'Dit bestand voegt niets toe: alles wat erin staat, heb je al.'
			: `Dit bestand voegt niets nieuws toe.${dates}`;
	}
	return `Dit bestand voegt toe wat je nog niet had: ${joinDutch(parts)}.${dates}`;
}

function count(n: number, one: string, many: string): string | undefined {
	if (n === 0) return undefined;
	return `${n} ${n === 1 ? one : many}`;
}
