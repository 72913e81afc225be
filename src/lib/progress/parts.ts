/**
 * The parts of the course a learner does, in the course's order (per module its lessons, then
 * its quiz, then its scenarios), each with its address and the rule for when it is done. The
 * path through the course (next-step.ts) and what is missing for the certificate
 * (certificate/completion.ts) both build on these.
 */
import type { CompletionModule } from '../certificate/completion';
import { quizResult } from './quiz';
import type { Progress } from './schema';
import { isDone, lessonState, scenarioState } from './update';

/** What the path needs to know about a module: ids and titles, no text. */
export type PathModule = CompletionModule;

/** One part of the course a learner does. */
export type CoursePart =
	| { kind: 'lesson'; module: PathModule; id: string; title: string; position: number }
	| { kind: 'quiz'; module: PathModule }
	| { kind: 'scenario'; module: PathModule; id: string; title: string };

/** Where a link takes the learner, with the words that name it. */
export interface Step {
	kind: CoursePart['kind'] | 'module' | 'certificate';
	href: string;
	/** E.g. "Les 3: Vormen", "Toets: De basis", "Module 2: De relatie", "Je certificaat". */
	label: string;
}

/** Every part of the course in order. */
export function courseParts(modules: readonly PathModule[]): CoursePart[] {
	return modules.flatMap((module) => [
		...module.lessons.map((lesson, i): CoursePart => ({ kind: 'lesson', module, id: lesson.id, title: lesson.title, position: i + 1 })),
		...(module.questionCount > 0 ? [{ kind: 'quiz', module } as const] : []),
		...module.scenarios.map((scenario): CoursePart => ({ kind: 'scenario', module, id: scenario.id, title: scenario.title }))
	]);
}

export function partStep(part: CoursePart): Step {
	const base = `/${part.module.id}/`;
	switch (part.kind) {
		case 'lesson':
			return { kind: 'lesson', href: `${base}${part.id}/`, label: `Les ${part.position}: ${part.title}` };
		case 'quiz':
			return { kind: 'quiz', href: `${base}toets/`, label: `Toets: ${part.module.title}` };
		case 'scenario':
			return { kind: 'scenario', href: `${base}scenario/${part.id}/`, label: `Scenario: ${part.title}` };
	}
}

/** Done as the completion rule says: read or skipped, passed, played or skipped. */
export function partDone(progress: Progress, part: CoursePart): boolean {
	switch (part.kind) {
		case 'lesson':
			return isDone(lessonState(progress, part.module.id, part.id));
		case 'quiz':
			return quizResult(progress, part.module.id, part.module.questionCount).passed;
		case 'scenario':
			return isDone(scenarioState(progress, part.id));
	}
}
