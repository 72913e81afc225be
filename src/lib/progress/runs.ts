/**
 * Conversations in progress: a scenario the learner has started and not finished is saved after
 * every step, so it survives a reload, the Back button, a pause or a closed laptop. Only the
 * steps are kept: the index of each choice, or of the rule a free reply fell under, with the
 * reply's words where the player passes them (only when the learner keeps them, see
 * replies/keep.ts). The conversation itself is rebuilt by replaying them through the scenario's
 * machine (see scenario/resume.ts), so trust, totals and the path come back exactly.
 */
import { own } from '../own';
import { refOf } from '../scenario/steps';
import type { Progress, RunStep, ScenarioRun } from './schema';

export function scenarioRun(progress: Progress, scenarioId: string): ScenarioRun | undefined {
	return own(progress.inProgress, scenarioId);
}

/** Saves where the learner is after a step. A run without any step is not worth keeping. */
export function saveRun(
	progress: Progress,
	scenarioId: string,
	run: { steps: readonly RunStep[]; at: string; otherWay?: boolean },
	now: Date
): Progress {
	if (run.steps.length === 0) return clearRun(progress, scenarioId);
	const startedAt = scenarioRun(progress, scenarioId)?.startedAt ?? now.toISOString();
	const saved: ScenarioRun = {
		steps: run.steps.map((step) => ({ nodeId: step.nodeId, ...refOf(step), ...('replyText' in step && { replyText: step.replyText }) })),
		at: run.at,
		startedAt,
		updatedAt: now.toISOString(),
		...(run.otherWay && { otherWay: true })
	};
	return { ...progress, inProgress: { ...progress.inProgress, [scenarioId]: saved } };
}

export function clearRun(progress: Progress, scenarioId: string): Progress {
	if (!scenarioRun(progress, scenarioId)) return progress;
	const inProgress = { ...progress.inProgress };
	delete inProgress[scenarioId];
	return { ...progress, inProgress };
}
