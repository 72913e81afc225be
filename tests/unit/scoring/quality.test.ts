import { describe, expect, it } from 'vitest';
import { choiceQuality, QUALITY_WORDS, standingOf, STANDING_WORDS, strongestChoice } from '$lib/scoring/quality';

describe('the quality of a choice', () => {
	it('is "helpend" with 2 points or more and no loss on any dimension', () => {
		expect(choiceQuality({ doorvragen: 2 })).toBe('helpend');
		expect(choiceQuality({ doorvragen: 1, regie: 1 })).toBe('helpend');
		expect(choiceQuality({ doorvragen: 3, regie: 2, tempo: 0 })).toBe('helpend');
	});

	it('is "niet helpend" at -2 or less, or when it only loses points', () => {
		expect(choiceQuality({ doorvragen: -1 })).toBe('niet-helpend');
		expect(choiceQuality({ doorvragen: -3, regie: 1 })).toBe('niet-helpend');
		expect(choiceQuality({ doorvragen: -3, regie: -2 })).toBe('niet-helpend');
	});

	it('is "deels helpend" in between: mixed, or little either way', () => {
		expect(choiceQuality({ doorvragen: 1 })).toBe('deels-helpend');
		expect(choiceQuality({})).toBe('deels-helpend');
		expect(choiceQuality({ doorvragen: 1, regie: -1 })).toBe('deels-helpend');
		expect(choiceQuality({ doorvragen: 1, regie: -2 })).toBe('deels-helpend');
		expect(choiceQuality({ doorvragen: 2, regie: -1 })).toBe('deels-helpend');
	});

	it('has a Dutch word for each quality', () => {
		expect(Object.values(QUALITY_WORDS)).toEqual(['Helpend', 'Deels helpend', 'Niet helpend']);
	});
});

describe('the strongest choice at a node', () => {
	const choices: { score: Record<string, number>; trust: number }[] = [
		{ score: { doorvragen: 1 }, trust: 0 },
		{ score: { doorvragen: 2, regie: 1 }, trust: 0 },
		{ score: { doorvragen: 3 }, trust: 1 },
		{ score: { regie: -2 }, trust: -1 }
	];

	it('has the most points, then the larger trust change, then comes first', () => {
		expect(strongestChoice(choices)).toBe(2);
		expect(strongestChoice([choices[1]!, choices[1]!])).toBe(0);
	});

	it('is chosen among the choices offered only', () => {
		expect(strongestChoice(choices, [0, 3])).toBe(0);
		expect(strongestChoice(choices, [])).toBeUndefined();
	});
});

describe('standing of a share', () => {
	it('is "sterk" from 75 %, "op weg" from 50 %, "nog oefenen" below', () => {
		expect([1, 0.75, 0.74, 0.5, 0.49, 0].map(standingOf)).toEqual(['sterk', 'sterk', 'op-weg', 'op-weg', 'oefenen', 'oefenen']);
		expect(STANDING_WORDS).toEqual({ sterk: 'sterk', 'op-weg': 'op weg', oefenen: 'nog oefenen' });
	});
});
