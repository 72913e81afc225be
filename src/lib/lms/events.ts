/**
 * What happened between two states of progress, as the LMS hears it: each new quiz answer, and
 * each new scenario choice with the rubric dimensions it scored. Worked out by comparing the
 * progress before and after a change, so the reporting needs no hooks in the pages.
 */
import { own } from '../own';
import type { Progress, RunStep } from '../progress/schema';
import type { ScenarioData, StepRef } from '../scenario/types';
import { refOf } from '../scenario/steps';
import { replyLabel } from '../scenario/respond';
import type { LmsCourse } from './suspend-data';

export type LmsEvent =
	| {
			kind: 'quiz';
			moduleId: string;
			question: number;
			chosen: number[];
			/** A sorting question: the category of each item. */
			placed?: number[];
			correct: boolean;
			at: string;
	  }
	| {
			kind: 'choice';
			scenarioId: string;
			/** Which play-through of the scenario (1 for the first), so ids don't repeat. */
			playThrough: number;
			/** 1-based step within the play-through. */
			step: number;
			nodeId: string;
			/** The prepared choice or the free reply's rule (never the reply's words). */
			ref: StepRef;
			/** The choice's label, or what the reply's rule stands for. */
			label: string;
			/** Points per rubric dimension (only the ones the choice scores). */
			score: Record<string, number>;
			at: string;
	  };

export function progressEvents(before: Progress, after: Progress, course: LmsCourse, now: Date): LmsEvent[] {
	const events: LmsEvent[] = [];
	for (const module of course.modules) {
		const old = own(before.quizzes, module.id)?.answers ?? {};
		for (const [key, answer] of Object.entries(own(after.quizzes, module.id)?.answers ?? {})) {
			const question = Number(key);
			if (!(question < module.questions.length)) continue;
			const previous = own(old, key);
			if (previous && previous.at === answer.at && previous.chosen.join() === answer.chosen.join() && previous.placed?.join() === answer.placed?.join()) continue;
			events.push({ kind: 'quiz', moduleId: module.id, question, chosen: answer.chosen, ...(answer.placed && { placed: answer.placed }), correct: answer.correct, at: answer.at });
		}
	}
	for (const scenario of course.scenarios) events.push(...choiceEvents(scenario, before, after, now));
	return events;
}

/** Steps taken since `before`: in the conversation in progress, or in an attempt just finished. */
function choiceEvents(scenario: ScenarioData, before: Progress, after: Progress, now: Date): LmsEvent[] {
	const attemptsBefore = own(before.scenarios, scenario.id)?.length ?? 0;
	const attemptsAfter = own(after.scenarios, scenario.id) ?? [];
	const runBefore = own(before.inProgress, scenario.id)?.steps ?? [];
	const runAfter = own(after.inProgress, scenario.id)?.steps;
	const finished = attemptsAfter.length > attemptsBefore ? attemptsAfter.at(-1) : undefined;
	const steps: RunStep[] = finished ? finished.path : (runAfter ?? []);
	// What was already reported: the run before, when the new steps continue it.
	const continues = runBefore.every(
		(s, i) => steps[i]?.nodeId === s.nodeId && steps[i]?.choiceIndex === s.choiceIndex && steps[i]?.ruleIndex === s.ruleIndex
	);
	const from = continues ? runBefore.length : 0;
	const playThrough = attemptsBefore + 1;
	const at = finished?.finishedAt ?? now.toISOString();
	return steps.slice(from).flatMap((step, i) => {
		const node = own(scenario.nodes, step.nodeId);
		const taken = step.ruleIndex === undefined ? node?.choices?.[step.choiceIndex] : node?.respond?.rules[step.ruleIndex];
		if (!taken) return [];
		return [
			{
				kind: 'choice' as const,
				scenarioId: scenario.id,
				playThrough,
				step: from + i + 1,
				nodeId: step.nodeId,
				ref: refOf(step),
				label: step.ruleIndex === undefined ? (taken as { label: string }).label : replyLabel(taken as Parameters<typeof replyLabel>[0]),
				score: Object.fromEntries(Object.entries(taken.score).filter(([, points]) => points !== 0)),
				at
			}
		];
	});
}
