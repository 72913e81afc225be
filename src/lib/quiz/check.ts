/**
 * Checking quiz answers. A multiple-choice answer is right only when exactly the right options
 * are chosen; a sorting answer only when every item is in a right category (see sorting.ts).
 */
import type { QuizQuestion } from '../content/types';
import { isSortCorrect } from './sorting';

/** The options chosen (multiple choice) or the category per item (sorting). */
export interface GivenAnswer {
	chosen: readonly number[];
	placed?: readonly number[];
}

export function isCorrect(chosen: readonly number[], answers: readonly number[]): boolean {
	if (chosen.length !== answers.length) return false;
	const right = new Set(answers);
	return chosen.every((index) => right.has(index));
}

/** Whether an answer is right for its question, whatever the question's type. */
export function answerIsCorrect(question: QuizQuestion, answer: GivenAnswer): boolean {
	if (question.type === 'sorteren') return isSortCorrect(answer.placed ?? [], question.items);
	return isCorrect(answer.chosen, question.answers);
}
