import type { CertificateModule } from '$lib/certificate/certificate';
import { emptyProgress, type Progress, type ScenarioAttempt } from '$lib/progress/schema';
import { recordQuizAnswer } from '$lib/progress/quiz';
import { markLessonRead, recordAttempt } from '$lib/progress/update';

/** Two small modules: one with a quiz of 10 questions, one with a quiz of 3 and two scenarios. */
export const modules: CertificateModule[] = [
	{
		id: 'basis',
		number: 1,
		title: 'De basis',
		minutes: 25,
		lessons: [
			{ id: 'definitie', title: 'Definitie' },
			{ id: 'vormen', title: 'Vormen' }
		],
		lessonIds: ['definitie', 'vormen'],
		questionCount: 10,
		scenarios: [],
		scenarioIds: []
	},
	{
		id: 'relatie',
		number: 2,
		title: 'De relatie',
		minutes: 50,
		lessons: [{ id: 'band', title: 'De band' }],
		lessonIds: ['band'],
		questionCount: 3,
		scenarios: [
			{ id: 'intake', title: 'Het intakegesprek' },
			{ id: 'tijd', title: 'Tien minuten voor tijd' }
		],
		scenarioIds: ['intake', 'tijd']
	}
];

export const rubric = [
	{ id: 'doorvragen', name: 'Doorvragen en checken' },
	{ id: 'tempo', name: 'Tijd en tempo' },
	{ id: 'regie', name: 'Regie bij de cliënt' }
];

export const day = (n: number) => new Date(Date.UTC(2026, 0, n, 12));

export function attempt(scenarioId: string, n: number, shares: Record<string, number | null>): ScenarioAttempt {
	return { scenarioId, moduleId: 'relatie', finishedAt: day(n).toISOString(), endNode: 'einde', path: [], totals: {}, shares };
}

/** Everything done: lessons on days 1–3, quizzes passed (7 of 10 on day 4, 3 of 3 on day 5), scenarios on days 6 and 7. */
export function completeProgress(): Progress {
	let p = emptyProgress();
	p = markLessonRead(p, 'basis', 'definitie', day(1));
	p = markLessonRead(p, 'basis', 'vormen', day(2));
	p = markLessonRead(p, 'relatie', 'band', day(3));
	for (let i = 0; i < 10; i++) p = recordQuizAnswer(p, 'basis', 10, i, [0], i < 7, day(4));
	for (let i = 0; i < 3; i++) p = recordQuizAnswer(p, 'relatie', 3, i, [0], true, day(5));
	p = recordAttempt(p, attempt('intake', 6, { doorvragen: 1, regie: 0.5 }));
	p = recordAttempt(p, attempt('tijd', 7, { tempo: 0.25, regie: 1 }));
	return p;
}

/** Progress as if the module's quiz had never been opened (no answers, no best, no pass). */
export function withoutQuiz(progress: Progress, moduleId: string): Progress {
	const quizzes = { ...progress.quizzes };
	delete quizzes[moduleId];
	return { ...progress, quizzes };
}
