import { describe, expect, it } from 'vitest';
import { citedRecommendations, citesRecommendation, lessonForDimension } from '$lib/content/recommendations';

describe('recommendations cited in a text', () => {
	it('reads single citations and lists, in running text and at the start of a sentence', () => {
		expect(citedRecommendations('Durf te vragen (aanbeveling 11, §8).')).toEqual(['11']);
		expect(citedRecommendations('aanbevelingen 2, 3, 7e en 10 (§8)')).toEqual(['2', '3', '7e', '10']);
		expect(citedRecommendations('Aanbeveling 8 vraagt stevigheid; aanbevelingen 7a, 8b (§8).')).toEqual(['8', '7a', '8b']);
	});

	it('leaves out the recommendations to peers and mentions without a number', () => {
		expect(citedRecommendations('Dit hoort bij aanbeveling 6 aan lotgenoten en aanbevelingen 4 en 5 aan lotgenoten.')).toEqual([]);
		expect(citedRecommendations('De aanbevelingen zijn geen protocol.')).toEqual([]);
		// After "aanbeveling", only the last of a list is to peers.
		expect(citedRecommendations('zie aanbeveling 2, 7d en 6 aan lotgenoten')).toEqual(['2', '7d']);
	});

	it('counts a citation of a whole recommendation for its parts, not the other way round', () => {
		expect(citesRecommendation('8a', '8a')).toBe(true);
		expect(citesRecommendation('8', '8a')).toBe(true);
		expect(citesRecommendation('8a', '8')).toBe(false);
		expect(citesRecommendation('1', '10a')).toBe(false);
		expect(citesRecommendation('8b', '8a')).toBe(false);
	});
});

describe('the lesson about a dimension', () => {
	const lesson = (id: string, text: string, sources = '') => ({
		id,
		moduleId: 'm',
		title: `Les ${id}`,
		sections: [{ id: '', title: '', text }],
		sources
	});

	it('is the lesson citing its recommendations most often, the first of equals, none when none cites them', () => {
		const lessons = [
			lesson('a', 'Wacht tot de cliënt je vertrouwt (aanbeveling 8a).'),
			lesson('b', 'Het beeld van de bamboe (aanbeveling 8). Meebewegen (aanbeveling 8a).', 'Bronnen: §8.'),
			lesson('c', 'Iets anders (aanbeveling 11).', 'Bronnen: aanbeveling 11 (§8).')
		];
		expect(lessonForDimension({ source: 'aanbeveling 8a (§8); §6' }, lessons)).toEqual({ href: '/m/b/', title: 'Les b' });
		expect(lessonForDimension({ source: 'aanbeveling 11 (§8)' }, lessons)?.href).toBe('/m/c/');
		expect(lessonForDimension({ source: 'aanbevelingen 3, 5 (§8)' }, lessons)).toBeUndefined();
		expect(lessonForDimension({ source: 'aanbeveling 8a' }, [lesson('x', 'aanbeveling 8a'), lesson('y', 'aanbeveling 8a')])?.href).toBe('/m/x/');
	});
});
