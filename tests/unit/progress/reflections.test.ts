import { describe, expect, it } from 'vitest';
import { notesInNodeOrder } from '$lib/progress/reflections';

describe('notes on the "Mijn reflecties" page', () => {
	it('follow the order of the scenario, with notes at nodes it no longer has last', () => {
		const notes: [string, string][] = [
			['weg', 'een oude vraag'],
			['vader', 'tweede'],
			['hoeveel', 'eerste']
		];
		expect(notesInNodeOrder(notes, ['hoeveel', 'stil', 'vader'])).toEqual([
			['hoeveel', 'eerste'],
			['vader', 'tweede'],
			['weg', 'een oude vraag']
		]);
		expect(notes[0]![0]).toBe('weg');
	});
});
