import { describe, expect, it } from 'vitest';
import { attemptIdentity, describeAdditions, mergeProgress } from '$lib/progress/merge';
import { emptyProgress, type Progress, type ScenarioAttempt } from '$lib/progress/schema';
import { markLessonRead, recordAttempt, recordQuizAnswer } from '$lib/progress/update';

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
	p = recordQuizAnswer(p, 'basis', 0, [2], false, day(5));
	p = recordQuizAnswer(p, 'basis', 1, [0], true, day(5));
	p = recordAttempt(p, attempt('intake', 2));
	return recordAttempt(p, attempt('intake', 6));
}

/** The file: read a (earlier), c; quiz basis q0 right, q2 right, relatie q0; intake days 2 (same), 4; tijd day 3. */
function file(): Progress {
	let p = markLessonRead(emptyProgress(), 'basis', 'a', day(1));
	p = markLessonRead(p, 'basis', 'c', day(3));
	p = recordQuizAnswer(p, 'basis', 0, [1], true, day(3));
	p = recordQuizAnswer(p, 'basis', 2, [1], true, day(3));
	p = recordQuizAnswer(p, 'relatie', 0, [0, 2], true, day(3));
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
		expect(progress.quizzes.basis).toEqual({
			0: here().quizzes.basis![0],
			1: here().quizzes.basis![1],
			2: file().quizzes.basis![2]
		});
		expect(progress.quizzes.basis![0]!.correct).toBe(false);
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
			added: { lessons: 1, quizAnswers: 2, scenarioAttempts: 2, earlierReadDates: 1 },
			changed: true
		});
	});

	it('never loses anything that was here', () => {
		const before = here();
		const { progress } = mergeProgress(before, file());
		for (const key of Object.keys(before.lessons)) expect(progress.lessons[key]).toBeDefined();
		for (const [module, answers] of Object.entries(before.quizzes)) {
			for (const [question, answer] of Object.entries(answers)) expect(progress.quizzes[module]![question]).toEqual(answer);
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
		expect(twice.added).toEqual({ lessons: 0, quizAnswers: 0, scenarioAttempts: 0, earlierReadDates: 0 });
		expect(twice.progress).toBe(once);
		expect(mergeProgress(here(), here()).progress).toEqual(here());
	});

	it('into empty progress gives the file itself; an empty file changes nothing', () => {
		expect(mergeProgress(emptyProgress(), file()).progress).toEqual(file());
		expect(mergeProgress(here(), emptyProgress())).toEqual({
			progress: here(),
			added: { lessons: 0, quizAnswers: 0, scenarioAttempts: 0, earlierReadDates: 0 },
			changed: false
		});
	});

	it('is safe with keys that plain objects already have', () => {
		const incoming: Progress = {
			...emptyProgress(),
			lessons: { constructor: { readAt: day(1).toISOString() } },
			quizzes: { toString: { 0: { chosen: [0], correct: true, at: day(1).toISOString() } } },
			scenarios: { hasOwnProperty: [] }
		};
		const { progress, added } = mergeProgress(emptyProgress(), incoming);
		expect(added).toMatchObject({ lessons: 1, quizAnswers: 1 });
		expect(Object.hasOwn(progress.lessons, 'constructor')).toBe(true);
	});
});

describe('describeAdditions', () => {
	it('says what an import adds, in Dutch', () => {
		expect(describeAdditions({ lessons: 3, quizAnswers: 12, scenarioAttempts: 2, earlierReadDates: 0 })).toBe(
			'Dit bestand voegt toe wat je nog niet had: 3 lessen, 12 toetsantwoorden en 2 scenariopogingen.'
		);
		expect(describeAdditions({ lessons: 1, quizAnswers: 0, scenarioAttempts: 1, earlierReadDates: 0 })).toBe(
			'Dit bestand voegt toe wat je nog niet had: 1 les en 1 scenariopoging.'
		);
		expect(describeAdditions({ lessons: 0, quizAnswers: 1, scenarioAttempts: 0, earlierReadDates: 2 })).toBe(
			'Dit bestand voegt toe wat je nog niet had: 1 toetsantwoord. Bij 2 lessen die je al had gelezen, wordt de eerdere leesdatum uit het bestand overgenomen.'
		);
		expect(describeAdditions({ lessons: 0, quizAnswers: 0, scenarioAttempts: 0, earlierReadDates: 0 })).toBe(
			'Dit bestand voegt niets toe: alles wat erin staat, heb je al.'
		);
		expect(describeAdditions({ lessons: 0, quizAnswers: 0, scenarioAttempts: 0, earlierReadDates: 1 })).toBe(
			'Dit bestand voegt niets nieuws toe. Bij 1 les die je al had gelezen, wordt de eerdere leesdatum uit het bestand overgenomen.'
		);
	});
});
