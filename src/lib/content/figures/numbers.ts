/**
 * Numbers in figures, written and read the Dutch way: "3.500", "0,915", "€ 3,5 miljard". A
 * figure's drawn value and the text shown beside it must say the same number; this reads the
 * number a text states, with "duizend", "miljoen" or "miljard" after it, so the two can be compared.
 */
const format = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 });

/** A number as Dutch readers write it: 3500 → "3.500", 0.915 → "0,915". */
export function dutchNumber(value: number): string {
	return format.format(value);
}

const SCALES: Record<string, number> = { duizend: 1e3, miljoen: 1e6, miljard: 1e9 };
const NUMBER = /(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(duizend|miljoen|miljard)\b)?/i;

/** The scale a unit counts in: "miljoen euro per jaar" → 1.000.000; "per 1.000" → 1. */
export function unitScale(unit: string): number {
	const word = /\b(duizend|miljoen|miljard)\b/i.exec(unit)?.[1];
	return word ? SCALES[word.toLowerCase()]! : 1;
}

/** The first number a text states, in units (its scale word applied), with how it was written. */
export function statedNumber(text: string): { amount: number; written: string } | undefined {
	const match = NUMBER.exec(text);
	if (!match) return undefined;
	const [written, whole, fraction, scale] = match;
	const amount = Number(`${whole!.replaceAll('.', '')}.${fraction ?? '0'}`) * (scale ? SCALES[scale.toLowerCase()]! : 1);
	return { amount, written: written.trim() };
}

/** Whether a value in a unit and an amount in units are the same number (rounding aside). */
export function sameAmount(value: number, unit: string, amount: number): boolean {
	const expected = value * unitScale(unit);
	return Math.abs(expected - amount) <= Math.max(1e-9, Math.abs(expected) * 1e-9);
}
