import { describe, expect, it } from 'vitest';
import {
	CERTIFICATE_STEP,
	courseParts,
	courseShare,
	moduleAction,
	moduleStep,
	resumePoint,
	stepAfter
} from '$lib/progress/next-step';
import { recordQuizAnswer, retakeQuiz } from '$lib/progress/quiz';
import { saveRun } from '$lib/progress/runs';
import { emptyProgress } from '$lib/progress/schema';
import { markLessonRead, markLessonSkipped, markLessonUnread, markScenarioSkipped, recordAttempt } from '$lib/progress/update';
import { attempt, completeProgress, day, modules } from '../certificate/fixture';

const [basis, relatie] = modules as [(typeof modules)[0], (typeof modules)[0]];

describe('courseParts', () => {
	it('lists per module the lessons, then the quiz, then the scenarios', () => {
		expect(courseParts(modules).map((p) => `${p.kind}:${p.module.id}${'id' in p ? `/${p.id}` : ''}`)).toEqual([
			'lesson:basis/definitie',
			'lesson:basis/vormen',
			'quiz:basis',
			'lesson:relatie/band',
			'quiz:relatie',
			'scenario:relatie/intake',
			'scenario:relatie/tijd'
		]);
	});

	it('leaves out a quiz without questions', () => {
		const noQuiz = [{ ...basis, questionCount: 0 }];
		expect(courseParts(noQuiz).map((p) => p.kind)).toEqual(['lesson', 'lesson']);
	});
});

describe('stepAfter', () => {
	it('goes from lesson to lesson, from the last lesson to the quiz, and on to the scenarios', () => {
		expect(stepAfter(modules, { kind: 'lesson', moduleId: 'basis', id: 'definitie' })).toEqual({
			kind: 'lesson',
			href: '/basis/vormen/',
			label: 'Les 2: Vormen'
		});
		expect(stepAfter(modules, { kind: 'lesson', moduleId: 'basis', id: 'vormen' })).toEqual({
			kind: 'quiz',
			href: '/basis/toets/',
			label: 'Toets: De basis'
		});
		expect(stepAfter(modules, { kind: 'quiz', moduleId: 'relatie' })).toEqual({
			kind: 'scenario',
			href: '/relatie/scenario/intake/',
			label: 'Scenario: Het intakegesprek'
		});
		expect(stepAfter(modules, { kind: 'scenario', moduleId: 'relatie', id: 'intake' })?.href).toBe('/relatie/scenario/tijd/');
	});

	it("goes from a module's last part to the next module's page, and from the last module to the certificate", () => {
		expect(stepAfter(modules, { kind: 'quiz', moduleId: 'basis' })).toEqual({ kind: 'module', href: '/relatie/', label: 'Module 2: De relatie' });
		expect(stepAfter(modules, { kind: 'scenario', moduleId: 'relatie', id: 'tijd' })).toEqual(CERTIFICATE_STEP);
	});

	it('goes from the last lesson of a module without quiz or scenarios to the next module', () => {
		const plain = [{ ...basis, questionCount: 0 }, relatie];
		expect(stepAfter(plain, { kind: 'lesson', moduleId: 'basis', id: 'vormen' })).toEqual(moduleStep(relatie));
	});

	it('knows no step after a place that is not in the course', () => {
		expect(stepAfter(modules, { kind: 'lesson', moduleId: 'basis', id: 'weg' })).toBeUndefined();
		expect(stepAfter(modules, { kind: 'scenario', moduleId: 'basis', id: 'intake' })).toBeUndefined();
	});
});

