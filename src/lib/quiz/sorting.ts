/**
 * Sorting questions ("sorteren"): the learner puts each item in a category. The bounds are
 * shared by the content format (what an author may write) and stored progress (what an answer
 * may hold), so every answer the course can produce is one stored progress accepts.
 */

/** Most categories in one sorting question. */
export const MAX_SORT_CATEGORIES = 6;
/** Most items in one sorting question. */
export const MAX_SORT_ITEMS = 12;

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

/** What the learner reads after checking: right, or how many items stand right. */
export function describeSortResult(marks: readonly boolean[]): string {
	const right = marks.filter(Boolean).length;
	if (right === marks.length) return `Goed: alle ${marks.length} voorbeelden staan in het goede vak.`;
	return `Niet helemaal: ${right} van de ${marks.length} voorbeelden ${right === 1 ? 'staat' : 'staan'} in het goede vak. De vraag telt als goed als alle voorbeelden goed staan.`;
}

/** What a screen reader hears when an item is picked up, moved or put back by dragging. */
export const sortAnnouncements = {
	picked: (item: number) => `Voorbeeld ${item} opgepakt. Sleep het naar een vak en laat los.`,
	placed: (item: number, category: string, placed: number, total: number) =>
		`Voorbeeld ${item} staat nu bij ${category}. ${placed} van de ${total} voorbeelden hebben een vak.`,
	removed: (item: number) => `Voorbeeld ${item} heeft geen vak meer.`,
	cancelled: (item: number) => `Voorbeeld ${item} blijft waar het was.`
};

/** How many items have a category. */
export function placedCount(placed: readonly (number | undefined)[]): number {
	return placed.filter((category) => category !== undefined).length;
}
