import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY, emptyProgress } from '$lib/progress/schema';
import { MESSAGES, clearProgress, readProgress, writeProgress } from '$lib/progress/storage';
import { memoryStore, refusingStore as throwingStore } from '../fake-store';
import { markLessonRead, moduleProgress, recordQuizAnswer } from '$lib/progress/update';

describe('readProgress', () => {
	it('starts empty when nothing is stored', () => {
		expect(readProgress(memoryStore())).toEqual({ status: 'empty', progress: emptyProgress() });
	});

	it('reads back what was written', () => {
		const store = memoryStore();
		const progress = markLessonRead(emptyProgress(), 'basis', 'definitie', new Date('2026-01-02T03:04:05Z'));
		expect(writeProgress(store, progress)).toBe(true);
		expect(readProgress(store)).toEqual({ status: 'ok', progress });
	});

	it('reports corrupt JSON with the raw text and a Dutch message, leaving storage untouched', () => {
		const store = memoryStore({ [PROGRESS_KEY]: '{"version":1,' });
		const result = readProgress(store);
		expect(result).toMatchObject({ status: 'corrupt', raw: '{"version":1,', message: MESSAGES.corrupt });
		expect(store.data[PROGRESS_KEY]).toBe('{"version":1,');
	});

	it('reports data of the wrong shape as foreign', () => {
		const store = memoryStore({ [PROGRESS_KEY]: JSON.stringify({ version: 1, lessons: 'alles' }) });
		expect(readProgress(store)).toMatchObject({ status: 'foreign', message: MESSAGES.foreign });
	});

	it('reports data of a newer version as future, without touching it', () => {
		const raw = JSON.stringify({ version: 2, lessons: {}, quizzes: {}, scenarios: {}, extra: true });
		const store = memoryStore({ [PROGRESS_KEY]: raw });
		expect(readProgress(store)).toMatchObject({ status: 'future', raw, message: MESSAGES.future });
		expect(store.data[PROGRESS_KEY]).toBe(raw);
	});

	it('still reads stored progress when storage is full, and reports the refused write', () => {
		const progress = markLessonRead(emptyProgress(), 'basis', 'definitie', new Date('2026-01-02T03:04:05Z'));
		const full = memoryStore({ [PROGRESS_KEY]: JSON.stringify(progress) });
		full.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		expect(readProgress(full)).toEqual({ status: 'ok', progress });
		expect(writeProgress(full, progress)).toBe(false);
	});

	it('copes with storage that is missing or refuses access (private mode)', () => {
		expect(readProgress(undefined)).toMatchObject({ status: 'unavailable', message: MESSAGES.unavailable });
		expect(readProgress(throwingStore)).toMatchObject({ status: 'unavailable' });
		expect(writeProgress(throwingStore, emptyProgress())).toBe(false);
		expect(clearProgress(throwingStore)).toBe(false);
	});
});

describe('module progress', () => {
	const outline = { id: 'basis', lessonIds: ['a', 'b'], questionCount: 10, scenarioIds: [] };
	const now = new Date('2026-01-02T03:04:05Z');

	it('counts lessons read and quiz answers, and completes at 70 % right', () => {
		let progress = markLessonRead(emptyProgress(), 'basis', 'a', now);
		progress = markLessonRead(progress, 'basis', 'b', now);
		for (let i = 0; i < 7; i++) progress = recordQuizAnswer(progress, 'basis', i, [0], i < 6, now);
		expect(moduleProgress(progress, outline)).toMatchObject({ lessonsRead: 2, quizAnswered: 7, quizCorrect: 6, complete: false });
		progress = recordQuizAnswer(progress, 'basis', 9, [1], true, now);
		expect(moduleProgress(progress, outline)).toMatchObject({ quizCorrect: 7, quizPassed: true, complete: true });
	});

	it('marking a lesson read twice keeps the first date', () => {
		const first = markLessonRead(emptyProgress(), 'basis', 'a', now);
		const again = markLessonRead(first, 'basis', 'a', new Date('2027-01-01T00:00:00Z'));
		expect(again.lessons['basis/a']!.readAt).toBe(now.toISOString());
	});
});
