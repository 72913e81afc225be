/**
 * Is the course complete, and if not, what is still missing? The rule per module is
 * `moduleProgress` (progress/update.ts): every lesson read, the quiz passed, every scenario
 * played at least once. This module adds what the learner needs to act on: the missing items
 * with their titles and links, and the day the last requirement was met.
 */
import type { ModuleSummary } from '../content/outline';
import type { Progress } from '../progress/schema';
import { lessonKey, moduleProgress, quizPassMark, type ModuleProgress } from '../progress/update';
import { joinDutch } from '../dutch';

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

function missingItems(progress: Progress, module: CompletionModule, summary: ModuleProgress): MissingItem[] {
	const items: MissingItem[] = module.lessons
		.filter((lesson) => !progress.lessons[lessonKey(module.id, lesson.id)])
		.map((lesson) => ({ kind: 'lesson', title: lesson.title, href: `/${module.id}/${lesson.id}/` }));
	if (!summary.quizPassed) {
		items.push({
			kind: 'quiz',
			href: `/${module.id}/toets/`,
			correct: summary.quizCorrect,
			needed: quizPassMark(module.questionCount),
			total: module.questionCount
		});
	}
	for (const scenario of module.scenarios) {
		if ((progress.scenarios[scenario.id]?.length ?? 0) === 0) {
			items.push({ kind: 'scenario', title: scenario.title, href: `/${module.id}/scenario/${scenario.id}/` });
		}
	}
	return items;
}

/**
 * The latest of: each lesson's read date, the moment each quiz reached its pass mark (the
 * answer that made enough correct ones), and each scenario's first play. Quiz answers that are
 * changed later carry their new date, so this can be a little later than the real moment.
 */
function lastRequirementMet(progress: Progress, modules: readonly CompletionModule[]): Date | undefined {
	const moments: number[] = [];
	for (const module of modules) {
		for (const id of module.lessonIds) {
			const read = progress.lessons[lessonKey(module.id, id)];
			if (read) moments.push(Date.parse(read.readAt));
		}
		const mark = quizPassMark(module.questionCount);
		if (mark > 0) {
			const correct = Object.entries(progress.quizzes[module.id] ?? {})
				.filter(([index, answer]) => Number(index) < module.questionCount && answer.correct)
				.map(([, answer]) => Date.parse(answer.at))
				.sort((a, b) => a - b);
			const passed = correct[mark - 1];
			if (passed !== undefined) moments.push(passed);
		}
		for (const id of module.scenarioIds) {
			const first = Math.min(...(progress.scenarios[id] ?? []).map((a) => Date.parse(a.finishedAt)));
			if (Number.isFinite(first)) moments.push(first);
		}
	}
	return moments.length ? new Date(Math.max(...moments)) : undefined;
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
