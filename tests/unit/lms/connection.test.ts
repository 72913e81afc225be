import { beforeAll, describe, expect, it } from 'vitest';
import { Scorm12API, Scorm2004API } from './scorm-again';
import { loadCourse } from '$lib/content/load';
import { findApi, type FoundApi, type Scorm12Api, type Scorm2004Api } from '$lib/lms/api';
import { LmsConnection, sessionTime } from '$lib/lms/connection';
import { lmsCourse } from '$lib/lms/course';
import { progressEvents } from '$lib/lms/events';
import { courseReport, MASTERY_SCORE } from '$lib/lms/report';
import { decodeSuspendData, encodeSuspendData, type LmsCourse } from '$lib/lms/suspend-data';
import { recordQuizAnswer } from '$lib/progress/quiz';
import { saveRun } from '$lib/progress/runs';
import { emptyProgress, type Progress } from '$lib/progress/schema';
import { markLessonRead, markLessonSkipped, recordAttempt } from '$lib/progress/update';
import { createAttemptRecord } from '$lib/scoring/result';
import { replay, replayChoices } from '$lib/scenario/replay';

let course: LmsCourse;
beforeAll(async () => {
	course = lmsCourse((await loadCourse(process.cwd())).course!);
}, 60_000);

const at = (n: number) => new Date(Date.UTC(2026, 10, 1, 9) + n * 60_000);

/** What the LMS holds, as scorm-again would commit it to the LMS's server. */
const cmi = (api: unknown) => (api as { renderCommitCMI(terminate: boolean): { cmi: Record<string, any> } }).renderCommitCMI(true).cmi;

