/** Small pieces of running Dutch text, written one way for the whole course. */

/** Lists: "a", "a en b", "a, b en c" (no comma before "en"). */
export function joinDutch(parts: readonly string[]): string {
	if (parts.length <= 1) return parts.join('');
	return `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}

/** A share from 0 to 1 as a percentage: "75 %" (Dutch puts a space before the sign). */
export function percent(share: number): string {
	return `${Math.round(share * 100)} %`;
}

/** "3 maart 2026": a day as Dutch readers write it. */
export function dutchDate(date: Date): string {
	return date.toLocaleDateString('nl-NL', { dateStyle: 'long' });
}

/** A day written out: "14 maart 2026". Takes `2026-03-14` as that day, wherever the reader is. */
export function longDate(day: string): string {
	const [year, month, date] = day.split('-').map(Number);
	return dutchDate(new Date(year!, month! - 1, date!));
}