describe('resumePoint', () => {
	it('starts at the first lesson when nothing has been done', () => {
		expect(resumePoint(emptyProgress(), modules)).toMatchObject({
			state: 'start',
			step: { kind: 'lesson', href: '/basis/definitie/', label: 'Les 1: Definitie' }
		});
	});

	it('goes on after the lesson read last', () => {
		const progress = markLessonRead(emptyProgress(), 'basis', 'definitie', day(1));
		expect(resumePoint(progress, modules)).toMatchObject({ state: 'continue', reason: 'next', step: { href: '/basis/vormen/' } });
	});

	it('goes on after the part touched last, not after the furthest one', () => {
		let progress = markLessonRead(emptyProgress(), 'relatie', 'band', day(1));
		progress = markLessonRead(progress, 'basis', 'definitie', day(2));
		expect(resumePoint(progress, modules).step.href).toBe('/basis/vormen/');
	});

	it('returns to a quiz that was begun and not finished', () => {
		let progress = markLessonRead(emptyProgress(), 'basis', 'definitie', day(1));
		progress = markLessonRead(progress, 'basis', 'vormen', day(2));
		progress = recordQuizAnswer(progress, 'basis', 10, 0, [0], true, day(3));
		expect(resumePoint(progress, modules)).toMatchObject({ state: 'continue', reason: 'unfinished', step: { href: '/basis/toets/' } });
	});

	it('puts a conversation in progress first, even when a lesson was read after it', () => {
		let progress = saveRun(emptyProgress(), 'intake', { steps: [{ nodeId: 'opening', choiceIndex: 0 }], at: 'vervolg' }, day(1));
		progress = markLessonRead(progress, 'basis', 'definitie', day(2));
		expect(resumePoint(progress, modules)).toMatchObject({
			state: 'continue',
			reason: 'conversation',
			part: { module: { id: 'relatie' } },
			step: { kind: 'scenario', href: '/relatie/scenario/intake/', label: 'Scenario: Het intakegesprek' }
		});
	});

	it('of two conversations in progress, takes the one continued last', () => {
		let progress = saveRun(emptyProgress(), 'tijd', { steps: [{ nodeId: 'a', choiceIndex: 0 }], at: 'b' }, day(1));
		progress = saveRun(progress, 'intake', { steps: [{ nodeId: 'a', choiceIndex: 0 }], at: 'b' }, day(2));
		progress = saveRun(progress, 'tijd', { steps: [{ nodeId: 'a', choiceIndex: 0 }, { nodeId: 'b', choiceIndex: 1 }], at: 'c' }, day(3));
		expect(resumePoint(progress, modules).step.href).toBe('/relatie/scenario/tijd/');
	});

	it('goes round to the start of the course for a part left open earlier', () => {
		let progress = markLessonSkipped(completeProgress(), 'basis', 'vormen', day(1));
		progress = markLessonUnread(progress, 'basis', 'definitie');
		expect(resumePoint(progress, modules)).toMatchObject({ state: 'continue', reason: 'next', step: { href: '/basis/definitie/' } });
	});

	it('counts skipped parts as done and as touched', () => {
		let progress = markLessonRead(emptyProgress(), 'basis', 'definitie', day(1));
		progress = markLessonSkipped(progress, 'basis', 'vormen', day(2));
		expect(resumePoint(progress, modules).step.href).toBe('/basis/toets/');
		progress = markScenarioSkipped(progress, 'intake', day(3));
		expect(resumePoint(progress, modules).step.href).toBe('/relatie/scenario/tijd/');
	});

	it('points to the certificate when everything is done', () => {
		expect(resumePoint(completeProgress(), modules)).toEqual({ state: 'complete', step: CERTIFICATE_STEP });
	});

	it('a passed quiz taken again stays done, so the learner is sent on', () => {
		let progress = completeProgress();
		progress = markLessonUnread(progress, 'relatie', 'band');
		progress = retakeQuiz(progress, 'basis', 10, 'all', day(8));
		progress = recordQuizAnswer(progress, 'basis', 10, 0, [0], false, day(9));
		expect(resumePoint(progress, modules).step.href).toBe('/relatie/band/');
	});
});

describe('courseShare', () => {
	it('counts lessons, quizzes and scenarios as parts', () => {
		expect(courseShare(emptyProgress(), modules)).toEqual({ done: 0, total: 7 });
		let progress = markLessonRead(emptyProgress(), 'basis', 'definitie', day(1));
		progress = recordAttempt(progress, attempt('intake', 2, { doorvragen: 0 }));
		expect(courseShare(progress, modules)).toEqual({ done: 2, total: 7 });
		expect(courseShare(completeProgress(), modules)).toEqual({ done: 7, total: 7 });
	});
});

describe('moduleAction', () => {
	const after = moduleStep(relatie);

	it('begins with the first lesson of a module not started', () => {
		expect(moduleAction(emptyProgress(), basis, after)).toEqual({ kind: 'lesson', href: '/basis/definitie/', label: 'Begin met les 1' });
	});

	it('goes on with the first lesson not read', () => {
		const progress = markLessonRead(emptyProgress(), 'basis', 'definitie', day(1));
		expect(moduleAction(progress, basis, after)).toEqual({ kind: 'lesson', href: '/basis/vormen/', label: 'Ga verder met les 2' });
	});

	it('goes on with a lesson left open before the ones read', () => {
		const progress = markLessonRead(emptyProgress(), 'basis', 'vormen', day(1));
		expect(moduleAction(progress, basis, after).label).toBe('Ga verder met les 1');
	});

	it('goes on with the quiz, then the scenarios', () => {
		let progress = markLessonRead(emptyProgress(), 'relatie', 'band', day(1));
		expect(moduleAction(progress, relatie, CERTIFICATE_STEP)).toMatchObject({ href: '/relatie/toets/', label: 'Ga verder met de toets' });
		for (let i = 0; i < 3; i++) progress = recordQuizAnswer(progress, 'relatie', 3, i, [0], true, day(2));
		expect(moduleAction(progress, relatie, CERTIFICATE_STEP)).toMatchObject({
			href: '/relatie/scenario/intake/',
			label: 'Ga verder met het scenario Het intakegesprek'
		});
	});

	it('points past a complete module', () => {
		expect(moduleAction(completeProgress(), basis, after)).toEqual({ ...after, label: 'Volgende: Module 2: De relatie' });
		expect(moduleAction(completeProgress(), relatie, CERTIFICATE_STEP)).toEqual({ ...CERTIFICATE_STEP, label: 'Volgende: Je certificaat' });
	});
});
