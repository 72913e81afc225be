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

/**
 * Whether a stored answer has the shape its question asks for. Answers are stored by the
 * question's place in the quiz; when a quiz changes (a question replaced by one of another
 * type), an answer stored earlier may belong to another question. It still counts as it was
 * scored, but is not shown as if it were an answer to this question.
 */
export function answerFits(question: QuizQuestion, answer: GivenAnswer): boolean {
	if (question.type === 'sorteren') {
		const placed = answer.placed;
		return placed !== undefined && placed.length === question.items.length && placed.every((c) => c < question.categories.length);
	}
	return answer.placed === undefined && answer.chosen.length > 0 && answer.chosen.every((i) => i < question.options.length);
}
