/**
 * The learner's progress as SCORM `cmi.suspend_data`: a compact text that fits SCORM 1.2's 4,096
 * characters for a learner who has done everything (every lesson, every quiz question, several
 * attempts at every scenario), so an LMS can hand the progress to any device the learner uses.
 *
 * What makes it small: everything that can be worked out again from the course is left out.
 * Lessons and quiz questions are numbered in the course's order; a scenario attempt is its
 * choices and its moment, and is played again through the scenario to get its path, totals and
 * shares; times are seconds after the first moment in the record, in base 36.
 *
 * What makes it safe: each module and each scenario carries a short fingerprint of its shape
 * (lesson ids, questions, nodes and choices). When the course has changed since the data was
 * written, a part whose fingerprint no longer matches is left out (and reported), never read
 * into the wrong lesson or choice. Decoding never throws.
 *
 * What is never in it: the learner's reflection notes. They are private and stay on the device;
 * suspend data is stored by the organisation's LMS, where administrators can read it.
 *
 * Format (version b1), parts joined by "|":
 *   b1|<base second>|m:<module id>:<fp>:<read>:<skipped>:<answers>:<best>:<passed>:<quiz moment>|…
 *   …|s:<scenario id>:<fp>:<attempts>:<run>:<skipped>|…
 * Lists are comma-separated; an entry with a time is "<value>@<seconds>". A path is one
 * character per step: 0-9 and a-z for a prepared choice, A-Z for a free reply's rule. A quiz
 * answer is "<question>=<options chosen><g|f>"; a sorting answer has "s" and the category of each
 * item instead of the options.
 *
 * When the whole course would not fit, parts are dropped in this order until it does (the
 * README says the same): attempts other than each scenario's best and latest, then the moments
 * of individual quiz answers (the quiz's latest moment is kept).
 */
import { createAttemptRecord } from '../scoring/result';
import { bestAttempt } from '../scoring/attempts';
import { replay } from '../scenario/replay';
import { choiceStep, refOf, replyStep } from '../scenario/steps';
import type { ScenarioData, StepRef } from '../scenario/types';
import { emptyProgress, type Progress, type QuizAnswer, type ScenarioAttempt } from '../progress/schema';
import { own } from '../own';

export const SUSPEND_DATA_LIMIT = 4096;
const VERSION = 'b1';

/** What the codec needs to know of the course. */
export interface LmsCourse {
	modules: { id: string; lessonIds: string[]; questions: LmsQuestion[] }[];
	scenarios: ScenarioData[];
}

/**
 * A quiz question as the codec sees it: its options and right answers, or for a sorting
 * question its number of categories and the right categories of each item.
 */
export interface LmsQuestion {
	options: number;
	answers: number[];
	sort?: { categories: number; items: number[][] };
}

export interface Decoded {
	progress: Progress;
	/** Parts written for a course that has since changed, left out: module or scenario ids. */
	skipped: string[];
}

// --- answers and steps -----------------------------------------------------------------------

/** A quiz answer's choices in base 36; a sorting answer as "s" and the category of each item. */
const answerChars = (answer: QuizAnswer) => (answer.placed ? `s${answer.placed.map(b36).join('')}` : answer.chosen.map(b36).join(''));

/**
 * A step in one character: a prepared choice as its index in base 36 (0-9, a-z), a free reply's
 * rule as a capital (A for the first rule). The reply's words are never part of it.
 */
const stepChar = (step: StepRef) => (step.ruleIndex === undefined ? b36(step.choiceIndex) : String.fromCharCode(65 + step.ruleIndex));
const stepOf = (char: string): StepRef => (/[A-Z]/.test(char) ? replyStep(char.charCodeAt(0) - 65) : choiceStep(fromB36(char)));

// --- times ----------------------------------------------------------------------------------

/** Whole seconds: attempts are told apart by their moment to the second (see merge.ts). */
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const b36 = (n: number) => Math.max(0, Math.round(n)).toString(36);
const fromB36 = (text: string) => (/^[0-9a-z]+$/.test(text) ? parseInt(text, 36) : NaN);

// --- fingerprints ---------------------------------------------------------------------------

/** FNV-1a, 32 bits, base 36: short, and changes when the shape changes. */
function hash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36);
}

export function moduleFingerprint(module: LmsCourse['modules'][number]): string {
	return hash(JSON.stringify([module.lessonIds, module.questions.map((q) => (q.sort ? [q.sort.categories, q.sort.items] : [q.options, q.answers]))]));
}

export function scenarioFingerprint(scenario: ScenarioData): string {
	return hash(
		JSON.stringify(
			scenario.nodeOrder.map((id) => {
				const node = scenario.nodes[id]!;
				// Everything a replay depends on: where each choice and reply rule leads, what it
				// scores and sets, and the automatic branches (a step is stored as an index only).
				return [
					id,
					node.choices?.map((c) => [c.next, c.if ?? '', c.score, c.trust, c.sets ?? []]) ?? [],
					node.respond?.rules.map((r) => [r.next, r.score, r.trust, r.sets ?? []]) ?? [],
					node.next ?? [],
					node.end ? 1 : 0
				];
			})
		)
	);
}

