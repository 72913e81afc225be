/**
 * A path through the course: the order of its parts, the step after each one, and where a
 * learner who comes back should go on. Pure functions of the course outline and progress, so
 * the home page, the module pages and every end state (a last lesson, a quiz, a scenario) agree.
 *
 * The order is the course's own: per module its lessons, then its quiz, then its scenarios;
 * after a module's last part comes the next module (its page, with its introduction and any
 * content note), and after the last module the certificate.
 */
import { own } from '../own';
import { courseParts, partDone, partStep, type CoursePart, type PathModule, type Step } from './parts';
import { scenarioRun } from './runs';
import type { Progress } from './schema';
import { lessonKey } from './update';

export { courseParts, partDone, partStep, type CoursePart, type PathModule, type Step };

/** A part as a page names it: `lesson` and `scenario` with their id. */
export type Place = { kind: 'lesson' | 'scenario'; moduleId: string; id: string } | { kind: 'quiz'; moduleId: string };

export const CERTIFICATE_STEP: Step = { kind: 'certificate', href: '/certificaat/', label: 'Je certificaat' };

export function moduleStep(module: Pick<PathModule, 'id' | 'number' | 'title'>): Step {
	return { kind: 'module', href: `/${module.id}/`, label: `Module ${module.number}: ${module.title}` };
}

const samePlace = (part: CoursePart, place: Place) =>
	part.kind === place.kind && part.module.id === place.moduleId && (part.kind === 'quiz' || (place.kind !== 'quiz' && part.id === place.id));

/**
 * The step after a part, in the course's order: the next part of the same module, else the
 * next module's page, else the certificate. Undefined for a place that is not in the course.
 */
export function stepAfter(modules: readonly PathModule[], place: Place): Step | undefined {
	const parts = courseParts(modules);
	const index = parts.findIndex((part) => samePlace(part, place));
	if (index < 0) return undefined;
	const next = parts[index + 1];
	if (next && next.module.id === place.moduleId) return partStep(next);
	return afterModule(modules, place.moduleId);
}

/** The next module's page, or the certificate after the last module. */
export function afterModule(modules: readonly Pick<PathModule, 'id' | 'number' | 'title'>[], moduleId: string): Step {
	const index = modules.findIndex((m) => m.id === moduleId);
	const next = index >= 0 ? modules[index + 1] : undefined;
	return next ? moduleStep(next) : CERTIFICATE_STEP;
}

/** The last moment the learner did something with a part, in ms; undefined if never. */
function lastTouch(progress: Progress, part: CoursePart): number | undefined {
	const moments: (string | undefined)[] = [];
	switch (part.kind) {
		case 'lesson': {
			const key = lessonKey(part.module.id, part.id);
			moments.push(own(progress.lessons, key)?.readAt, own(progress.skippedLessons, key)?.at);
			break;
		}
		case 'quiz': {
			const quiz = own(progress.quizzes, part.module.id);
			moments.push(...Object.values(quiz?.answers ?? {}).map((a) => a.at), quiz?.passedAt);
			break;
		}
		case 'scenario':
			moments.push(
				...(own(progress.scenarios, part.id) ?? []).map((a) => a.finishedAt),
				own(progress.skippedScenarios, part.id)?.at,
				scenarioRun(progress, part.id)?.updatedAt
			);
	}
	const times = moments.filter((m): m is string => m !== undefined).map(Date.parse).filter(Number.isFinite);
	return times.length ? Math.max(...times) : undefined;
}

export type Resume =
	/** Nothing done yet: the first part of the course. */
	| { state: 'start'; step: Step; part: CoursePart }
	/** A conversation in progress, a part begun and not finished, or the next part to do. */
	| { state: 'continue'; step: Step; part: CoursePart; reason: 'conversation' | 'unfinished' | 'next' }
	/** Every part is done (or the course has no parts): the certificate. */
	| { state: 'complete'; step: Step };

/**
 * Where a learner who comes back goes on:
 * 1. a conversation in progress (the most recently continued one): it is the one thing that
 *    can be left in the middle, and the learner's place in it is saved;
 * 2. else the part touched last, when it is not finished (a quiz partly answered or not passed);
 * 3. else the first part not done after the part touched last, in course order, going round
 *    to the start of the course for parts left open earlier;
 * 4. nothing left open: the certificate. Nothing touched yet: the first part.
 */
export function resumePoint(progress: Progress, modules: readonly PathModule[]): Resume {
	const parts = courseParts(modules);
	if (parts.length === 0) return { state: 'complete', step: CERTIFICATE_STEP };
	const goOn = (part: CoursePart, reason: 'conversation' | 'unfinished' | 'next'): Resume => ({ state: 'continue', step: partStep(part), part, reason });

	const touched = parts
		.map((part, index) => ({ part, index, at: lastTouch(progress, part) }))
		.filter((t): t is { part: CoursePart; index: number; at: number } => t.at !== undefined);
	const latest = (list: typeof touched) => list.reduce<(typeof touched)[number] | undefined>((a, b) => (!a || b.at > a.at ? b : a), undefined);

	const conversation = latest(touched.filter((t) => t.part.kind === 'scenario' && scenarioRun(progress, t.part.id)));
	if (conversation) return goOn(conversation.part, 'conversation');

	const last = latest(touched);
	if (!last) return { state: 'start', step: partStep(parts[0]!), part: parts[0]! };
	if (!partDone(progress, last.part)) return goOn(last.part, 'unfinished');

	for (let offset = 1; offset < parts.length; offset++) {
		const part = parts[(last.index + offset) % parts.length]!;
		if (!partDone(progress, part)) return goOn(part, 'next');
	}
	return { state: 'complete', step: CERTIFICATE_STEP };
}

/** How much of the course is done, counted in parts (lessons, quizzes, scenarios). */
export function courseShare(progress: Progress, modules: readonly PathModule[]): { done: number; total: number } {
	const parts = courseParts(modules);
	return { done: parts.filter((part) => partDone(progress, part)).length, total: parts.length };
}

/**
 * The one clear action on a module page: begin with the first lesson, go on with the first
 * part not done yet, or, once the module is complete, the step after it (`after`, the next
 * module or the certificate).
 */
export function moduleAction(progress: Progress, module: PathModule, after: Step): Step {
	const parts = courseParts([module]);
	const open = parts.find((part) => !partDone(progress, part));
	if (!open) return { ...after, label: `Volgende: ${after.label}` };
	const step = partStep(open);
	const started = parts.some((part) => lastTouch(progress, part) !== undefined);
	if (!started && open.kind === 'lesson') return { ...step, label: `Begin met les ${open.position}` };
	switch (open.kind) {
		case 'lesson':
			return { ...step, label: `Ga verder met les ${open.position}` };
		case 'quiz':
			return { ...step, label: 'Ga verder met de toets' };
		case 'scenario':
			return { ...step, label: `Ga verder met het scenario ${open.title}` };
	}
}
