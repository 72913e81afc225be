import { describe, expect, it } from 'vitest';
import { attemptIdentity, describeAdditions, mergeProgress, NOTHING_ADDED } from '$lib/progress/merge';
import { recordQuizAnswer, retakeQuiz } from '$lib/progress/quiz';
import { saveRun } from '$lib/progress/runs';
import { emptyProgress, type Progress, type ScenarioAttempt } from '$lib/progress/schema';
import { markLessonRead, markLessonSkipped, markScenarioSkipped, recordAttempt } from '$lib/progress/update';

const day = (n: number) => new Date(Date.UTC(2026, 0, n, 10));

function attempt(scenarioId: string, n: number, endNode = 'einde', share = 0.5): ScenarioAttempt {
	return {
		scenarioId,
		moduleId: 'relatie',
		finishedAt: day(n).toISOString(),
		endNode,
		path: [],
		totals: { tempo: 1 },
		shares: { tempo: share }
	};
}

/** Here: read a, b; quiz basis q0 wrong, q1 right; intake played on days 2 and 6. */
function here(): Progress {
	let p = markLessonRead(emptyProgress(), 'basis', 'a', day(5));
	p = markLessonRead(p, 'basis', 'b', day(5));
	p = recordQuizAnswer(p, 'basis', 10, 0, [2], false, day(5));
	p = recordQuizAnswer(p, 'basis', 10, 1, [0], true, day(5));
	p = recordAttempt(p, attempt('intake', 2));
	return recordAttempt(p, attempt('intake', 6));
}

/** The file: read a (earlier), c; quiz basis q0 right, q2 right, relatie q0; intake days 2 (same), 4; tijd day 3. */
function file(): Progress {
	let p = markLessonRead(emptyProgress(), 'basis', 'a', day(1));
	p = markLessonRead(p, 'basis', 'c', day(3));
	p = recordQuizAnswer(p, 'basis', 10, 0, [1], true, day(3));
	p = recordQuizAnswer(p, 'basis', 10, 2, [1], true, day(3));
	p = recordQuizAnswer(p, 'relatie', 3, 0, [0, 2], true, day(3));
	p = recordAttempt(p, attempt('intake', 2));
	p = recordAttempt(p, attempt('intake', 4, 'dicht', 0.25));
	return recordAttempt(p, attempt('tijd', 3));
}

