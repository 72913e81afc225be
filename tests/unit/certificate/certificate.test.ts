import { describe, expect, it } from 'vitest';
import { buildCertificate } from '$lib/certificate/certificate';
import { describeStudyTime } from '$lib/study-time';
import { retakeQuiz } from '$lib/progress/quiz';
import { markLessonUnread, recordAttempt } from '$lib/progress/update';
import { attempt, completeProgress, day, modules, rubric } from './fixture';

describe('buildCertificate', () => {
	it('shows name, date, modules with study time and quiz score, and results per dimension when everything is complete', () => {
		const certificate = buildCertificate({ progress: completeProgress(), modules, rubric, name: '  Anna   de Vries ' });
		expect(certificate).toEqual({
			name: 'Anna de Vries',
			completedAt: day(7),
			modules: [
				{ number: 1, title: 'De basis', minutes: 25, quiz: { correct: 7, total: 10 } },
				{ number: 2, title: 'De relatie', minutes: 50, quiz: { correct: 3, total: 3 } }
			],
			totalMinutes: 75,
			dimensions: [
				{ id: 'doorvragen', name: 'Doorvragen en checken', share: 1, figure: '100 % · sterk', scenarios: 1, standing: 'sterk' },
				{ id: 'tempo', name: 'Tijd en tempo', share: 0.25, figure: '25 % · nog oefenen', scenarios: 1, standing: 'oefenen' },
				{ id: 'regie', name: 'Regie bij de cliënt', share: 0.75, figure: '75 % · sterk', scenarios: 2, standing: 'sterk' }
			]
		});
	});

	it('judges each scenario on its best attempt: exploring afterwards never lowers what is printed', () => {
		const before = buildCertificate({ progress: completeProgress(), modules, rubric, name: 'Anna' })!;
		// A worse play-through of every scenario after the good ones (exploring "een andere weg").
		let progress = recordAttempt(completeProgress(), attempt('intake', 8, { doorvragen: 0, regie: 0 }));
		progress = recordAttempt(progress, attempt('tijd', 9, { tempo: 0, regie: 0 }));
		expect(buildCertificate({ progress, modules, rubric, name: 'Anna' })!.dimensions).toEqual(before.dimensions);
		// A better one counts.
		progress = recordAttempt(progress, attempt('tijd', 10, { tempo: 1, regie: 1 }));
		expect(buildCertificate({ progress, modules, rubric, name: 'Anna' })!.dimensions.find((d) => d.id === 'tempo')).toMatchObject({
			share: 1,
			standing: 'sterk'
		});
	});

	it('lists each quiz with its best score, also after a weaker retake', () => {
		const progress = retakeQuiz(completeProgress(), 'relatie', 3, 'all', day(8));
		expect(buildCertificate({ progress, modules, rubric, name: 'Anna' })!.modules.map((m) => m.quiz)).toEqual([
			{ correct: 7, total: 10 },
			{ correct: 3, total: 3 }
		]);
	});

	it('counts only the course’s own scenarios', () => {
		const progress = recordAttempt(completeProgress(), { ...attempt('verdwenen', 9, { doorvragen: 0 }), moduleId: 'weg' });
		const certificate = buildCertificate({ progress, modules, rubric, name: 'Anna' });
		expect(certificate!.dimensions.find((d) => d.id === 'doorvragen')).toMatchObject({ share: 1, scenarios: 1 });
	});

	it('gives no certificate while something is missing', () => {
		const progress = markLessonUnread(completeProgress(), 'relatie', 'band');
		expect(buildCertificate({ progress, modules, rubric, name: 'Anna de Vries' })).toBeUndefined();
	});

	it('gives no certificate without a name', () => {
		expect(buildCertificate({ progress: completeProgress(), modules, rubric, name: '' })).toBeUndefined();
		expect(buildCertificate({ progress: completeProgress(), modules, rubric, name: '   ' })).toBeUndefined();
	});

	it('keeps a name that looks like markup as plain text (the page shows it as text)', () => {
		const name = '<img src=x onerror=alert(1)>';
		expect(buildCertificate({ progress: completeProgress(), modules, rubric, name })!.name).toBe(name);
	});
});

describe('describeStudyTime', () => {
	it('gives hours and minutes, with the total in minutes', () => {
		expect(describeStudyTime(45)).toBe('45 minuten');
		expect(describeStudyTime(120)).toBe('2 uur (120 minuten)');
		expect(describeStudyTime(215)).toBe('3 uur en 35 minuten (215 minuten)');
	});
});
