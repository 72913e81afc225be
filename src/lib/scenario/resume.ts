/**
 * Resuming a conversation saved in progress: its steps (choices, and free replies by the rule
 * they fell under) are replayed through the scenario's machine, so trust, totals and the path
 * come back exactly as they were. A saved conversation plays only if every choice is still
 * offered (and every rule still exists) at the node where it was made, and the replay arrives
 * where the learner was; when the scenario file has changed so that this no longer holds, the
 * conversation can't be resumed (the learner starts again; nothing else changes).
 */
import { replay, type ReplayPoint } from './replay';
import { refOf } from './steps';
import type { ScenarioDefinition, StepRef } from './types';
import type { ScenarioRun } from '../progress/schema';

export type ResumeCheck = { ok: true; steps: StepRef[]; points: ReplayPoint[] } | { ok: false };

export function checkRun(scenario: ScenarioDefinition, run: Pick<ScenarioRun, 'steps' | 'at'>): ResumeCheck {
	const steps = run.steps.map(refOf);
	let points: ReplayPoint[];
	try {
		points = replay(scenario, steps);
	} catch {
		return { ok: false }; // a choice that is no longer offered, or a rule no longer there
	}
	const madeAtSameNodes = run.steps.every((step, i) => points[i]!.nodeId === step.nodeId);
	const last = points[points.length - 1]!;
	// A run that now ends would be a finished attempt nobody saw: not the conversation it was.
	if (!madeAtSameNodes || last.done || last.nodeId !== run.at) return { ok: false };
	return { ok: true, steps, points };
}
