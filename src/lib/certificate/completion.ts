/**
 * Is the course complete, and if not, what is still missing? The rule per module is
 * `moduleProgress` (progress/update.ts): every lesson read (or skipped at its content note),
 * the quiz passed, every scenario played at least once (or skipped at its content note). This
 * module adds what the learner needs to act on: the missing items with their titles and links,
 * and the day the last requirement was met.
 */
import type { ModuleSummary } from '../content/outline';
import { own } from '../own';
import type { Progress } from '../progress/schema';
import { quizPassMark, quizResult } from '../progress/quiz';
import { lessonKey, moduleProgress, type ModuleProgress } from '../progress/update';
import { joinDutch } from '../dutch';
import { courseParts, partDone, partStep } from '../progress/parts';

/** What completion needs to know about a module: ids for the rule, titles for the learner. */
export type CompletionModule = Pick<
	ModuleSummary,
	'id' | 'number' | 'title' | 'lessonIds' | 'questionCount' | 'scenarioIds' | 'lessons' | 'scenarios'
>;

export type MissingItem =
	| { kind: 'lesson'; title: string; href: string }
	| { kind: 'quiz'; href: string; correct: number; needed: number; total: number }
	| { kind: 'scenario'; title: string; href: string };

export interface ModuleCompletion {
	module: CompletionModule;
	progress: ModuleProgress;
	missing: MissingItem[];
}

export interface CourseCompletion {
	complete: boolean;
	modules: ModuleCompletion[];
	/** The moment the last requirement was met; only when complete. */
	completedAt?: Date;
}

export function courseCompletion(progress: Progress, modules: readonly CompletionModule[]): CourseCompletion {
	const perModule = modules.map((module) => {
		const summary = moduleProgress(progress, module);
		return { module, progress: summary, missing: missingItems(progress, module, summary) };
	});
	const complete = perModule.length > 0 && perModule.every((m) => m.progress.complete);
	const completedAt = complete ? lastRequirementMet(progress, modules) : undefined;
	return { complete, modules: perModule, ...(completedAt && { completedAt }) };
}

/** The module's parts not done by the completion rule (`partDone`), each with its address. */
function missingItems(progress: Progress, module: CompletionModule, summary: ModuleProgress): MissingItem[] {
	return courseParts([module])
		.filter((part) => !partDone(progress, part))
		.map((part): MissingItem => {
			const { href } = partStep(part);
			if (part.kind !== 'quiz') return { kind: part.kind, title: part.title, href };
			return { kind: 'quiz', href, correct: summary.quizCorrect, needed: quizPassMark(module.questionCount), total: module.questionCount };
		});
}

/**
 * The latest of: each lesson's read (or skip) date, the moment each quiz was passed, and each
 * scenario's first play (or skip). For a quiz whose pass was not recorded when it happened
 * (answers stored by an earlier version), the answer that made enough correct ones counts.
 */
function lastRequirementMet(progress: Progress, modules: readonly CompletionModule[]): Date | undefined {
	const moments: number[] = [];
	const when = (iso: string | undefined) => iso !== undefined && moments.push(Date.parse(iso));
	for (const module of modules) {
		for (const id of module.lessonIds) {
			const key = lessonKey(module.id, id);
			when(own(progress.lessons, key)?.readAt ?? own(progress.skippedLessons, key)?.at);
		}
		const mark = quizPassMark(module.questionCount);
		if (mark > 0) when(quizResult(progress, module.id, module.questionCount).passedAt ?? passMoment(progress, module, mark));
		for (const id of module.scenarioIds) {
			const first = Math.min(...(own(progress.scenarios, id) ?? []).map((a) => Date.parse(a.finishedAt)));
			if (Number.isFinite(first)) moments.push(first);
			else when(own(progress.skippedScenarios, id)?.at);
		}
	}
	return moments.length ? new Date(Math.max(...moments)) : undefined;
}

function passMoment(progress: Progress, module: CompletionModule, mark: number): string | undefined {
	const correct = Object.entries(own(progress.quizzes, module.id)?.answers ?? {})
		.filter(([index, answer]) => Number(index) < module.questionCount && answer.correct)
		.map(([, answer]) => answer.at)
		.sort((a, b) => Date.parse(a) - Date.parse(b));
	return correct[mark - 1];
}

/** One line per missing item, for the list with links. */
export function describeMissingItem(item: MissingItem): string {
	switch (item.kind) {
		case 'lesson':
			return `Les lezen: ${item.title}`;
		case 'quiz':
			return `De toets halen: minstens ${item.needed} van de ${item.total} vragen goed (nu ${item.correct})`;
		case 'scenario':
			return `Scenario spelen: ${item.title}`;
	}
}

/** A short sentence per module, e.g. "nog 3 lessen lezen, de toets halen en 1 scenario spelen". */
export function summariseMissing(items: readonly MissingItem[]): string {
	const lessons = items.filter((i) => i.kind === 'lesson').length;
	const scenarios = items.filter((i) => i.kind === 'scenario').length;
	const quiz = items.find((i) => i.kind === 'quiz');
	const parts = [
		lessons ? `${lessons} ${lessons === 1 ? 'les' : 'lessen'} lezen` : undefined,
		quiz ? `de toets halen (nog ${quiz.needed - quiz.correct} goed nodig)` : undefined,
		scenarios ? `${scenarios} ${scenarios === 1 ? 'scenario' : "scenario's"} spelen` : undefined
	].filter((part): part is string => part !== undefined);
	return parts.length ? `Nog ${joinDutch(parts)}.` : 'Afgerond.';
}

export interface CompletionCounts {
	modulesComplete: number;
	modules: number;
	quizzesPassed: number;
	quizzes: number;
	scenariosPlayed: number;
	scenariosSkipped: number;
	scenarios: number;
}

/** The course in three figures, for the top of the results page. */
export function countCompletion(completion: CourseCompletion): CompletionCounts {
	const sum = (pick: (p: ModuleProgress) => number) => completion.modules.reduce((n, m) => n + pick(m.progress), 0);
	const withQuiz = completion.modules.filter((m) => m.progress.quizTotal > 0);
	return {
		modulesComplete: completion.modules.filter((m) => m.progress.complete).length,
		modules: completion.modules.length,
		quizzesPassed: withQuiz.filter((m) => m.progress.quizPassed).length,
		quizzes: withQuiz.length,
		scenariosPlayed: sum((p) => p.scenariosPlayed),
		scenariosSkipped: sum((p) => p.scenariosSkipped),
		scenarios: sum((p) => p.scenariosTotal)
	};
}
