import { describe, expect, it } from 'vitest';
import { countCompletion, courseCompletion, describeMissingItem, summariseMissing } from '$lib/certificate/completion';
import { quizPassMark, recordQuizAnswer } from '$lib/progress/quiz';
import { emptyProgress, type Progress } from '$lib/progress/schema';
import { markLessonRead, markLessonSkipped, markLessonUnread, markScenarioSkipped, recordAttempt } from '$lib/progress/update';
import { attempt, completeProgress, day, modules, withoutQuiz } from './fixture';

describe('courseCompletion', () => {
	it('is complete when every module is, on the day the last requirement was met', () => {
		const result = courseCompletion(completeProgress(), modules);
		expect(result.complete).toBe(true);
		expect(result.modules.map((m) => m.missing)).toEqual([[], []]);
		expect(result.completedAt).toEqual(day(7));
	});

	it('dates completion by the first play of a scenario, not later replays', () => {
		let progress = recordAttempt(completeProgress(), attempt('intake', 20, { doorvragen: 0 }));
		progress = recordAttempt(progress, attempt('tijd', 21, { tempo: 0 }));
		expect(courseCompletion(progress, modules).completedAt).toEqual(day(7));
	});

	it('dates a quiz by the answer that reached the pass mark', () => {
		let progress = withoutQuiz(completeProgress(), 'basis');
		for (let i = 0; i < 7; i++) progress = recordQuizAnswer(progress, 'basis', 10, i, [0], true, day(10 + i));
		progress = recordQuizAnswer(progress, 'basis', 10, 9, [0], true, day(30));
		// The seventh correct answer (day 16) passed the quiz; the eighth (day 30) changed nothing.
		expect(courseCompletion(progress, modules).completedAt).toEqual(day(16));
	});

	it('is incomplete with one lesson missing, and names it with a link', () => {
		const progress = markLessonUnread(completeProgress(), 'basis', 'vormen');
		const result = courseCompletion(progress, modules);
		expect(result.complete).toBe(false);
		expect(result.completedAt).toBeUndefined();
		expect(result.modules[0]!.missing).toEqual([{ kind: 'lesson', title: 'Vormen', href: '/basis/vormen/' }]);
		expect(result.modules[1]!.missing).toEqual([]);
	});

	it('lists everything still to do for a learner who has just started', () => {
		const progress = recordQuizAnswer(emptyProgress(), 'basis', 10, 0, [0], true, day(1));
		const [basis, relatie] = courseCompletion(progress, modules).modules;
		expect(basis!.missing).toEqual([
			{ kind: 'lesson', title: 'Definitie', href: '/basis/definitie/' },
			{ kind: 'lesson', title: 'Vormen', href: '/basis/vormen/' },
			{ kind: 'quiz', href: '/basis/toets/', correct: 1, needed: 7, total: 10 }
		]);
		expect(relatie!.missing.map(describeMissingItem)).toEqual([
			'Les lezen: De band',
			'De toets halen: minstens 3 van de 3 vragen goed (nu 0)',
			'Scenario spelen: Het intakegesprek',
			'Scenario spelen: Tien minuten voor tijd'
		]);
		expect(summariseMissing(basis!.missing)).toBe('Nog 2 lessen lezen en de toets halen (nog 6 goed nodig).');
		expect(summariseMissing(relatie!.missing)).toBe("Nog 1 les lezen, de toets halen (nog 3 goed nodig) en 2 scenario's spelen.");
		expect(summariseMissing([])).toBe('Afgerond.');
	});

	it('misses the quiz exactly when fewer than 70 % of the answers are right', () => {
		for (let correct = 0; correct <= 10; correct++) {
			let progress = withoutQuiz(completeProgress(), 'basis');
			for (let i = 0; i < 10; i++) progress = recordQuizAnswer(progress, 'basis', 10, i, [0], i < correct, day(4));
			const basis = courseCompletion(progress, modules).modules[0]!;
			expect(basis.missing.some((m) => m.kind === 'quiz')).toBe(correct < 7);
			expect(basis.progress.complete).toBe(correct >= 7);
		}
		expect(quizPassMark(10)).toBe(7);
		expect(quizPassMark(3)).toBe(3);
		expect(quizPassMark(0)).toBe(0);
	});

	it('counts a lesson or scenario skipped at its content note as done, dated by the skip', () => {
		let progress = markLessonUnread(completeProgress(), 'basis', 'vormen');
		progress = markLessonSkipped(progress, 'basis', 'vormen', day(9));
		const result = courseCompletion(progress, modules);
		expect(result).toMatchObject({ complete: true, completedAt: day(9) });
		expect(result.modules[0]!.progress).toMatchObject({ lessonsRead: 1, lessonsSkipped: 1, lessonsDone: 2 });

		// A scenario never played but skipped at its note.
		let unplayed: Progress = { ...completeProgress(), scenarios: { intake: completeProgress().scenarios.intake! } };
		expect(courseCompletion(unplayed, modules).complete).toBe(false);
		unplayed = markScenarioSkipped(unplayed, 'tijd', day(12));
		expect(courseCompletion(unplayed, modules)).toMatchObject({ complete: true, completedAt: day(12) });
		expect(courseCompletion(unplayed, modules).modules[1]!.progress).toMatchObject({ scenariosPlayed: 1, scenariosSkipped: 1 });
	});

	it('reading a skipped lesson later makes it read; skipping a read lesson changes nothing', () => {
		const read = completeProgress();
		expect(markLessonSkipped(read, 'basis', 'vormen', day(20))).toBe(read);
		const played = completeProgress();
		expect(markScenarioSkipped(played, 'intake', day(20))).toBe(played);
		const skipped = markLessonSkipped(markLessonUnread(read, 'basis', 'vormen'), 'basis', 'vormen', day(9));
		const readLater = markLessonRead(skipped, 'basis', 'vormen', day(11));
		expect(courseCompletion(readLater, modules).modules[0]!.progress).toMatchObject({ lessonsRead: 2, lessonsSkipped: 0 });
	});

	it('a module without quiz or scenarios needs only its lessons', () => {
		const plain = [{ ...modules[0]!, questionCount: 0 }];
		const progress = withoutQuiz(completeProgress(), 'basis');
		expect(courseCompletion(progress, plain)).toMatchObject({ complete: true, completedAt: day(2) });
	});

	it('ignores progress of things not in the course, and a course without modules is never complete', () => {
		const progress = recordAttempt(completeProgress(), { ...attempt('oud', 40, {}), moduleId: 'weg' });
		expect(courseCompletion(progress, modules).completedAt).toEqual(day(7));
		expect(courseCompletion(completeProgress(), []).complete).toBe(false);
	});
});

describe('the course in figures', () => {
	it('counts modules complete, quizzes passed and scenarios played or skipped', () => {
		expect(countCompletion(courseCompletion(completeProgress(), modules))).toEqual({
			modulesComplete: 2,
			modules: 2,
			quizzesPassed: 2,
			quizzes: 2,
			scenariosPlayed: 2,
			scenariosSkipped: 0,
			scenarios: 2
		});
		let started = recordQuizAnswer(emptyProgress(), 'relatie', 3, 0, [0], true, day(1));
		started = markScenarioSkipped(started, 'tijd', day(2));
		expect(countCompletion(courseCompletion(started, modules))).toEqual({
			modulesComplete: 0,
			modules: 2,
			quizzesPassed: 0,
			quizzes: 2,
			scenariosPlayed: 0,
			scenariosSkipped: 1,
			scenarios: 2
		});
	});
});
