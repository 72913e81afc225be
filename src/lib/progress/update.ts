/**
 * Pure changes to progress (each returns a new object) and the summaries pages show, with the
 * course's completion rule. Kept free of storage and of Svelte so tests can call them directly.
 * Quiz rules live in quiz.ts, conversations in progress in runs.ts.
 */
import { own } from '../own';
import { quizResult } from './quiz';
import { clearRun, scenarioRun } from './runs';
import type { Progress, ScenarioAttempt } from './schema';

export const lessonKey = (moduleId: string, lessonId: string) => `${moduleId}/${lessonId}`;

export function markLessonRead(progress: Progress, moduleId: string, lessonId: string, now: Date): Progress {
	const key = lessonKey(moduleId, lessonId);
	if (own(progress.lessons, key)) return progress;
	return { ...progress, lessons: { ...progress.lessons, [key]: { readAt: now.toISOString() } } };
}

export function markLessonUnread(progress: Progress, moduleId: string, lessonId: string): Progress {
	const lessons = { ...progress.lessons };
	delete lessons[lessonKey(moduleId, lessonId)];
	return { ...progress, lessons };
}

/**
 * The learner chose "sla deze les over" at the lesson's content note. The content note
 * promises that skipping never counts against progress, so a skipped lesson counts as done
 * (see `lessonDone`); it stays marked as skipped, not as read, until the learner reads it.
 */
export function markLessonSkipped(progress: Progress, moduleId: string, lessonId: string, now: Date): Progress {
	const key = lessonKey(moduleId, lessonId);
	if (own(progress.lessons, key) || own(progress.skippedLessons, key)) return progress;
	return { ...progress, skippedLessons: { ...progress.skippedLessons, [key]: { at: now.toISOString() } } };
}

/** The same promise for a scenario skipped at its content note. */
export function markScenarioSkipped(progress: Progress, scenarioId: string, now: Date): Progress {
	if (own(progress.skippedScenarios, scenarioId) || (own(progress.scenarios, scenarioId)?.length ?? 0) > 0) return progress;
	return { ...progress, skippedScenarios: { ...progress.skippedScenarios, [scenarioId]: { at: now.toISOString() } } };
}

/** Keeps a finished attempt; the conversation is no longer in progress. */
export function recordAttempt(progress: Progress, attempt: ScenarioAttempt): Progress {
	const attempts = [...(own(progress.scenarios, attempt.scenarioId) ?? []), attempt];
	return clearRun({ ...progress, scenarios: { ...progress.scenarios, [attempt.scenarioId]: attempts } }, attempt.scenarioId);
}

export type LessonState = 'gelezen' | 'overgeslagen' | 'open';
export type ScenarioState = 'gespeeld' | 'overgeslagen' | 'open';

export function lessonState(progress: Progress, moduleId: string, lessonId: string): LessonState {
	const key = lessonKey(moduleId, lessonId);
	if (own(progress.lessons, key)) return 'gelezen';
	return own(progress.skippedLessons, key) ? 'overgeslagen' : 'open';
}

export function scenarioState(progress: Progress, scenarioId: string): ScenarioState {
	if ((own(progress.scenarios, scenarioId)?.length ?? 0) > 0) return 'gespeeld';
	return own(progress.skippedScenarios, scenarioId) ? 'overgeslagen' : 'open';
}

/**
 * The completion rule, the one place it is written: a lesson is done when it is read or was
 * skipped at its content note; a scenario when it was played to an ending at least once or
 * skipped at its content note; a quiz when it is passed (now or before: see quiz.ts).
 */
export const isDone = (state: LessonState | ScenarioState) => state !== 'open';

/** What progress needs to know about a module (ids only, so pages can send little data). */
export interface ModuleOutline {
	id: string;
	lessonIds: string[];
	questionCount: number;
	scenarioIds: string[];
}

export interface ModuleProgress {
	lessonsRead: number;
	lessonsSkipped: number;
	/** Read or skipped. */
	lessonsDone: number;
	lessonsTotal: number;
	quizAnswered: number;
	quizCorrect: number;
	quizTotal: number;
	quizPassed: boolean;
	/** The best score of an earlier try, when better than now. */
	quizBest?: { correct: number; total: number };
	scenariosPlayed: number;
	scenariosSkipped: number;
	scenariosDone: number;
	scenariosTotal: number;
	complete: boolean;
	started: boolean;
}

export function moduleProgress(progress: Progress, outline: ModuleOutline): ModuleProgress {
	const lessons = outline.lessonIds.map((id) => lessonState(progress, outline.id, id));
	const scenarios = outline.scenarioIds.map((id) => scenarioState(progress, id));
	const quiz = quizResult(progress, outline.id, outline.questionCount);
	const lessonsDone = lessons.filter(isDone).length;
	const scenariosDone = scenarios.filter(isDone).length;
	const count = <T>(states: T[], state: T) => states.filter((s) => s === state).length;
	return {
		lessonsRead: count(lessons, 'gelezen'),
		lessonsSkipped: count(lessons, 'overgeslagen'),
		lessonsDone,
		lessonsTotal: outline.lessonIds.length,
		quizAnswered: quiz.answered,
		quizCorrect: quiz.correct,
		quizTotal: outline.questionCount,
		quizPassed: quiz.passed,
		...(quiz.best && { quizBest: quiz.best }),
		scenariosPlayed: count(scenarios, 'gespeeld'),
		scenariosSkipped: count(scenarios, 'overgeslagen'),
		scenariosDone,
		scenariosTotal: outline.scenarioIds.length,
		complete: lessonsDone === lessons.length && quiz.passed && scenariosDone === scenarios.length,
		started:
			lessonsDone > 0 ||
			quiz.answered > 0 ||
			(quiz.passed && outline.questionCount > 0) ||
			scenariosDone > 0 ||
			outline.scenarioIds.some((id) => scenarioRun(progress, id) !== undefined)
	};
}
