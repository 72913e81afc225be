import { describe, expect, it } from 'vitest';
import { applyChoice, initialContext } from '$lib/scenario/context';
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
