/**
 * Sorting questions ("sorteren"): the learner puts each item in a category. How a sort is
 * scored; its bounds are in limits.ts, the words the learner reads in sort-text.ts.
 */

/** An item to sort, with the categories that count as right for it (usually one). */
export interface SortItem {
	text: string;
	categories: number[];
	/** Why it belongs there, shown with the item after checking. */
	explanation?: string;
}

/**
 * Per item, whether the learner's category is one of its right ones. `placed[i]` is the
 * category index the learner chose for item i; a missing entry is not placed (not right).
 */
export function sortMarks(placed: readonly (number | undefined)[], items: readonly SortItem[]): boolean[] {
	return items.map((item, i) => placed[i] !== undefined && item.categories.includes(placed[i]!));
}

/**
 * A sort counts as right only when every item is in a right category: partly right is not
 * right, as a multiple-choice answer with one option missing is not. The per-item marks show
 * the learner which items were right.
 */
export function isSortCorrect(placed: readonly (number | undefined)[], items: readonly SortItem[]): boolean {
	return placed.length === items.length && sortMarks(placed, items).every(Boolean);
}

/**
 * Whether a stored answer is a sort of this question: a category for each item, each one the
 * question has. Answers are stored by the question's place in the quiz; when a quiz changes (a
 * multiple-choice question replaced by a sorting question), an answer stored earlier belongs to
 * another question. It still counts as it was scored, but is not shown as a sort of this one.
 */
export function placementFits(question: { categories: readonly string[]; items: readonly SortItem[] }, answer: { placed?: readonly number[] }): boolean {
	const placed = answer.placed;
	return placed !== undefined && placed.length === question.items.length && placed.every((c) => c < question.categories.length);
}
