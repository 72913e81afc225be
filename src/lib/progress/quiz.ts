/**
 * The rules of a module's quiz, as pure changes to progress:
 * - an answer is saved per question; the quiz's best score (the most right answers at one
 *   moment) is kept through every retake;
 * - once the pass mark is reached the quiz stays passed, whatever happens in a retake;
 * - a retake starts over with every question, or only with the ones answered wrongly (the
 *   right answers are kept and count with the new ones).
 */
import { own } from '../own';
import { QUESTION_KEY_PATTERN, type Progress, type QuizAnswer, type QuizState } from './schema';

/** The pass mark for a module's quiz, as a share of all its questions. */
export const QUIZ_PASS_SHARE = 0.7;

/** Right answers needed to pass a quiz of this many questions. */
export function quizPassMark(questionCount: number): number {
	return Math.ceil(questionCount * QUIZ_PASS_SHARE);
}

export interface QuizResult {
	/** Questions with a current answer. */
	answered: number;
	/** Current right answers. */
	correct: number;
	total: number;
	passMark: number;
	/** Passed now, or at some moment before (a pass is never taken away). */
	passed: boolean;
	/**
	 * The most right answers ever, when more than now (after a retake). Only a best reached on
	 * the quiz as it is now (the same number of questions) counts: one from before a question
	 * was added or removed would not say what it seems to.
	 */
	best?: { correct: number; total: number };
	/** When the quiz was first passed. */
	passedAt?: string;
}

/** The current answers to questions that exist (stored keys are canonical indexes). */
function currentAnswers(quiz: QuizState | undefined, questionCount: number) {
	return Object.entries(quiz?.answers ?? {}).filter(
		([key]) => QUESTION_KEY_PATTERN.test(key) && Number(key) < questionCount
	);
}

export function quizResult(progress: Progress, moduleId: string, questionCount: number): QuizResult {
	const quiz = own(progress.quizzes, moduleId);
	const answers = currentAnswers(quiz, questionCount);
	const correct = answers.filter(([, answer]) => answer.correct).length;
	const passMark = quizPassMark(questionCount);
	const passedAt = quiz?.passedAt;
	const best = quiz?.best && quiz.best.total === questionCount && quiz.best.correct > correct ? { correct: quiz.best.correct, total: quiz.best.total } : undefined;
	return {
		answered: answers.length,
		correct,
		total: questionCount,
		passMark,
		passed: questionCount === 0 || correct >= passMark || passedAt !== undefined,
		...(best && { best }),
		...(passedAt && { passedAt })
	};
}

/**
 * Saves an answer, and with it the best score and the pass when they are reached. A
 * multiple-choice answer is the options chosen; a sorting answer is `placed`, the category per
 * item in the items' order (kept in that order), with no options chosen.
 */
export function recordQuizAnswer(
	progress: Progress,
	moduleId: string,
	questionCount: number,
	questionIndex: number,
	chosen: readonly number[],
	correct: boolean,
	now: Date,
	placed?: readonly number[]
): Progress {
	const quiz = own(progress.quizzes, moduleId) ?? { answers: {} };
	const answer: QuizAnswer = { chosen: [...chosen].sort((a, b) => a - b), ...(placed && { placed: [...placed] }), correct, at: now.toISOString() };
	const answered: QuizState = { ...quiz, answers: { ...quiz.answers, [String(questionIndex)]: answer } };
	return withQuiz(progress, moduleId, withBestAndPass(answered, questionCount, now));
}

export type Retake = 'all' | 'wrong';

/**
 * Starts a retake: every answer goes, or only the wrong ones. The best score and the pass are
 * kept (and saved first, for answers stored before they were recorded as they were reached).
 */
export function retakeQuiz(progress: Progress, moduleId: string, questionCount: number, which: Retake, now: Date): Progress {
	const stored = own(progress.quizzes, moduleId);
	if (!stored) return progress;
	const quiz = withBestAndPass(stored, questionCount, now);
	const answers = which === 'all' ? {} : Object.fromEntries(Object.entries(quiz.answers).filter(([, a]) => a.correct));
	return withQuiz(progress, moduleId, { ...quiz, answers });
}

/**
 * Records the best score and the pass when the current answers reach them. Their moment is
 * that of the latest answer that counts, so folding in old answers later dates nothing wrong.
 */
function withBestAndPass(quiz: QuizState, questionCount: number, now: Date): QuizState {
	const right = currentAnswers(quiz, questionCount).filter(([, a]) => a.correct);
	const correct = right.length;
	if (correct === 0) return quiz;
	const reachedAt = new Date(Math.min(now.getTime(), Math.max(...right.map(([, a]) => Date.parse(a.at))))).toISOString();
	const next = { ...quiz };
	if (!quiz.best || quiz.best.total !== questionCount || correct > quiz.best.correct) {
		next.best = { correct, total: questionCount, at: reachedAt };
	}
	if (!quiz.passedAt && questionCount > 0 && correct >= quizPassMark(questionCount)) next.passedAt = reachedAt;
	return next;
}

function withQuiz(progress: Progress, moduleId: string, quiz: QuizState): Progress {
	return { ...progress, quizzes: { ...progress.quizzes, [moduleId]: quiz } };
}

/** What the quiz page says when every question has an answer. */
export function describeQuizEnd(result: QuizResult): string {
	const { correct, total, passMark } = result;
	if (correct >= passMark) return `Gehaald: ${correct} van de ${total} goed.`;
	const now = `Je hebt ${correct} van de ${total} goed. Om deze toets te halen heb je er ${passMark} nodig.`;
	if (result.passed) return `${now} Je had de toets eerder al gehaald; dat blijft zo.`;
	return now;
}
