/**
 * Merging imported progress into the progress already on this device, so that nothing the
 * learner has is ever lost and importing the same file twice adds nothing the second time.
 *
 * The rules, per part of progress:
 * - Lessons read, lessons and scenarios skipped: the union. One in both keeps the earlier date.
 * - Quiz answers: one answer per question, so two answers can't both be kept. The answer already
 *   on this device wins, because that is what the learner sees in the quiz now; an import must
 *   never change a score behind their back. Questions answered only in the file are added.
 *   The best score is the higher of the two, and a pass in either counts (the earlier date).
 * - Scenario attempts: the union, where an attempt is the same attempt when scenario, moment of
 *   finishing and ending are the same (then the copy on this device is kept); in time order.
 * - Conversations in progress: the one on this device wins; one only in the file is added.
 * - Reflection notes: the note on this device wins; notes only in the file are added.
 */
import { joinDutch } from '../dutch';
import { PROGRESS_VERSION, type Progress, type QuizState, type ScenarioAttempt } from './schema';

export interface MergeCounts {
	/** Lessons read in the file but not yet here. */
	lessons: number;
	/** Quiz answers to questions not yet answered here. */
	quizAnswers: number;
	/** Scenario attempts not yet here. */
	scenarioAttempts: number;
	/** Lessons read here whose date moves back to the earlier date in the file. */
	earlierReadDates: number;
	/** Lessons and scenarios skipped in the file, not yet done or skipped here. */
	skipped: number;
	/** Quizzes whose best score or pass comes from the file. */
	quizResults: number;
	/** Conversations in progress in the file, for scenarios not in progress here. */
	runs: number;
	/** Reflection notes in the file, at nodes without a note here. */
	reflections: number;
}

export interface MergeResult {
	progress: Progress;
	added: MergeCounts;
	/** False when the merge leaves progress exactly as it was. */
	changed: boolean;
}

export const NOTHING_ADDED: MergeCounts = {
	lessons: 0,
	quizAnswers: 0,
	scenarioAttempts: 0,
	earlierReadDates: 0,
	skipped: 0,
	quizResults: 0,
	runs: 0,
	reflections: 0
};

// Maps rather than plain objects throughout: keys come from a file and could be anything,
// including names like `constructor` that plain objects already "have".

export function mergeProgress(existing: Progress, incoming: Progress): MergeResult {
	const added: MergeCounts = { ...NOTHING_ADDED };

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

	const quizzes = new Map(Object.entries(existing.quizzes));
	for (const [module, theirs] of Object.entries(incoming.quizzes)) {
		const ours = quizzes.get(module);
		const merged = ours ? mergeQuiz(ours, theirs, added) : theirs;
		if (!ours) {
			added.quizAnswers += Object.keys(theirs.answers).length;
			if (theirs.best || theirs.passedAt) added.quizResults++;
		}
		quizzes.set(module, merged);
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

	const skippedLessons = unionOfSkips(existing.skippedLessons, incoming.skippedLessons, (key) => lessons.has(key), added);
	const skippedScenarios = unionOfSkips(existing.skippedScenarios, incoming.skippedScenarios, (id) => (scenarios.get(id)?.length ?? 0) > 0, added);

	const inProgress = new Map(Object.entries(existing.inProgress));
	for (const [scenario, run] of Object.entries(incoming.inProgress)) {
		if (inProgress.has(scenario)) continue;
		inProgress.set(scenario, run);
		added.runs++;
	}

	const reflections = new Map(Object.entries(existing.reflections).map(([scenario, notes]) => [scenario, new Map(Object.entries(notes))]));
	for (const [scenario, notes] of Object.entries(incoming.reflections)) {
		const own = reflections.get(scenario) ?? new Map();
		for (const [node, note] of Object.entries(notes)) {
			if (own.has(node)) continue;
			own.set(node, note);
			added.reflections++;
		}
		if (own.size) reflections.set(scenario, own);
	}

	const changed = Object.values(added).some((n) => n > 0);
	if (!changed) return { progress: existing, added, changed };
	return {
		progress: {
			version: PROGRESS_VERSION,
			lessons: Object.fromEntries(lessons),
			skippedLessons,
			quizzes: Object.fromEntries(quizzes),
			scenarios: Object.fromEntries(scenarios),
			inProgress: Object.fromEntries(inProgress),
			skippedScenarios,
			reflections: Object.fromEntries([...reflections].map(([scenario, notes]) => [scenario, Object.fromEntries(notes)]))
		},
		added,
		changed
	};
}

/** Skips in either; the earlier date wins; none for what is already done here (`done`). */
function unionOfSkips(
	ours: Progress['skippedLessons'],
	theirs: Progress['skippedLessons'],
	done: (key: string) => boolean,
	added: MergeCounts
): Progress['skippedLessons'] {
	const skips = new Map(Object.entries(ours));
	for (const [key, entry] of Object.entries(theirs)) {
		const own = skips.get(key);
		if (own ? time(entry.at) < time(own.at) : !done(key)) {
			if (!own) added.skipped++;
			skips.set(key, entry);
		}
	}
	return Object.fromEntries(skips);
}

function mergeQuiz(ours: QuizState, theirs: QuizState, added: MergeCounts): QuizState {
	const answers = new Map(Object.entries(ours.answers));
	for (const [question, answer] of Object.entries(theirs.answers)) {
		if (answers.has(question)) continue;
		answers.set(question, answer);
		added.quizAnswers++;
	}
	const best = theirs.best && (!ours.best || theirs.best.correct > ours.best.correct) ? theirs.best : ours.best;
	const passedAt =
		theirs.passedAt && (!ours.passedAt || time(theirs.passedAt) < time(ours.passedAt)) ? theirs.passedAt : ours.passedAt;
	if (best !== ours.best || passedAt !== ours.passedAt) added.quizResults++;
	return { answers: Object.fromEntries(answers), ...(best && { best }), ...(passedAt && { passedAt }) };
}

/**
 * Two records are the same attempt when scenario, moment of finishing (to the second: a copy
 * kept by an LMS has no milliseconds) and ending match.
 */
export function attemptIdentity(attempt: Pick<ScenarioAttempt, 'scenarioId' | 'finishedAt' | 'endNode'>): string {
	return JSON.stringify([attempt.scenarioId, Math.floor(time(attempt.finishedAt) / 1000), attempt.endNode]);
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
		count(added.quizResults, 'beter toetsresultaat', 'betere toetsresultaten'),
		count(added.scenarioAttempts, 'scenariopoging', 'scenariopogingen'),
		count(added.runs, 'onafgemaakt gesprek', 'onafgemaakte gesprekken'),
		count(added.reflections, 'reflectie', 'reflecties'),
		count(added.skipped, 'overgeslagen onderdeel', 'overgeslagen onderdelen')
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
