/**
 * The group's votes per choice, as the trainer types them: checked at the boundary (a number
 * field gives text, and browsers let people type anything into it), then summed up for the
 * bar chart and its text.
 */
import { percent } from '../dutch';
import * as v from 'valibot';
import type { OfferedChoice, Votes } from './types';

/** More than any room holds; a typo like 1000 is refused rather than drawn. */
export const MAX_COUNT = 999;

export const countSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT));

export type CountInput =
	/** `null`: the field is empty, so this choice has no count. */
	| { ok: true; value: number | null }
	| { ok: false; message: string };

export const COUNT_MESSAGE = `Vul een heel getal in van 0 tot en met ${MAX_COUNT}, of laat het veld leeg.`;

/** Reads what was typed into a count field. */
export function parseCount(raw: string): CountInput {
	const text = raw.trim();
	if (text === '') return { ok: true, value: null };
	// Only plain digits: Number() would also accept "1e2", "0x10" and " 3 ".
	if (!/^\d+$/.test(text)) return { ok: false, message: COUNT_MESSAGE };
	const result = v.safeParse(countSchema, Number(text));
	return result.success ? { ok: true, value: result.output } : { ok: false, message: COUNT_MESSAGE };
}

export function isValidCount(value: unknown): value is number {
	return v.is(countSchema, value);
}

/** The votes for the offered choices, in the order offered; null while none were entered. */
export function votesFor(choices: readonly OfferedChoice[], counts: Readonly<Record<number, number>>): Votes | null {
	const entered = choices.filter((choice) => counts[choice.index] !== undefined);
	if (entered.length === 0) return null;
	const total = choices.reduce((sum, choice) => sum + (counts[choice.index] ?? 0), 0);
	return {
		total,
		rows: choices.map((choice) => {
			const count = counts[choice.index] ?? 0;
			return { number: choice.number, label: choice.label, count, share: total > 0 ? count / total : 0 };
		})
	};
}

/** E.g. "4 stemmen (33 %)"; the text next to each bar. */
export function describeVotes(count: number, total: number): string {
	const people = `${count} ${count === 1 ? 'stem' : 'stemmen'}`;
	return total > 0 ? `${people} (${percent(count / total)})` : people;
}
