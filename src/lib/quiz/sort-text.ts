/** What a learner reads and hears while sorting: only the sorting question's own code uses it. */

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
