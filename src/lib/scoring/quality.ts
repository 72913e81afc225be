/**
 * Words for how well something went, defined once for the whole course.
 *
 * A scenario choice's quality comes from its points on the rubric dimensions (not from trust,
 * which is the client's side of the conversation):
 * - "helpend": it scores at least 2 points in all, and loses nothing on any dimension;
 * - "niet helpend": it scores -2 or less in all, or it loses points and gains none;
 * - "deels helpend": everything in between (it helps on one dimension and costs on another, or
 *   it does little either way).
 *
 * A share of the best reachable total (0..1) gets a standing: "sterk" from 75 %, "op weg" from
 * 50 %, "nog oefenen" below that.
 */
export type ChoiceQuality = 'helpend' | 'deels-helpend' | 'niet-helpend';

export const QUALITY_WORDS: Record<ChoiceQuality, string> = {
	helpend: 'Helpend',
	'deels-helpend': 'Deels helpend',
	'niet-helpend': 'Niet helpend'
};

/** Shown next to the word, never instead of it (and hidden from screen readers, which read the word). */
export const QUALITY_ICONS: Record<ChoiceQuality, string> = {
	helpend: '✓',
	'deels-helpend': '◐',
	'niet-helpend': '✗'
};

export function choiceQuality(score: Readonly<Record<string, number>>): ChoiceQuality {
	const points = Object.values(score);
	const total = points.reduce((sum, p) => sum + p, 0);
	const gains = points.some((p) => p > 0);
	const losses = points.some((p) => p < 0);
	if (total >= 2 && !losses) return 'helpend';
	if (total <= -2 || (losses && !gains)) return 'niet-helpend';
	return 'deels-helpend';
}

/** What `strongestChoice` and `isStronger` compare: a choice's points and trust change. */
export interface WeighedChoice {
	score: Readonly<Record<string, number>>;
	trust: number;
}

const points = (choice: WeighedChoice) => Object.values(choice.score).reduce((sum, p) => sum + p, 0);

/** Whether `a` is a stronger choice than `b`: more points in all, or as many and a larger trust change. */
export function isStronger(a: WeighedChoice, b: WeighedChoice): boolean {
	return points(a) > points(b) || (points(a) === points(b) && a.trust > b.trust);
}

/**
 * Of the choices offered at a node, the strongest: the most points in all, then the larger
 * trust change, then the first as written. Undefined when none is offered.
 */
export function strongestChoice<C extends WeighedChoice>(
	choices: readonly C[],
	offered: readonly number[] = choices.map((_, i) => i)
): number | undefined {
	let best: number | undefined;
	for (const index of offered) {
		const choice = choices[index];
		if (!choice) continue;
		if (best === undefined || isStronger(choice, choices[best]!)) best = index;
	}
	return best;
}

export type Standing = 'sterk' | 'op-weg' | 'oefenen';

export const STANDING_WORDS: Record<Standing, string> = {
	sterk: 'sterk',
	'op-weg': 'op weg',
	oefenen: 'nog oefenen'
};

export function standingOf(share: number): Standing {
	return share >= 0.75 ? 'sterk' : share >= 0.5 ? 'op-weg' : 'oefenen';
}