for (const version of ['1.2', '2004'] as const) {
	describe(`SCORM ${version} with scorm-again`, () => {
		const lms = () => (version === '1.2' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 }));
		const found = (api: unknown): FoundApi =>
			version === '1.2' ? { version, api: api as Scorm12Api } : { version, api: api as Scorm2004Api };

		it('reports a quiz answer and scenario choices with their dimensions, status, score and an objective per module', () => {
			const api = lms();
			const connection = new LmsConnection(found(api));
			expect(connection.start()).toBe('');
			// Two multiple-choice questions of a module (sorting questions have a test of their own).
			const module = course.modules.find((m) => m.questions.filter((q) => !q.sort).length > 1)!;
			const [qa, qb] = module.questions.flatMap((q, i) => (q.sort ? [] : [i]));
			const scenario = course.scenarios[0]!;
			let before = emptyProgress();
			let after = markLessonRead(before, module.id, module.lessonIds[0]!, at(1));
			after = recordQuizAnswer(after, module.id, module.questions.length, qa!, module.questions[qa!]!.answers, true, at(2));
			after = recordQuizAnswer(after, module.id, module.questions.length, qb!, [module.questions[qb!]!.options - 1], false, at(3));
			const points = replayChoices(scenario, []);
			const first = points[0]!.offered[0]!;
			const step = replayChoices(scenario, [first]).at(-1)!;
			after = saveRun(after, scenario.id, { steps: step.snapshot.context.path, at: step.nodeId }, at(4));
			const events = progressEvents(before, after, course, at(5));
			const report = courseReport(after, course);
			connection.write(report, encodeSuspendData(after, course).data, events);
			connection.commit();
			expect(connection.problem).toBeUndefined();

			const data = cmi(api);
			const interactions = Object.values(data.interactions as Record<string, any>);
			expect(interactions).toHaveLength(3);
			const right = module.questions[qa!]!.answers.map((i) => String.fromCharCode(97 + i)).join(version === '1.2' ? ',' : '[,]');
			expect(interactions[0]).toMatchObject({ id: `quiz.${module.id}.${qa! + 1}`, type: 'choice', result: 'correct', [version === '1.2' ? 'student_response' : 'learner_response']: right });
			expect(interactions[1]).toMatchObject({ id: `quiz.${module.id}.${qb! + 1}`, result: version === '1.2' ? 'wrong' : 'incorrect' });
			const choice = scenario.nodes[scenario.start]!.choices![first]!;
			expect(interactions[2]).toMatchObject({ id: `scenario.${scenario.id}.1.1.${scenario.start}`, result: 'neutral' });
			const dims = Object.values(interactions[2].objectives as Record<string, { id: string }>).map((o) => o.id);
			expect(dims).toEqual(Object.entries(choice.score).filter(([, p]) => p).map(([d, p]) => `${d}.${p > 0 ? '+' : ''}${p}`));
			expect(dims.length).toBeGreaterThan(0);
			if (version === '2004') expect(interactions[2].description).toBe(choice.label);

			const objectives = Object.values(data.objectives as Record<string, any>);
			expect(objectives.map((o) => o.id)).toEqual(course.modules.map((m) => m.id));
			if (version === '1.2') {
				expect(data.core.lesson_status).toBe('incomplete');
				expect(data.core.score.raw).toBe(String(report.score));
			} else {
				expect(data.completion_status).toBe('incomplete');
				expect(data.score.scaled).toBe((report.score / 100).toFixed(2));
			}

			// A second write updates the same objectives instead of adding new ones.
			connection.write(courseReport(after, course), encodeSuspendData(after, course).data, []);
			expect(Object.values(cmi(api).objectives as object)).toHaveLength(course.modules.length);
		});

		it('reports a sorting answer as matching: each item with the category it was put in', () => {
			const api = lms();
			const connection = new LmsConnection(found(api));
			connection.start();
			const module = course.modules.find((m) => m.questions.some((q) => q.sort))!;
			const question = module.questions.findIndex((q) => q.sort);
			const sort = module.questions[question]!.sort!;
			// Every item in a right category.
			const placed = sort.items.map((categories) => categories[0]!);
			const after = recordQuizAnswer(emptyProgress(), module.id, module.questions.length, question, [], true, at(1), placed);
			connection.write(courseReport(after, course), encodeSuspendData(after, course).data, progressEvents(emptyProgress(), after, course, at(2)));
			connection.commit();
			expect(connection.problem).toBeUndefined();
			const [interaction] = Object.values(cmi(api).interactions as Record<string, any>);
			const pairs = placed.map((c, i) => (version === '1.2' ? `${(i + 1).toString(36)}.${String.fromCharCode(97 + c)}` : `${i + 1}[.]${String.fromCharCode(97 + c)}`));
			expect(interaction).toMatchObject({
				id: `quiz.${module.id}.${question + 1}`,
				type: 'matching',
				result: 'correct',
				[version === '1.2' ? 'student_response' : 'learner_response']: pairs.join(version === '1.2' ? ',' : '[,]')
			});
		});

		it('resumes from the suspend data it kept, and finishes with session time and "suspend"', () => {
			const api = lms();
			const connection = new LmsConnection(found(api));
			connection.start();
			const progress = markLessonSkipped(markLessonRead(emptyProgress(), course.modules[0]!.id, course.modules[0]!.lessonIds[0]!, at(1)), course.modules[0]!.id, course.modules[0]!.lessonIds[1]!, at(2));
			connection.write(courseReport(progress, course), encodeSuspendData(progress, course).data, []);
			connection.finish(754);
			expect(connection.problem).toBeUndefined();
			const data = cmi(api);
			if (version === '1.2') expect(data.core).toMatchObject({ exit: 'suspend', session_time: '00:12:34' });
			else expect(data).toMatchObject({ exit: 'suspend' });

			// The next visit, on any device: the LMS hands back what it kept.
			const next = lms();
			(next as unknown as { loadFromJSON(json: object): void }).loadFromJSON({ suspend_data: data.suspend_data });
			const again = new LmsConnection(found(next));
			const kept = again.start()!;
			expect(decodeSuspendData(kept, course)!.progress).toEqual(progress);
		});

		it('reports a completed course as passed, with the quizzes as its score', () => {
			let p: Progress = emptyProgress();
			for (const module of course.modules) {
				module.lessonIds.forEach((l) => (p = markLessonRead(p, module.id, l, at(1))));
				module.questions.forEach((q, i) => (p = recordQuizAnswer(p, module.id, module.questions.length, i, q.answers, i !== 0, at(2))));
			}
			for (const scenario of course.scenarios) {
				const choices: number[] = [];
				for (let point = replayChoices(scenario, []).at(-1)!; !point.done; point = replayChoices(scenario, choices).at(-1)!) choices.push(point.offered[0]!);
				const end = replayChoices(scenario, choices).at(-1)!;
				p = recordAttempt(p, createAttemptRecord(scenario, { endNode: end.nodeId, path: end.snapshot.context.path, totals: end.snapshot.context.totals }, at(3)));
			}
			const report = courseReport(p, course);
			expect(report.complete).toBe(true);
			expect(report.score).toBeGreaterThanOrEqual(MASTERY_SCORE);
			const api = lms();
			const connection = new LmsConnection(found(api));
			connection.start();
			connection.write(report, encodeSuspendData(p, course).data, []);
			const data = cmi(api);
			if (version === '1.2') expect(data.core.lesson_status).toBe('passed');
			else expect(data).toMatchObject({ completion_status: 'completed', success_status: 'passed' });
		});
	});
}