// --- encoding -------------------------------------------------------------------------------

interface EncodeOptions {
	/** Keep only each scenario's best and latest attempt. */
	bestAndLatestOnly?: boolean;
	/** Keep one moment per quiz instead of one per answer. */
	quizMomentOnly?: boolean;
}

/**
 * The progress as suspend data; parts are dropped (see the top of this file) until it fits.
 * Also says what had to be dropped, so the page can tell the learner.
 */
export function encodeSuspendData(progress: Progress, course: LmsCourse, limit = SUSPEND_DATA_LIMIT): { data: string; dropped: (keyof EncodeOptions)[] } {
	const steps: (keyof EncodeOptions)[] = ['bestAndLatestOnly', 'quizMomentOnly'];
	const options: EncodeOptions = {};
	const dropped: (keyof EncodeOptions)[] = [];
	let data = encodeWith(progress, course, options);
	for (const step of steps) {
		if (data.length <= limit) break;
		options[step] = true;
		dropped.push(step);
		data = encodeWith(progress, course, options);
	}
	return { data, dropped };
}

function encodeWith(progress: Progress, course: LmsCourse, options: EncodeOptions): string {
	const moments = [
		...Object.values(progress.lessons).map((l) => l.readAt),
		...Object.values(progress.skippedLessons).map((s) => s.at),
		...Object.values(progress.quizzes).flatMap((q) => [...Object.values(q.answers).map((a) => a.at), q.best?.at, q.passedAt]),
		...Object.values(progress.scenarios).flatMap((attempts) => attempts.map((a) => a.finishedAt)),
		...Object.values(progress.inProgress).flatMap((r) => [r.startedAt, r.updatedAt]),
		...Object.values(progress.skippedScenarios).map((s) => s.at)
	]
		.filter((at): at is string => at !== undefined)
		.map(seconds);
	const base = moments.length ? Math.min(...moments) : 0;
	const at = (iso: string) => b36(seconds(iso) - base);
	const parts = [VERSION, b36(base)];

	for (const module of course.modules) {
		const read = module.lessonIds.flatMap((id, i) => {
			const entry = own(progress.lessons, `${module.id}/${id}`);
			return entry ? [`${b36(i)}@${at(entry.readAt)}`] : [];
		});
		const skipped = module.lessonIds.flatMap((id, i) => {
			const entry = own(progress.skippedLessons, `${module.id}/${id}`);
			return entry ? [`${b36(i)}@${at(entry.at)}`] : [];
		});
		const quiz = own(progress.quizzes, module.id);
		const answers = Object.entries(quiz?.answers ?? {})
			.filter(([index]) => Number(index) < module.questions.length)
			.map(([index, answer]) => `${b36(Number(index))}=${answerChars(answer)}${answer.correct ? 'g' : 'f'}${options.quizMomentOnly ? '' : `@${at(answer.at)}`}`);
		const latest = Object.values(quiz?.answers ?? {}).reduce<string | undefined>((max, a) => (!max || a.at > max ? a.at : max), undefined);
		const best = quiz?.best ? `${b36(quiz.best.correct)}.${b36(quiz.best.total)}@${at(quiz.best.at)}` : '';
		const passed = quiz?.passedAt ? at(quiz.passedAt) : '';
		if (!read.length && !skipped.length && !quiz) continue;
		parts.push(
			['m', module.id, moduleFingerprint(module), read.join(','), skipped.join(','), answers.join(','), best, passed, options.quizMomentOnly && latest ? at(latest) : ''].join(':')
		);
	}

	for (const scenario of course.scenarios) {
		let attempts = own(progress.scenarios, scenario.id) ?? [];
		if (options.bestAndLatestOnly && attempts.length > 2) {
			const keep = new Set([bestAttempt(attempts), attempts.at(-1)]);
			attempts = attempts.filter((a) => keep.has(a));
		}
		const run = own(progress.inProgress, scenario.id);
		const skip = own(progress.skippedScenarios, scenario.id);
		if (!attempts.length && !run && !skip) continue;
		parts.push(
			[
				's',
				scenario.id,
				scenarioFingerprint(scenario),
				attempts.map((a) => `${a.path.map(stepChar).join('')}@${at(a.finishedAt)}`).join(','),
				run ? `${run.steps.map(stepChar).join('')}@${at(run.startedAt)}@${at(run.updatedAt)}${run.otherWay ? '@a' : ''}` : '',
				skip ? at(skip.at) : ''
			].join(':')
		);
	}
	return parts.join('|');
}

// --- decoding -------------------------------------------------------------------------------

/**
 * Reads suspend data back into progress, with the course as it is now. Undefined for text that
 * is not ours (empty, another course, another format); parts that no longer fit the course are
 * left out and named in `skipped`. Everything read is checked as it is read.
 */