describe('mergeProgress', () => {
	it('takes the union of lessons, keeping the earliest date', () => {
		const { progress } = mergeProgress(here(), file());
		expect(progress.lessons).toEqual({
			'basis/a': { readAt: day(1).toISOString() },
			'basis/b': { readAt: day(5).toISOString() },
			'basis/c': { readAt: day(3).toISOString() }
		});
	});

	it('keeps the answer already here for a question answered in both, and adds the rest', () => {
		const { progress } = mergeProgress(here(), file());
		expect(progress.quizzes.basis!.answers).toEqual({
			0: here().quizzes.basis!.answers[0],
			1: here().quizzes.basis!.answers[1],
			2: file().quizzes.basis!.answers[2]
		});
		expect(progress.quizzes.basis!.answers[0]!.correct).toBe(false);
		expect(progress.quizzes.relatie).toEqual(file().quizzes.relatie);
	});

	it('takes the union of attempts without duplicates, in time order', () => {
		const { progress } = mergeProgress(here(), file());
		expect(progress.scenarios.intake!.map((a) => [a.finishedAt, a.endNode])).toEqual([
			[day(2).toISOString(), 'einde'],
			[day(4).toISOString(), 'dicht'],
			[day(6).toISOString(), 'einde']
		]);
		expect(progress.scenarios.tijd).toEqual([attempt('tijd', 3)]);
	});

	it('treats attempts at the same moment with another ending as different attempts', () => {
		const incoming = recordAttempt(emptyProgress(), attempt('intake', 2, 'anders'));
		const { progress, added } = mergeProgress(here(), incoming);
		expect(added.scenarioAttempts).toBe(1);
		expect(progress.scenarios.intake).toHaveLength(3);
		// The same moment written differently is still the same attempt.
		const sameMoment = recordAttempt(emptyProgress(), { ...attempt('intake', 2), finishedAt: '2026-01-02T10:00:00Z' });
		expect(mergeProgress(here(), sameMoment).added.scenarioAttempts).toBe(0);
		expect(attemptIdentity(attempt('intake', 2))).toBe(attemptIdentity({ ...attempt('intake', 2), finishedAt: '2026-01-02T10:00:00Z' }));
	});

	it('counts what is added', () => {
		expect(mergeProgress(here(), file())).toMatchObject({
			added: { lessons: 1, quizAnswers: 2, scenarioAttempts: 2, earlierReadDates: 1, quizResults: 2 },
			changed: true
		});
	});

	it('never loses anything that was here', () => {
		const before = here();
		const { progress } = mergeProgress(before, file());
		for (const key of Object.keys(before.lessons)) expect(progress.lessons[key]).toBeDefined();
		for (const [module, quiz] of Object.entries(before.quizzes)) {
			for (const [question, answer] of Object.entries(quiz.answers)) expect(progress.quizzes[module]!.answers[question]).toEqual(answer);
		}
		for (const [scenario, attempts] of Object.entries(before.scenarios)) {
			for (const a of attempts) expect(progress.scenarios[scenario]).toContainEqual(a);
		}
		// And the inputs themselves are left alone.
		expect(before).toEqual(here());
	});

	it('is idempotent: the same file a second time adds nothing and changes nothing', () => {
		const once = mergeProgress(here(), file()).progress;
		const twice = mergeProgress(once, file());
		expect(twice.changed).toBe(false);
		expect(twice.added).toEqual(NOTHING_ADDED);
		expect(twice.progress).toBe(once);
		expect(mergeProgress(here(), here()).progress).toEqual(here());
	});

	it('into empty progress gives the file itself; an empty file changes nothing', () => {
		expect(mergeProgress(emptyProgress(), file()).progress).toEqual(file());
		expect(mergeProgress(here(), emptyProgress())).toEqual({
			progress: here(),
			added: NOTHING_ADDED,
			changed: false
		});
	});

	it('is safe with keys that plain objects already have', () => {
		const incoming: Progress = {
			...emptyProgress(),
			lessons: { constructor: { readAt: day(1).toISOString() } },
			quizzes: { toString: { answers: { 0: { chosen: [0], correct: true, at: day(1).toISOString() } } } },
			scenarios: { hasOwnProperty: [] }
		};
		const { progress, added } = mergeProgress(emptyProgress(), incoming);
		expect(added).toMatchObject({ lessons: 1, quizAnswers: 1 });
		expect(Object.hasOwn(progress.lessons, 'constructor')).toBe(true);
	});

	it('keeps the higher best score and the earlier pass of a quiz, from either side', () => {
		const pass = (p: Progress, n: number) => {
			for (let i = 0; i < 10; i++) p = recordQuizAnswer(p, 'basis', 10, i, [0], i < n, day(8));
			return p;
		};
		// Here: passed with 8 on day 8, then a retake of everything.
		const mine = retakeQuiz(pass(emptyProgress(), 8), 'basis', 10, 'all', day(9));
		// The file: 10 right, later.
		const theirs = pass(emptyProgress(), 10);
		const { progress, added } = mergeProgress(mine, { ...theirs, quizzes: { basis: { ...theirs.quizzes.basis!, passedAt: day(12).toISOString() } } });
		expect(progress.quizzes.basis).toMatchObject({ best: { correct: 10, total: 10 }, passedAt: day(8).toISOString() });
		expect(added.quizResults).toBe(1);
		expect(added.quizAnswers).toBe(10);
	});

	it('adds skips and conversations in progress that are not here, and never a skip of something done here', () => {
		let incoming = markLessonSkipped(emptyProgress(), 'basis', 'a', day(1)); // read here already
		incoming = markLessonSkipped(incoming, 'basis', 'd', day(1));
		incoming = markScenarioSkipped(incoming, 'intake', day(1)); // played here already
		incoming = markScenarioSkipped(incoming, 'klik', day(1));
		incoming = saveRun(incoming, 'tijd', { steps: [{ nodeId: 'opening', choiceIndex: 1 }], at: 'stilte' }, day(2));
		incoming = saveRun(incoming, 'intake', { steps: [{ nodeId: 'opening', choiceIndex: 0 }], at: 'familie' }, day(2));
		const mine = saveRun(here(), 'intake', { steps: [{ nodeId: 'opening', choiceIndex: 2 }], at: 'stilte' }, day(3));
		const { progress, added } = mergeProgress(mine, incoming);
		expect(Object.keys(progress.skippedLessons)).toEqual(['basis/d']);
		expect(Object.keys(progress.skippedScenarios)).toEqual(['klik']);
		expect(progress.inProgress.intake).toEqual(mine.inProgress.intake);
		expect(progress.inProgress.tijd).toEqual(incoming.inProgress.tijd);
		expect(added).toMatchObject({ skipped: 2, runs: 1 });
	});
});

