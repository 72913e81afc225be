/**
 * Sorting questions: how an answer is scored (right only when every item is right, with marks
 * per item), how it is stored and read back, and what a stored answer must look like.
 */
import { describe, expect, it } from 'vitest';
import type { QuizQuestion, SortQuestion } from '$lib/content/types';
import { quizResult, recordQuizAnswer } from '$lib/progress/quiz';
import { readProgressFully } from '$lib/progress/rescue';
import { emptyProgress, PROGRESS_KEY } from '$lib/progress/schema';
import { readProgress, writeProgress } from '$lib/progress/storage';
import { answerIsCorrect } from '$lib/quiz/check';
import { describeSortResult, placedCount } from '$lib/quiz/sort-text';
import { MAX_SORT_CATEGORIES, MAX_SORT_ITEMS } from '$lib/quiz/limits';
import { isSortCorrect, placementFits, sortMarks } from '$lib/quiz/sorting';
import { memoryStore } from '../fake-store';

const forms: SortQuestion = {
	type: 'sorteren',
	prompt: 'Sorteer de voorbeelden.',
	categories: ['LM', 'EM', 'LV', 'EV'],
	items: [
		{ text: 'Tanden lelijk', categories: [1] },
		{ text: 'Geen ontbijt', categories: [2] },
		{ text: 'Huiselijk geweld', categories: [1, 3] }
	],
	explanation: 'Twee vragen.',
	source: '§2'
};
const choice: QuizQuestion = { type: 'keuze', prompt: 'Hoeveel?', options: ['a', 'b', 'c'], answers: [1], explanation: 'Uitleg.', source: '§1.3' };

describe('scoring a sort', () => {
	it('marks each item: right when its category is one of the right ones', () => {
		expect(sortMarks([1, 2, 3], forms.items)).toEqual([true, true, true]);
		expect(sortMarks([1, 2, 1], forms.items)).toEqual([true, true, true]);
		expect(sortMarks([0, 2, 2], forms.items)).toEqual([false, true, false]);
		expect(sortMarks([1, undefined, 3], forms.items)).toEqual([true, false, true]);
	});

	it('counts as right only when every item is right and placed', () => {
		expect(isSortCorrect([1, 2, 3], forms.items)).toBe(true);
		expect(isSortCorrect([1, 2, 0], forms.items)).toBe(false);
		expect(isSortCorrect([1, 2], forms.items)).toBe(false);
		expect(isSortCorrect([1, 2, undefined], forms.items)).toBe(false);
	});

	it('says how many items stand right, and that a partly right sort does not count as right', () => {
		expect(describeSortResult([true, true, true])).toBe('Goed: alle 3 voorbeelden staan in het goede vak.');
		expect(describeSortResult([true, false, false])).toBe(
			'Niet helemaal: 1 van de 3 voorbeelden staat in het goede vak. De vraag telt als goed als alle voorbeelden goed staan.'
		);
		expect(describeSortResult([true, true, false])).toMatch(/^Niet helemaal: 2 van de 3 voorbeelden staan in het goede vak\./);
		expect(placedCount([1, undefined, 0])).toBe(2);
	});

	it('is checked by type: options chosen for multiple choice, categories placed for a sort', () => {
		expect(answerIsCorrect(forms, { chosen: [], placed: [1, 2, 3] })).toBe(true);
		expect(answerIsCorrect(forms, { chosen: [1, 2, 3] })).toBe(false);
		expect(answerIsCorrect(choice, { chosen: [1] })).toBe(true);
		expect(answerIsCorrect(choice, { chosen: [1, 2] })).toBe(false);
	});

	it('tells a stored sort of this question from an answer stored for another question at that place', () => {
		expect(placementFits(forms, { placed: [1, 2, 3] })).toBe(true);
		expect(placementFits(forms, {})).toBe(false);
		expect(placementFits(forms, { placed: [1, 2] })).toBe(false);
		expect(placementFits(forms, { placed: [1, 2, 4] })).toBe(false);
	});
});

describe('a sort in stored progress', () => {
	const now = new Date('2026-03-02T10:00:00.000Z');

	it('is recorded with the category per item in the items’ order, and counts in the quiz score like any question', () => {
		let progress = recordQuizAnswer(emptyProgress(), 'wat-is', 2, 0, [], true, now, [3, 2, 1]);
		progress = recordQuizAnswer(progress, 'wat-is', 2, 1, [1], true, now);
		expect(progress.quizzes['wat-is']!.answers['0']).toEqual({ chosen: [], placed: [3, 2, 1], correct: true, at: now.toISOString() });
		expect(progress.quizzes['wat-is']!.answers['1']).toEqual({ chosen: [1], correct: true, at: now.toISOString() });
		expect(quizResult(progress, 'wat-is', 2)).toMatchObject({ answered: 2, correct: 2, passed: true });
		const wrong = recordQuizAnswer(progress, 'wat-is', 2, 0, [], false, now, [0, 2, 1]);
		expect(quizResult(wrong, 'wat-is', 2)).toMatchObject({ correct: 1, passed: true, best: { correct: 2, total: 2 } });
	});

	it('survives storage and reads back as it was written', () => {
		const progress = recordQuizAnswer(emptyProgress(), 'wat-is', 14, 0, [], false, now, [1, 0, 3, 0]);
		const store = memoryStore();
		expect(writeProgress(store, progress)).toBe(true);
		expect(readProgress(store)).toEqual({ status: 'ok', progress });
	});

	const stored = (placed: unknown) =>
		JSON.stringify({
			...emptyProgress(),
			lessons: { 'basis/a': { readAt: now.toISOString() } },
			quizzes: { basis: { answers: { '0': { chosen: [], placed, correct: true, at: now.toISOString() } } } }
		});

	it.each([
		['a category past the largest a question may have', [0, MAX_SORT_CATEGORIES]],
		['a negative category', [-1]],
		['a category that is not a whole number', [0.5]],
		['more items than a question may have', Array(MAX_SORT_ITEMS + 1).fill(0)],
		['no items', []],
		['a list of something else', ['LM']]
	])('refuses %s, and rescues everything else', (_, placed) => {
		const raw = stored(placed);
		const result = readProgressFully(memoryStore({ [PROGRESS_KEY]: raw }));
		expect(result).toMatchObject({ status: 'damaged', lost: { quizzes: 1 }, progress: { lessons: { 'basis/a': { readAt: now.toISOString() } } } });
		expect(result.progress.quizzes.basis?.answers ?? {}).toEqual({});
	});

	it('accepts the largest sort the content format allows', () => {
		const raw = stored(Array.from({ length: MAX_SORT_ITEMS }, (_, i) => i % MAX_SORT_CATEGORIES));
		expect(readProgress(memoryStore({ [PROGRESS_KEY]: raw })).status).toBe('ok');
	});
});
