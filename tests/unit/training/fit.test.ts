import { describe, expect, it } from 'vitest';
import { largestFittingScale, PRESENTATION_FIT } from '$lib/training/fit';

/** Text of `height` at scale 1 in a box of `room`: fits while height × scale ≤ room. */
function box(height: number, room: number) {
	const tried: number[] = [];
	const fits = (scale: number) => {
		tried.push(scale);
		return height * scale <= room;
	};
	return { fits, tried };
}

describe('largestFittingScale', () => {
	it('keeps full size when everything fits, trying nothing else', () => {
		const { fits, tried } = box(500, 600);
		expect(largestFittingScale(fits)).toBe(1);
		expect(tried).toEqual([1]);
	});

	it('finds the largest scale that fits, close below the exact one, in a few tries', () => {
		const { fits, tried } = box(900, 600); // exact: 0.667
		const scale = largestFittingScale(fits);
		expect(900 * scale).toBeLessThanOrEqual(600);
		expect(scale).toBeGreaterThan(2 / 3 - 0.005);
		expect(tried).toHaveLength(1 + PRESENTATION_FIT.steps);
	});

	it('returns the smallest scale when even that does not fit (the page then scrolls)', () => {
		const { fits } = box(2000, 600);
		expect(largestFittingScale(fits)).toBe(PRESENTATION_FIT.min);
	});

	it('works within any range it is given', () => {
		const { fits } = box(100, 150);
		expect(largestFittingScale(fits, { min: 1, max: 2, steps: 10 })).toBeCloseTo(1.5, 2);
	});
});
