import { beforeAll, describe, expect, it } from 'vitest';
import { loadCourse } from '$lib/content/load';
import { lmsCourse } from '$lib/lms/course';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT, type LmsCourse, type LmsQuestion } from '$lib/lms/suspend-data';
import { mergeProgress } from '$lib/progress/merge';
import { recordQuizAnswer, retakeQuiz } from '$lib/progress/quiz';
import { saveReflection } from '$lib/progress/reflections';
import { saveRun } from '$lib/progress/runs';
import { emptyProgress, type Progress } from '$lib/progress/schema';
import { markLessonRead, markLessonSkipped, markScenarioSkipped, recordAttempt } from '$lib/progress/update';
import { bestAttempt } from '$lib/scoring/attempts';
import { createAttemptRecord } from '$lib/scoring/result';
import { replay } from '$lib/scenario/replay';
import { refOf, stepsAt } from '$lib/scenario/steps';
import type { ScenarioData, StepRef } from '$lib/scenario/types';

let course: LmsCourse;

beforeAll(async () => {
	const loaded = await loadCourse(process.cwd());
	course = lmsCourse(loaded.course!);
}, 60_000);

/** Whole seconds, as an LMS keeps them. */
const moment = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 3_600_000 + 17_000);

/**
 * A play-through taking, at each decision, the step `pick(step, steps)` of the steps offered
 * there (the prepared choices, then the free reply's rules where the node takes one).
 */
function playThrough(scenario: ScenarioData, pick: (step: number, steps: StepRef[]) => StepRef, stopAfter = Infinity): StepRef[] {
	const steps: StepRef[] = [];
	for (let n = 0; n < 80 && steps.length < stopAfter; n++) {
		const point = replay(scenario, steps).at(-1)!;
		if (point.done) break;
		steps.push(pick(n, stepsAt(scenario, point.nodeId, point.offered)));
	}
	return steps;
}

function attemptFor(scenario: ScenarioData, steps: StepRef[], at: Date) {
	const end = replay(scenario, steps).at(-1)!;
	const { path, totals } = end.snapshot.context;
	return createAttemptRecord(scenario, { endNode: end.nodeId, path, totals }, at);
}

/**
 * A right or a wrong answer to any question: for a sorting question every item in a right
 * category, or every item in the last category (which some items don't belong in).
 */
function answer(p: Progress, moduleId: string, count: number, i: number, q: LmsQuestion, right: boolean, at: Date): Progress {
	if (q.sort) {
		const placed = q.sort.items.map((categories) => (right ? categories[0]! : q.sort!.categories - 1));
		return recordQuizAnswer(p, moduleId, count, i, [], right, at, placed);
	}
	return recordQuizAnswer(p, moduleId, count, i, right ? q.answers : [0, q.options - 1], right, at);
}

/** The most a learner can have: everything done, retaken, played five ways, and more. */
function worstCase(): Progress {
	let p = emptyProgress();
	let t = 0;
	for (const module of course.modules) {
		module.lessonIds.forEach((lesson, i) => {
			p = i % 7 === 3 ? markLessonSkipped(p, module.id, lesson, moment(t++)) : markLessonRead(p, module.id, lesson, moment(t++));
		});
		const count = module.questions.length;
		module.questions.forEach((q, i) => (p = answer(p, module.id, count, i, q, false, moment(t++))));
		p = retakeQuiz(p, module.id, count, 'all', moment(t++));
		module.questions.forEach((q, i) => (p = answer(p, module.id, count, i, q, i % 4 !== 0, moment(t++))));
	}
	for (const scenario of course.scenarios) {
		// The last step offered is a free reply's rule where the node takes one.
		const strategies = [(_: number, o: StepRef[]) => o[0]!, (_: number, o: StepRef[]) => o.at(-1)!, (s: number, o: StepRef[]) => o[s % o.length]!, (s: number, o: StepRef[]) => o[(s + 1) % o.length]!, (s: number, o: StepRef[]) => o[(s * 7) % o.length]!];
		for (const strategy of strategies) p = recordAttempt(p, attemptFor(scenario, playThrough(scenario, strategy), moment(t++)));
		const half = playThrough(scenario, (_, o) => o.at(-1)!, 4);
		const end = replay(scenario, half).at(-1)!;
		if (!end.done) p = saveRun(p, scenario.id, { steps: end.snapshot.context.path.map((step) => ({ nodeId: step.nodeId, ...refOf(step) })), at: end.nodeId, otherWay: true }, moment(t++));
		p = saveReflection(p, scenario.id, scenario.start, 'Ik merk dat ik de neiging heb om het op te lossen, in plaats van te luisteren. Volgende keer vraag ik eerst door.', moment(t++));
	}
	return markScenarioSkipped(p, 'bestaat-niet', moment(t++));
}

