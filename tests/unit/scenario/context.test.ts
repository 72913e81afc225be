import { describe, expect, it } from 'vitest';
import { applyChoice, applyReply, initialContext } from '$lib/scenario/context';
import { validFixture } from './fixtures';

describe('applyChoice', () => {
	const choice = { label: 'x', trust: 0, feedback: 'f', source: 's', next: 'einde' };

	it('adds points per dimension and clamps trust', () => {
		const start = initialContext(validFixture('small'));
		const after = applyChoice({ ...start, trust: 5 }, 'opening', 0, { ...choice, trust: 2, score: { doorvragen: 2 } });
		expect(after.totals).toEqual({ doorvragen: 2 });
		expect(after.trust).toBe(5);
	});

	it('never adds to a value an object inherits: a total named like one starts at 0', () => {
		const start = initialContext(validFixture('small'));
		const after = applyChoice(start, 'opening', 0, { ...choice, score: { constructor: 2, toString: -1 } });
		expect(after.totals).toEqual({ doorvragen: 0, constructor: 2, toString: -1 });
	});
});

describe('applyReply', () => {
	it('applies a rule like a choice, and records the rule and a label from its moves', () => {
		const start = initialContext(validFixture('flags'));
		const rule = { moves: ['belofte' as const], score: { eerlijkheid: -2 }, trust: 1, sets: ['belofte'], feedback: 'f', source: 's', next: 'vervolg' };
		const after = applyReply({ ...start, trust: 4 }, 'opening', 2, rule);
		expect(after.totals).toEqual({ eerlijkheid: -2 });
		expect(after.trust).toBe(5);
		expect(after.flags).toEqual({ belofte: true });
		expect(after.path).toEqual([
			{ nodeId: 'opening', ruleIndex: 2, label: 'Eigen antwoord: belofte', feedback: 'f', source: 's', score: { eerlijkheid: -2 }, trustChange: 1 }
		]);
		expect(after.path[0]).not.toHaveProperty('choiceIndex');
	});
});
