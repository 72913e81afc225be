import { describe, expect, it } from 'vitest';
import { linkReferences, referencedAnchors, unknownSections } from '$lib/report/references';

/** The pieces as `[text](anchor)` and plain text, easy to read in a failing test. */
const show = (text: string) => linkReferences(text).map((p) => (p.anchor ? `[${p.text}](${p.anchor})` : p.text)).join('');

describe('linkReferences', () => {
	it('links sections and chapters the report has', () => {
		expect(show('Zo staat het in het rapport (§5.1.1, §2 en §8).')).toBe(
			'Zo staat het in het rapport ([§5.1.1](p5-1-1), [§2](p2) en [§8](p8)).'
		);
	});

	it('leaves a section the report does not have as plain text', () => {
		expect(show('Een §3.2 bestaat niet; §3.3 wel.')).toBe('Een §3.2 bestaat niet; [§3.3](p3-3) wel.');
		expect(linkReferences('Een §3.2 bestaat niet.')).toEqual([{ text: 'Een §3.2 bestaat niet.' }]);
	});

	it('links each number of a list of recommendations, the first one with its word', () => {
		expect(show('Zie aanbevelingen 3, 8b en 11.')).toBe(
			'Zie [aanbevelingen 3](aanbeveling-3), [8b](aanbeveling-8) en [11](aanbeveling-11).'
		);
		expect(show('Aanbeveling 7e (§8)')).toBe('[Aanbeveling 7e](aanbeveling-7) ([§8](p8))');
	});

	it('links a recommendation to peers when the text says so', () => {
		expect(show('aanbeveling 1 aan lotgenoten')).toBe('[aanbeveling 1](lotgenoten-1) aan lotgenoten');
		// After "aanbevelingen", every number of the list is to peers.
		expect(show('aanbevelingen 2 en 3 aan lotgenoten')).toBe('[aanbevelingen 2](lotgenoten-2) en [3](lotgenoten-3) aan lotgenoten');
		expect(show('aanbeveling 2, 7d en 6 aan lotgenoten')).toBe(
			'[aanbeveling 2](aanbeveling-2), [7d](aanbeveling-7) en [6](lotgenoten-6) aan lotgenoten'
		);
	});

	it('does not link a recommendation 1 for professionals, which the report does not have', () => {
		expect(show('Een aanbeveling 1 voor professionals staat er niet in.')).toBe('Een aanbeveling 1 voor professionals staat er niet in.');
	});

	it('links interviews one to eleven, alone and in lists', () => {
		expect(show('(§5.3, interview 4)')).toBe('([§5.3](p5-3), [interview 4](interview-4))');
		expect(show('interviews 2, 3, 5 en 7')).toBe(
			'[interviews 2](interview-2), [3](interview-3), [5](interview-5) en [7](interview-7)'
		);
		expect(show('Interview 12')).toBe('Interview 12');
	});

	it('does not read a longer word or number as a reference', () => {
		expect(show('aanbeveling 7f')).toBe('aanbeveling 7f');
		expect(show('interview 1 en een tweede gesprek')).toBe('[interview 1](interview-1) en een tweede gesprek');
	});

	it('keeps every character of the text', () => {
		const text = 'Bron: §5.3, interviews 1 en 2; aanbevelingen 7e en 11 (§8); §3.2.';
		expect(linkReferences(text).map((p) => p.text).join('')).toBe(text);
	});
});

describe('referencedAnchors and unknownSections', () => {
	it('lists each anchor once', () => {
		expect(referencedAnchors('§2.2, §2.2 en interview 3; aanbeveling 7e en 7c')).toEqual(['p2-2', 'interview-3', 'aanbeveling-7']);
	});

	it('names the sections the report does not have', () => {
		expect(unknownSections('§3.2 en §9, maar ook §5.1.1 en §5.1.7')).toEqual(['§3.2', '§9', '§5.1.7']);
		expect(unknownSections('§1.1, §8')).toEqual([]);
	});
});
