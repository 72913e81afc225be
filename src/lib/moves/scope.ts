/**
 * Negation and hedging. "Ik kan niet beloven dat het goed komt" contains "het goed komt", but
 * not as a promise: a negation earlier in the same clause takes the promise back. Rules say
 * which of these checks apply to them (see rules.ts); this file says what counts as a negation
 * or a hedge, and how far back or ahead one reaches.
 *
 * Scope is the clause (tokens.ts): a comma, `maar`, `want`, `omdat`… end it. A subordinate
 * clause with `dat` or `of` stays inside: in "ik weet niet of het overgaat" the `niet` governs
 * "het overgaat".
 */
import type { Reply, Token } from './tokens';

export const NEGATIONS = new Set(['niet', 'geen', 'nooit', 'niets', 'niks', 'nergens', 'niemand', 'geeneens']);

/**
 * Words that make what follows uncertain: a promise under "misschien", "ik hoop" or "het kan" is
 * no promise. Modal `kan`/`kun` and `zou` are hedges only outside a rule's own words ("je kunt me
 * altijd bellen" is a rule of its own).
 */
export const HEDGES = new Set([
	'misschien', 'mogelijk', 'wellicht', 'hopelijk', 'hoop', 'hopen', 'denk', 'denken', 'verwacht', 'kan', 'kun',
	'kunt', 'kunnen', 'zou', 'zouden', 'kans', 'vaak', 'meestal', 'soms', 'waarschijnlijk', 'vermoedelijk', 'mits',
	'hopende', 'vermoed'
]);

/** Negations that negate nothing the rules care about: "geen zorgen", "niet alleen … maar ook". */
const NOT_A_NEGATION: Readonly<Record<string, readonly string[]>> = {
	geen: ['zorgen', 'probleem', 'punt'],
	niet: ['alleen', 'eens']
};

/** How far back a negation or hedge reaches within the clause. */
const REACH_BACK = 8;
/** How far ahead ("dat beloof ik niet", "beloven kan ik het niet"). */
const REACH_AHEAD = 4;
/** A subordinate clause after the rule's words is not what a later negation negates. */
const SUBORDINATE = new Set(['dat', 'of', 'als', 'wat', 'om', 'hoe', 'wanneer']);

function isNegation(tokens: readonly Token[], at: number): boolean {
	const word = tokens[at]!.word;
	if (!NEGATIONS.has(word)) return false;
	const next = tokens[at + 1];
	return !(next && next.clause === tokens[at]!.clause && NOT_A_NEGATION[word]?.includes(next.word));
}

/** Whether a negation comes before token `first` in its clause, within reach. */
export function negatedBefore(reply: Reply, first: number): boolean {
	return lookBack(reply, first, (at) => isNegation(reply.tokens, at));
}

/** Whether a hedge comes before token `first` in its clause, within reach. */
export function hedgedBefore(reply: Reply, first: number): boolean {
	return lookBack(reply, first, (at) => HEDGES.has(reply.tokens[at]!.word));
}

/** Whether a negation stands among the words a match skipped over (its gaps). */
export function negatedInside(reply: Reply, taken: readonly number[]): boolean {
	for (let at = taken[0]!; at <= taken.at(-1)!; at++) {
		if (!taken.includes(at) && isNegation(reply.tokens, at)) return true;
	}
	return false;
}

/** Whether a negation follows token `last` closely in its clause, before any `dat`/`of` clause. */
export function negatedAfter(reply: Reply, last: number): boolean {
	const { tokens } = reply;
	for (let at = last + 1; at <= last + REACH_AHEAD && tokens[at]?.clause === tokens[last]!.clause; at++) {
		if (SUBORDINATE.has(tokens[at]!.word)) return false;
		if (isNegation(tokens, at)) return true;
	}
	return false;
}

function lookBack(reply: Reply, first: number, found: (at: number) => boolean): boolean {
	const { tokens } = reply;
	for (let at = first - 1; at >= Math.max(0, first - REACH_BACK) && tokens[at]!.clause === tokens[first]!.clause; at--) {
		if (found(at)) return true;
	}
	return false;
}

/** Verbs after which a question word opens a reported question, not a real one: "ik weet niet hoe". */
export const EMBEDDING = new Set([
	'weet', 'weten', 'wist', 'snap', 'snapt', 'begrijp', 'begrijpt', 'zie', 'ziet', 'hoor', 'hoort', 'voorstellen',
	'zeggen', 'merk', 'merkt', 'vergeten', 'bepaal', 'bepaalt', 'kies', 'kiest', 'beslis', 'beslist'
]);

/** Whether a verb of knowing or seeing comes before token `first` in its clause. */
export function embeddedBefore(reply: Reply, first: number): boolean {
	return lookBack(reply, first, (at) => EMBEDDING.has(reply.tokens[at]!.word));
}

/**
 * Verbs that report what someone thinks, says or wants: "je huisarts *vond* dat je moest gaan".
 * Only the forms another person uses (the therapist's own "ik vind dat je moet" is advice).
 */
export const REPORTING = new Set([
	'vindt', 'vond', 'vonden', 'vinden', 'zegt', 'zei', 'zeiden', 'zeggen', 'denkt', 'dacht', 'dachten', 'denken',
	'schrijft', 'schreef', 'schreven', 'eist', 'eiste', 'eisen', 'verwacht', 'verwachtte', 'verwachten', 'wilde',
	'wilden', 'vroeg', 'vroegen', 'vraagt'
]);

/** The therapist (and "we" with the client): a reporting verb next to one of these reports no one else. */
const SPEAKER = new Set(['ik', 'we', 'wij']);

/**
 * Whether the clause before token `first` reports what someone other than the therapist thinks
 * or says, so that what follows is their view said back, not the therapist's own.
 */
export function reportedBefore(reply: Reply, first: number): boolean {
	const { tokens } = reply;
	return lookBack(
		reply,
		first,
		(at) => REPORTING.has(tokens[at]!.word) && !SPEAKER.has(tokens[at - 1]?.word ?? '') && !SPEAKER.has(tokens[at + 1]?.word ?? '')
	);
}