export function decodeSuspendData(data: string, course: LmsCourse): Decoded | undefined {
	const [version, baseText, ...parts] = data.split('|');
	const base = fromB36(baseText ?? '');
	if (version !== VERSION || !Number.isFinite(base)) return undefined;
	const time = (text: string | undefined): string | undefined => {
		const offset = fromB36(text ?? '');
		return Number.isFinite(offset) ? new Date((base + offset) * 1000).toISOString() : undefined;
	};
	const progress = emptyProgress();
	const skipped: string[] = [];

	for (const part of parts) {
		const fields = part.split(':');
		const [kind, id] = fields;
		if (kind === 'm') {
			const module = course.modules.find((m) => m.id === id);
			if (!module || fields[2] !== moduleFingerprint(module)) {
				skipped.push(id ?? '');
				continue;
			}
			readModule(module, fields, time, progress);
		} else if (kind === 's') {
			const scenario = course.scenarios.find((s) => s.id === id);
			if (!scenario || fields[2] !== scenarioFingerprint(scenario) || !readScenario(scenario, fields, time, progress)) skipped.push(id ?? '');
		}
	}
	return { progress, skipped };
}

type Time = (text: string | undefined) => string | undefined;

/** "<value>@<seconds>" entries of a comma list. */
function entries(list: string | undefined): [string, string | undefined][] {
	if (!list) return [];
	return list.split(',').map((entry) => {
		const [value, when] = entry.split('@');
		return [value ?? '', when];
	});
}

function readModule(module: LmsCourse['modules'][number], fields: string[], time: Time, progress: Progress) {
	const [, , , read, skipped, answers, best, passed, quizMoment] = fields;
	for (const [index, when] of entries(read)) {
		const lesson = module.lessonIds[fromB36(index)];
		const at = time(when);
		if (lesson && at) progress.lessons[`${module.id}/${lesson}`] = { readAt: at };
	}
	for (const [index, when] of entries(skipped)) {
		const lesson = module.lessonIds[fromB36(index)];
		const at = time(when);
		if (lesson && at) progress.skippedLessons[`${module.id}/${lesson}`] = { at };
	}
	const quizAnswers: Record<string, QuizAnswer> = {};
	for (const [entry, when] of entries(answers)) {
		const match = /^([0-9a-z]+)=(s?)([0-9a-z]*)([gf])$/.exec(entry);
		const question = match ? fromB36(match[1]!) : NaN;
		const at = time(when ?? quizMoment);
		if (!match || !at || !(question < module.questions.length)) continue;
		const shape = module.questions[question]!;
		const digits = [...match[3]!].map(fromB36);
		const correct = match[4] === 'g';
		if (match[2]) {
			// A sorting answer: one category per item, for every item.
			if (!shape.sort || digits.length !== shape.sort.items.length || digits.some((c) => !(c < shape.sort!.categories))) continue;
			quizAnswers[String(question)] = { chosen: [], placed: digits, correct, at };
		} else {
			if (shape.sort || digits.some((c) => !(c < shape.options))) continue;
			quizAnswers[String(question)] = { chosen: digits, correct, at };
		}
	}
	const bestMatch = /^([0-9a-z]+)\.([0-9a-z]+)@([0-9a-z]+)$/.exec(best ?? '');
	const bestAt = bestMatch ? time(bestMatch[3]) : undefined;
	const passedAt = time(passed);
	if (!Object.keys(quizAnswers).length && !bestAt && !passedAt) return;
	progress.quizzes[module.id] = {
		answers: quizAnswers,
		...(bestMatch && bestAt && { best: { correct: fromB36(bestMatch[1]!), total: fromB36(bestMatch[2]!), at: bestAt } }),
		...(passedAt && { passedAt })
	};
}

/** Attempts are played again through the scenario; false when one no longer plays. */
function readScenario(scenario: ScenarioData, fields: string[], time: Time, progress: Progress): boolean {
	const [, , , attempts, run, skip] = fields;
	const records: ScenarioAttempt[] = [];
	for (const [choices, when] of entries(attempts)) {
		const at = time(when);
		const points = play(scenario, choices);
		const end = points?.at(-1);
		if (!at || !end?.done) return false;
		const { path, totals } = end.snapshot.context;
		records.push(createAttemptRecord(scenario, { endNode: end.nodeId, path, totals }, new Date(at)));
	}
	if (records.length) progress.scenarios[scenario.id] = records;
	if (run) {
		const [choices, started, updated, otherWay] = run.split('@');
		const points = play(scenario, choices ?? '');
		const end = points?.at(-1);
		const startedAt = time(started);
		const updatedAt = time(updated);
		if (!end || end.done || !startedAt || !updatedAt) return false;
		progress.inProgress[scenario.id] = {
			steps: end.snapshot.context.path.map((step) => ({ nodeId: step.nodeId, ...refOf(step) })),
			at: end.nodeId,
			startedAt,
			updatedAt,
			...(otherWay === 'a' && { otherWay: true })
		};
	}
	const skippedAt = time(skip);
	if (skip && skippedAt) progress.skippedScenarios[scenario.id] = { at: skippedAt };
	return true;
}

function play(scenario: ScenarioData, choices: string) {
	try {
		return replay(scenario, [...choices].map(stepOf));
	} catch {
		return undefined;
	}
}
