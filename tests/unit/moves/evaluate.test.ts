import { describe, expect, it } from 'vitest';
import { evaluate } from '$lib/moves/evaluate';

describe('evaluate', () => {
	const evaluation = evaluate([
		{ expected: ['belofte'], predicted: ['belofte'] }, // TP belofte
		{ expected: ['belofte', 'erkennen'], predicted: ['erkennen'] }, // FN belofte, TP erkennen
		{ expected: [], predicted: ['belofte'] }, // FP belofte
		{ expected: ['haast'], predicted: ['haast', 'erkennen'] }, // TP haast, FP erkennen
		{ expected: [], predicted: [] }
	]);
	const of = (move: string) => evaluation.perMove.find((s) => s.move === move)!;

	it('counts true positives, false positives and false negatives per move', () => {
		expect(of('belofte')).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, support: 2 });
		expect(of('erkennen')).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0, support: 1 });
		expect(of('haast')).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0, support: 1 });
	});

	it('derives precision, recall and F1 from the counts', () => {
		expect(of('belofte')).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
		expect(of('erkennen').precision).toBe(0.5);
		expect(of('erkennen').recall).toBe(1);
		expect(of('erkennen').f1).toBeCloseTo(2 / 3);
		expect(of('haast')).toMatchObject({ precision: 1, recall: 1, f1: 1 });
	});

	it('gives 0, not NaN, for a move that is never labelled nor found', () => {
		expect(of('mens-zijn')).toMatchObject({ truePositives: 0, support: 0, precision: 0, recall: 0, f1: 0 });
	});

	it('pools all decisions for micro scores and averages moves for macro-F1', () => {
		expect(evaluation.micro).toMatchObject({ truePositives: 3, falsePositives: 2, falseNegatives: 1 });
		expect(evaluation.micro.precision).toBeCloseTo(3 / 5);
		expect(evaluation.micro.recall).toBeCloseTo(3 / 4);
		expect(evaluation.micro.f1).toBeCloseTo((2 * 0.6 * 0.75) / 1.35);
		expect(evaluation.macroF1).toBeCloseTo((0.5 + 2 / 3 + 1) / 11);
	});

	it('counts replies found exactly right', () => {
		expect(evaluation.exactMatch).toBeCloseTo(2 / 5);
	});

	it('handles an empty set', () => {
		expect(evaluate([]).micro.f1).toBe(0);
		expect(evaluate([]).exactMatch).toBe(0);
	});
});