describe('suspend data for SCORM', () => {
	it('fits the whole course of a learner who has done everything in 4,096 characters', () => {
		const progress = worstCase();
		// Free replies are part of the worst case too (their rule, never their words).
		expect(Object.values(progress.scenarios).flat().some((a) => a.path.some((s) => s.ruleIndex !== undefined))).toBe(true);
		const { data, dropped } = encodeSuspendData(progress, course);
		console.log(`suspend_data, slechtste geval: ${data.length} tekens (grens ${SUSPEND_DATA_LIMIT}); weggelaten: ${dropped.join(', ') || 'niets'}`);
		expect(data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
		expect(dropped).toEqual([]);
		expect(data).toMatch(/^[\w.:|,@=%~-]+$/);
	});

	it('reads back exactly what was written: nothing is lost between devices', () => {
		const progress = worstCase();
		const decoded = decodeSuspendData(encodeSuspendData(progress, course).data, course)!;
		expect(decoded.skipped).toEqual([]);
		// Reflection notes never go to the LMS, and the skip of a scenario not in the course is
		// not kept (it counts nowhere); everything else comes back as it was.
		expect(Object.keys(progress.reflections).length).toBeGreaterThan(0);
		expect(decoded.progress).toEqual({ ...progress, skippedScenarios: {}, reflections: {} });
		// And merging it into what the device has changes nothing.
		expect(mergeProgress(progress, decoded.progress).changed).toBe(false);
	});

	it('keeps a sorting answer as the category of each item, and refuses one that does not fit the question', () => {
		const moduleIndex = course.modules.findIndex((m) => m.questions.some((q) => q.sort));
		const module = course.modules[moduleIndex]!;
		const question = module.questions.findIndex((q) => q.sort);
		const sort = module.questions[question]!.sort!;
		const placed = sort.items.map((_, i) => i % sort.categories);
		const progress = recordQuizAnswer(emptyProgress(), module.id, module.questions.length, question, [], false, moment(1), placed);
		const { data } = encodeSuspendData(progress, course);
		expect(data).toContain(`=s${placed.join('')}f@`);
		expect(decodeSuspendData(data, course)!.progress.quizzes[module.id]!.answers[String(question)]).toEqual({ chosen: [], placed, correct: false, at: moment(1).toISOString() });
		// One item short, or a category the question does not have: that answer is left out.
		for (const wrong of [`s${placed.slice(1).join('')}`, `s${sort.categories.toString(36)}${placed.slice(1).join('')}`, '0']) {
			const damaged = data.replace(`=s${placed.join('')}f`, `=${wrong}f`);
			expect(decodeSuspendData(damaged, course)!.progress.quizzes[module.id]?.answers[String(question)]).toBeUndefined();
		}
	});

	it('an attempt that comes back from the LMS without its milliseconds is the same attempt, not a second one', () => {
		const scenario = course.scenarios[0]!;
		const steps = playThrough(scenario, (_, offered) => offered[0]!);
		const local = recordAttempt(emptyProgress(), attemptFor(scenario, steps, new Date(moment(1).getTime() + 345)));
		const back = decodeSuspendData(encodeSuspendData(local, course).data, course)!.progress;
		expect(back.scenarios[scenario.id]![0]!.finishedAt).not.toBe(local.scenarios[scenario.id]![0]!.finishedAt);
		expect(mergeProgress(local, back).progress.scenarios[scenario.id]).toHaveLength(1);
	});

	it('never holds a reflection note', () => {
		expect(encodeSuspendData(worstCase(), course).data).not.toContain('neiging');
	});

	it('drops all but the best and latest attempts first, then the moments of single answers, when the limit is small', () => {
		const progress = worstCase();
		const full = encodeSuspendData(progress, course).data.length;
		const fewer = encodeSuspendData(progress, course, full - 1);
		expect(fewer.dropped).toEqual(['bestAndLatestOnly']);
		const decoded = decodeSuspendData(fewer.data, course)!;
		for (const scenario of course.scenarios) {
			const all = progress.scenarios[scenario.id]!;
			const kept = decoded.progress.scenarios[scenario.id]!;
			// The best and the latest (one attempt when the latest is the best).
			expect(kept).toEqual([...new Set([bestAttempt(all)!, all.at(-1)!])].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt)));
		}
		const smaller = encodeSuspendData(progress, course, fewer.data.length - 1);
		expect(smaller.dropped).toEqual(['bestAndLatestOnly', 'quizMomentOnly']);
		const answers = decodeSuspendData(smaller.data, course)!.progress.quizzes[course.modules[0]!.id]!.answers;
		expect(Object.keys(answers)).toHaveLength(course.modules[0]!.questions.length);
	});

	it('leaves out, and names, the parts written for a course that has changed since', () => {
		const progress = worstCase();
		const data = encodeSuspendData(progress, course).data;
		const [first, ...others] = course.modules;
		const changed: LmsCourse = {
			modules: [{ ...first!, lessonIds: [...first!.lessonIds, 'nieuwe-les'] }, ...others],
			scenarios: course.scenarios.map((s, i) => (i === 0 ? { ...s, nodes: { ...s.nodes, [s.start]: { ...s.nodes[s.start]!, choices: s.nodes[s.start]!.choices!.slice(1) } } } : s))
		};
		const decoded = decodeSuspendData(data, changed)!;
		expect(decoded.skipped).toEqual([first!.id, course.scenarios[0]!.id]);
		expect(Object.keys(decoded.progress.lessons).some((key) => key.startsWith(`${first!.id}/`))).toBe(false);
		expect(decoded.progress.lessons).toEqual(Object.fromEntries(Object.entries(progress.lessons).filter(([key]) => !key.startsWith(`${first!.id}/`))));
	});

	it('leaves out a scenario whose free-reply rules or flags have changed: its steps would replay into other branches', () => {
		const data = encodeSuspendData(worstCase(), course).data;
		const scenario = course.scenarios.find((s) => Object.values(s.nodes).some((n) => (n.respond?.rules.length ?? 0) > 1))!;
		const [nodeId, node] = Object.entries(scenario.nodes).find(([, n]) => (n.respond?.rules.length ?? 0) > 1)!;
		const withNode = (changed: typeof node): LmsCourse => ({
			...course,
			scenarios: course.scenarios.map((s) => (s === scenario ? { ...s, nodes: { ...s.nodes, [nodeId]: changed } } : s))
		});
		// The first rule swapped with one that scores otherwise (swapping equal ones changes nothing a replay sees).
		const rules = [...node.respond!.rules];
		const other = rules.findIndex((r) => JSON.stringify(r.score) !== JSON.stringify(rules[0]!.score));
		[rules[0], rules[other]] = [rules[other]!, rules[0]!];
		const swapped = withNode({ ...node, respond: { ...node.respond!, rules } });
		expect(decodeSuspendData(data, swapped)!.skipped).toEqual([scenario.id]);
		const choice = node.choices![0]!;
		const setsMore = withNode({ ...node, choices: [{ ...choice, sets: [...(choice.sets ?? []), 'nieuwe_vlag'] }, ...node.choices!.slice(1)] });
		expect(decodeSuspendData(data, setsMore)!.skipped).toEqual([scenario.id]);
		expect(decodeSuspendData(data, course)!.skipped).toEqual([]);
	});

	it('refuses text that is not ours, and never throws on damaged text', () => {
		for (const text of ['', 'x', 'b2|0', 'b1|', '{"version":2}']) expect(decodeSuspendData(text, course)).toBeUndefined();
		const data = encodeSuspendData(worstCase(), course).data;
		for (let cut = 0; cut < data.length; cut += 97) {
			expect(() => decodeSuspendData(data.slice(0, cut) + '%zz:@,|' + data.slice(cut + 5), course)).not.toThrow();
		}
	});
});