describe('an LMS that fails', () => {
	it('never stops the course: the first problem is kept as a Dutch message', () => {
		// The session opens; then every value is refused, and committing throws.
		let error = '0';
		const failing = {
			LMSInitialize: () => ((error = '0'), 'true'),
			LMSFinish: () => 'true',
			LMSGetValue: () => ((error = '0'), ''),
			LMSSetValue: () => ((error = '351'), 'false'),
			LMSCommit: () => {
				throw new Error('netwerk weg');
			},
			LMSGetLastError: () => error,
			LMSGetErrorString: () => 'General Set Failure'
		};
		const connection = new LmsConnection({ version: '1.2', api: failing });
		expect(connection.start()).toBe('');
		expect(() => {
			connection.write({ complete: false, passed: false, score: 0, objectives: [] }, 'b1|0', []);
			connection.commit();
			connection.finish(10);
		}).not.toThrow();
		expect(connection.problem).toMatch(/^De leeromgeving van je organisatie kon je voortgang niet bewaren \(cmi\./);
	});

	it('keeps going when committing throws, and says so', () => {
		const throwing = {
			LMSInitialize: () => 'true',
			LMSFinish: () => 'true',
			LMSGetValue: () => '',
			LMSSetValue: () => 'true',
			LMSCommit: () => {
				throw new Error('netwerk weg');
			},
			LMSGetLastError: () => '0',
			LMSGetErrorString: () => ''
		};
		const connection = new LmsConnection({ version: '1.2', api: throwing });
		expect(connection.start()).toBe('');
		expect(() => connection.commit()).not.toThrow();
		expect(connection.problem).toMatch(/^De leeromgeving van je organisatie/);
	});
});

describe('finding the API', () => {
	const api12 = { LMSInitialize() {}, LMSGetValue() {}, LMSSetValue() {}, LMSCommit() {}, LMSFinish() {} };
	const api2004 = { Initialize() {}, GetValue() {}, SetValue() {}, Commit() {}, Terminate() {} };

	it('looks in the parents, then in the opener and its parents; 2004 before 1.2', () => {
		const top: any = { API: api12 };
		top.parent = top;
		const middle: any = { parent: top };
		const page: any = { parent: middle };
		expect(findApi(page)).toEqual({ version: '1.2', api: api12 });
		top.API_1484_11 = api2004;
		expect(findApi(page)).toEqual({ version: '2004', api: api2004 });
		const opener: any = { API: api12 };
		opener.parent = opener;
		const popup: any = { opener };
		popup.parent = popup;
		expect(findApi(popup)?.version).toBe('1.2');
	});

	it('finds nothing without an LMS, and survives windows it may not look into', () => {
		const alone: any = {};
		alone.parent = alone;
		expect(findApi(alone)).toBeUndefined();
		const foreign = new Proxy({}, { get: () => { throw new DOMException('Blocked a frame', 'SecurityError'); } });
		expect(findApi({ parent: foreign as any })).toBeUndefined();
		let deep: any = { API: api12 };
		deep.parent = deep;
		for (let i = 0; i < 12; i++) deep = { parent: deep };
		expect(findApi(deep)).toBeUndefined();
	});
});

describe('session time', () => {
	it('is written in each version’s format', () => {
		expect(sessionTime(3_723, '1.2')).toBe('0001:02:03.00');
		expect(sessionTime(3_723, '2004')).toBe('PT1H2M3S');
	});
});
