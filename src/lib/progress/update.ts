/**
 * Pure changes to progress (each returns a new object) and the summaries pages show.
 * Kept free of storage and of Svelte so tests can call them directly.
 */
import type { Progress, ScenarioAttempt } from './schema';

/** The pass mark for a module's quiz, as a share of all its questions. */
export const QUIZ_PASS_SHARE = 0.7;

/** Right answers needed to pass a quiz of this many questions. */
export function quizPassMark(questionCount: number): number {
	return Math.ceil(questionCount * QUIZ_PASS_SHARE);
}

export const lessonKey = (moduleId: string, lessonId: string) => `${moduleId}/${lessonId}`;

export function markLessonRead(progress: Progress, moduleId: string, lessonId: string, now: Date): Progress {
	const key = lessonKey(moduleId, lessonId);
	if (progress.lessons[key]) return progress;
	return { ...progress, lessons: { ...progress.lessons, [key]: { readAt: now.toISOString() } } };
}

export function markLessonUnread(progress: Progress, moduleId: string, lessonId: string): Progress {
	const lessons = { ...progress.lessons };
	delete lessons[lessonKey(moduleId, lessonId)];
	return { ...progress, lessons };
}

export function recordQuizAnswer(
	progress: Progress,
	moduleId: string,
	questionIndex: number,
	chosen: number[],
	correct: boolean,
	now: Date
): Progress {
	const quiz = { ...progress.quizzes[moduleId], [String(questionIndex)]: { chosen: [...chosen].sort((a, b) => a - b), correct, at: now.toISOString() } };
	return { ...progress, quizzes: { ...progress.quizzes, [moduleId]: quiz } };
}

export function resetQuiz(progress: Progress, moduleId: string): Progress {
	const quizzes = { ...progress.quizzes };
	delete quizzes[moduleId];
	return { ...progress, quizzes };
}

export function recordAttempt(progress: Progress, attempt: ScenarioAttempt): Progress {
	const attempts = [...(progress.scenarios[attempt.scenarioId] ?? []), attempt];
	return { ...progress, scenarios: { ...progress.scenarios, [attempt.scenarioId]: attempts } };
}

/** What progress needs to know about a module (ids only, so pages can send little data). */
export interface ModuleOutline {
	id: string;
	lessonIds: string[];
	questionCount: number;
	scenarioIds: string[];
}

export interface ModuleProgress {
	lessonsRead: number;
	lessonsTotal: number;
	quizAnswered: number;
	quizCorrect: number;
	quizTotal: number;
	quizPassed: boolean;
	scenariosPlayed: number;
	scenariosTotal: number;
	complete: boolean;
	started: boolean;
}

export function moduleProgress(progress: Progress, outline: ModuleOutline): ModuleProgress {
	const lessonsRead = outline.lessonIds.filter((id) => progress.lessons[lessonKey(outline.id, id)]).length;
	const answers = Object.entries(progress.quizzes[outline.id] ?? {}).filter(([index]) => Number(index) < outline.questionCount);
	const quizCorrect = answers.filter(([, a]) => a.correct).length;
	const quizPassed = outline.questionCount === 0 || quizCorrect >= quizPassMark(outline.questionCount);
	const scenariosPlayed = outline.scenarioIds.filter((id) => (progress.scenarios[id]?.length ?? 0) > 0).length;
	return {
		lessonsRead,
		lessonsTotal: outline.lessonIds.length,
		quizAnswered: answers.length,
		quizCorrect,
		quizTotal: outline.questionCount,
		quizPassed,
		scenariosPlayed,
		scenariosTotal: outline.scenarioIds.length,
		complete: lessonsRead === outline.lessonIds.length && quizPassed && scenariosPlayed === outline.scenarioIds.length,
		started: lessonsRead > 0 || answers.length > 0 || scenariosPlayed > 0
	};
}
