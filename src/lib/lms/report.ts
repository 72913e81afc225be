/**
 * What Bamboe reports to an LMS, worked out from progress and the course, defined once:
 *
 * - Status: "incomplete" until the course is complete by its own rule (every lesson read or
 *   skipped at its content note, every quiz passed, every scenario played or skipped), then
 *   completed; passed when the score also reaches the mastery score (which every quiz passed
 *   gives; a quiz changed since may not). Both SCORM versions write this one decision.
 * - Score: the mean over the course's quizzes of the share of questions answered right (the best
 *   of now and the learner's best score), from 0 to 100. The mastery score in the package is
 *   the quiz pass mark, 70.
 * - Objectives: one per module, completed when the module is, with its quiz score.
 * - Interactions: each quiz answer and each scenario choice made during the session (events.ts).
 */
import { quizResult, QUIZ_PASS_SHARE } from '../progress/quiz';
import type { Progress } from '../progress/schema';
import { moduleProgress } from '../progress/update';
import type { LmsCourse } from './suspend-data';

export const MASTERY_SCORE = Math.round(QUIZ_PASS_SHARE * 100);

export interface ModuleObjective {
	id: string;
	complete: boolean;
	started: boolean;
	/** 0..100, or undefined for a module without a quiz. */
	score?: number;
}

export interface CourseReport {
	complete: boolean;
	/** Complete, with a score of at least the mastery score. */
	passed: boolean;
	/** 0..100. */
	score: number;
	objectives: ModuleObjective[];
}

export function courseReport(progress: Progress, course: LmsCourse): CourseReport {
	const objectives = course.modules.map((module): ModuleObjective => {
		const outline = {
			id: module.id,
			lessonIds: module.lessonIds,
			questionCount: module.questions.length,
			scenarioIds: course.scenarios.filter((s) => s.moduleId === module.id).map((s) => s.id)
		};
		const summary = moduleProgress(progress, outline);
		const score = quizScore(progress, module.id, module.questions.length);
		return { id: module.id, complete: summary.complete, started: summary.started, ...(score !== undefined && { score }) };
	});
	const scores = objectives.flatMap((o) => (o.score === undefined ? [] : [o.score]));
	const complete = objectives.length > 0 && objectives.every((o) => o.complete);
	const score = scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : 0;
	return { complete, passed: complete && score >= MASTERY_SCORE, score, objectives };
}

/** The share of a quiz's questions answered right, 0..100: now, or at the learner's best. */
function quizScore(progress: Progress, moduleId: string, questionCount: number): number | undefined {
	if (questionCount === 0) return undefined;
	const result = quizResult(progress, moduleId, questionCount);
	const correct = result.best?.correct ?? result.correct;
	return Math.round((100 * correct) / questionCount);
}
