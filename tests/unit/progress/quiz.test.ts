import { describe, expect, it } from 'vitest';
import { describeQuizEnd, quizPassMark, quizResult, recordQuizAnswer, retakeQuiz } from '$lib/progress/quiz';
import { emptyProgress, type Progress } from '$lib/progress/schema';

const day = (n: number) => new Date(Date.UTC(2026, 0, n, 12));
const TOTAL = 18; // pass mark 13

/** Answers every question of the 18 on `on`; the first `right` are right. */
function answerAll(progress: Progress, right: number, on: Date, from = 0): Progress {
	for (let i = from; i < TOTAL; i++) progress = recordQuizAnswer(progress, 'gevolgen', TOTAL, i, [0], i < right, on);
	return progress;
}

describe('quiz results', () => {
	it('passes at 70 % of the questions', () => {
		expect(quizPassMark(18)).toBe(13);
		expect(quizResult(answerAll(emptyProgress(), 12, day(1)), 'gevolgen', TOTAL)).toMatchObject({ correct: 12, passed: false });
		expect(quizResult(answerAll(emptyProgress(), 13, day(1)), 'gevolgen', TOTAL)).toMatchObject({ correct: 13, passed: true, passedAt: day(1).toISOString() });
	});

	it('says plainly what happened', () => {
		expect(describeQuizEnd(quizResult(answerAll(emptyProgress(), 12, day(1)), 'gevolgen', TOTAL))).toBe(
			'Je hebt 12 van de 18 goed. Om deze toets te halen heb je er 13 nodig.'
		);
		expect(describeQuizEnd(quizResult(answerAll(emptyProgress(), 15, day(1)), 'gevolgen', TOTAL))).toBe('Gehaald: 15 van de 18 goed.');
	});
});

describe('retakes', () => {
	it('a best score counts only on the quiz as it is now: after a question is added, the answers now count, and a new best replaces it', () => {
		let progress = answerAll(emptyProgress(), 15, day(1));
		progress = retakeQuiz(progress, 'gevolgen', TOTAL, 'all', day(2));
		progress = answerAll(progress, 3, day(3));
		expect(quizResult(progress, 'gevolgen', TOTAL).best).toEqual({ correct: 15, total: 18 });
		expect(quizResult(progress, 'gevolgen', TOTAL + 1).best).toBeUndefined();
		progress = recordQuizAnswer(progress, 'gevolgen', TOTAL + 1, 3, [0], true, day(4));
		expect(progress.quizzes.gevolgen!.best).toMatchObject({ correct: 4, total: TOTAL + 1 });
	});

	it('a passed quiz stays passed and keeps its best score through a whole retake, even when it goes worse', () => {
		let progress = answerAll(emptyProgress(), 15, day(1));
		progress = retakeQuiz(progress, 'gevolgen', TOTAL, 'all', day(2));
		expect(quizResult(progress, 'gevolgen', TOTAL)).toMatchObject({ answered: 0, correct: 0, passed: true, best: { correct: 15, total: 18 } });
		progress = answerAll(progress, 5, day(3));
		const result = quizResult(progress, 'gevolgen', TOTAL);
		expect(result).toMatchObject({ correct: 5, passed: true, passedAt: day(1).toISOString(), best: { correct: 15, total: 18 } });
		expect(describeQuizEnd(result)).toBe(
			'Je hebt 5 van de 18 goed. Om deze toets te halen heb je er 13 nodig. Je had de toets eerder al gehaald; dat blijft zo.'
		);
	});

	it('"alleen de foute vragen" keeps the right answers, and the result combines them with the new ones', () => {
		let progress = answerAll(emptyProgress(), 12, day(1));
		progress = retakeQuiz(progress, 'gevolgen', TOTAL, 'wrong', day(2));
		expect(quizResult(progress, 'gevolgen', TOTAL)).toMatchObject({ answered: 12, correct: 12, passed: false });
		// The six questions answered wrongly (12..17) are open again; answer two of them right.
		for (let i = 12; i < TOTAL; i++) progress = recordQuizAnswer(progress, 'gevolgen', TOTAL, i, [0], i < 14, day(3));
		const result = quizResult(progress, 'gevolgen', TOTAL);
		expect(result).toMatchObject({ answered: 18, correct: 14, passed: true, passedAt: day(3).toISOString() });
		expect(result.best).toBeUndefined(); // now is the best
		expect(describeQuizEnd(result)).toBe('Gehaald: 14 van de 18 goed.');
	});

	it('keeps the pass of answers stored before passes were recorded (version 1), on a retake', () => {
		// Version 1 stored only the answers.
		const answers = answerAll(emptyProgress(), 14, day(1)).quizzes.gevolgen!.answers;
		const old: Progress = { ...emptyProgress(), quizzes: { gevolgen: { answers } } };
		const retaken = retakeQuiz(old, 'gevolgen', TOTAL, 'all', day(5));
		expect(quizResult(retaken, 'gevolgen', TOTAL)).toMatchObject({ passed: true, passedAt: day(1).toISOString(), best: { correct: 14 } });
	});

	it('a retake of a quiz never opened changes nothing', () => {
		const progress = emptyProgress();
		expect(retakeQuiz(progress, 'gevolgen', TOTAL, 'all', day(1))).toBe(progress);
	});
});
