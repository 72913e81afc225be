import { describe, expect, it } from 'vitest';
import { COUNT_MESSAGE, describeVotes, MAX_COUNT, parseCount, votesFor } from '$lib/training/counts';

describe('parseCount', () => {
	it('reads whole numbers from 0 to the maximum', () => {
		expect(parseCount('0')).toEqual({ ok: true, value: 0 });
		expect(parseCount('12')).toEqual({ ok: true, value: 12 });
		expect(parseCount(' 7 ')).toEqual({ ok: true, value: 7 });
		expect(parseCount(String(MAX_COUNT))).toEqual({ ok: true, value: MAX_COUNT });
	});

	it('reads an empty field as "no count"', () => {
		expect(parseCount('')).toEqual({ ok: true, value: null });
		expect(parseCount('   ')).toEqual({ ok: true, value: null });
	});

	it('refuses negatives, fractions, exponents, words and too much, with a Dutch message', () => {
		for (const raw of ['-1', '1.5', '2,5', '1e2', '0x10', 'drie', '?', String(MAX_COUNT + 1)]) {
			expect(parseCount(raw), raw).toEqual({ ok: false, message: COUNT_MESSAGE });
		}
		expect(COUNT_MESSAGE).toMatch(/heel getal/);
	});
});

describe('votesFor', () => {
	const choices = [
		{ number: 1, index: 0, label: 'A' },
		{ number: 2, index: 2, label: 'C' }
	];

	it('is null until a count is entered', () => {
		expect(votesFor(choices, {})).toBeNull();
	});

	it('gives every offered choice a row, in the order offered, with its share of the total', () => {
		expect(votesFor(choices, { 2: 3 })).toEqual({
			total: 3,
			rows: [
				{ number: 1, label: 'A', count: 0, share: 0 },
				{ number: 2, label: 'C', count: 3, share: 1 }
			]
		});
	});

	it('ignores counts for choices not offered', () => {
		expect(votesFor(choices, { 1: 9 })).toBeNull();
		expect(votesFor(choices, { 0: 1, 1: 9 })?.total).toBe(1);
	});
});

describe('describeVotes', () => {
	it('says the count in words with its percentage', () => {
		expect(describeVotes(1, 3)).toBe('1 stem (33 %)');
		expect(describeVotes(2, 3)).toBe('2 stemmen (67 %)');
		expect(describeVotes(0, 0)).toBe('0 stemmen');
	});
});