describe('describeAdditions', () => {
	it('says what an import adds, in Dutch', () => {
		expect(describeAdditions({ ...NOTHING_ADDED, lessons: 3, quizAnswers: 12, scenarioAttempts: 2 })).toBe(
			'Dit bestand voegt toe wat je nog niet had: 3 lessen, 12 toetsantwoorden en 2 scenariopogingen.'
		);
		expect(describeAdditions({ ...NOTHING_ADDED, lessons: 1, scenarioAttempts: 1 })).toBe(
			'Dit bestand voegt toe wat je nog niet had: 1 les en 1 scenariopoging.'
		);
		expect(describeAdditions({ ...NOTHING_ADDED, quizAnswers: 1, earlierReadDates: 2 })).toBe(
			'Dit bestand voegt toe wat je nog niet had: 1 toetsantwoord. Bij 2 lessen die je al had gelezen, wordt de eerdere leesdatum uit het bestand overgenomen.'
		);
		expect(describeAdditions(NOTHING_ADDED)).toBe(
			'Dit bestand voegt niets toe: alles wat erin staat, heb je al.'
		);
		expect(describeAdditions({ ...NOTHING_ADDED, earlierReadDates: 1 })).toBe(
			'Dit bestand voegt niets nieuws toe. Bij 1 les die je al had gelezen, wordt de eerdere leesdatum uit het bestand overgenomen.'
		);
		expect(describeAdditions({ ...NOTHING_ADDED, quizResults: 1, runs: 2, skipped: 1 })).toBe(
			'Dit bestand voegt toe wat je nog niet had: 1 beter toetsresultaat, 2 onafgemaakte gesprekken en 1 overgeslagen onderdeel.'
		);
	});
});

describe('reflection notes', () => {
	it('are saved trimmed, removed when emptied, and merged with the note here winning', async () => {
		const { saveReflection, reflectionAt, allReflections } = await import('$lib/progress/reflections');
		let mine = saveReflection(emptyProgress(), 'intake', 'opening', '  Ik merk dat ik wil redden.  ', day(1));
		expect(reflectionAt(mine, 'intake', 'opening')).toEqual({ text: 'Ik merk dat ik wil redden.', at: day(1).toISOString() });
		expect(saveReflection(mine, 'intake', 'opening', 'Ik merk dat ik wil redden.', day(2))).toBe(mine);
		mine = saveReflection(mine, 'intake', 'stilte', 'Stilte is lastig.', day(2));
		let theirs = saveReflection(emptyProgress(), 'intake', 'opening', 'Een andere gedachte.', day(3));
		theirs = saveReflection(theirs, 'tijd', 'klok', 'Niet op de klok kijken.', day(3));
		const { progress, added } = mergeProgress(mine, theirs);
		expect(added.reflections).toBe(1);
		expect(reflectionAt(progress, 'intake', 'opening')!.text).toBe('Ik merk dat ik wil redden.');
		expect(reflectionAt(progress, 'tijd', 'klok')!.text).toBe('Niet op de klok kijken.');
		expect(allReflections(progress, ['tijd', 'intake', 'weg']).map((r) => [r.scenarioId, r.notes.length])).toEqual([
			['tijd', 1],
			['intake', 2]
		]);
		const emptied = saveReflection(saveReflection(mine, 'intake', 'opening', ' ', day(4)), 'intake', 'stilte', '', day(4));
		expect(emptied.reflections).toEqual({});
		expect(describeAdditions({ ...NOTHING_ADDED, reflections: 2 })).toBe('Dit bestand voegt toe wat je nog niet had: 2 reflecties.');
	});
});
