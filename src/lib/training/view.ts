/**
 * What the training screen shows, derived from a session by replaying the group's choices
 * through the scenario machine: the client's text since the previous decision, the choices
 * offered (numbered as on screen), the group's choice with its feedback, their votes, and at
 * the ending their whole way with the result per rubric dimension.
 */
import { dimensionResults } from '../scoring/result';
import { choiceQuality } from '../scoring/quality';
import type { ScenarioData } from '../scenario/types';
import { votesFor } from './counts';
import { replayChoices, type ReplayPoint } from '../scenario/replay';
import { atEnd, canGoForward, choicesMade, isFinished } from './session';
import type { ChosenChoice, DecisionView, EndView, OfferedChoice, PathEntry, RevealedChoice, TrainingSession, TrainingView } from './types';

export function deriveView(scenario: ScenarioData, session: TrainingSession): TrainingView {
	const points = replayChoices(scenario, choicesMade(session));
	return atEnd(session) ? endView(scenario, session, points) : decisionView(scenario, session, points);
}

function decisionView(scenario: ScenarioData, session: TrainingSession, points: ReplayPoint[]): DecisionView {
	const { position, steps } = session;
	const step = steps[position]!;
	const point = points[position]!;
	const choices = offeredAt(scenario, point);
	const discuss = scenario.nodes[point.nodeId]?.discuss;
	const said = saidBefore(scenario, points, position);
	return {
		kind: 'decision',
		number: position + 1,
		nodeId: point.nodeId,
		...(said !== undefined && { said }),
		texts: textsSince(scenario, points, position),
		...(discuss !== undefined && { discuss }),
		choices,
		chosen: chosenAt(scenario, point, choices, step.choice),
		revealed: step.revealed,
		alternatives: step.revealed && step.allRevealed ? revealedAt(scenario, point, choices, step.choice) : null,
		counts: step.counts,
		votes: votesFor(choices, step.counts),
		latest: position === steps.length - 1,
		canGoBack: position > 0,
		canGoForward: canGoForward(session),
		finished: isFinished(scenario, session)
	};
}

function endView(scenario: ScenarioData, session: TrainingSession, points: ReplayPoint[]): EndView {
	const end = points[points.length - 1]!;
	const { context } = end.snapshot;
	const outcome = scenario.nodes[end.nodeId]?.outcome;
	const said = saidBefore(scenario, points, points.length - 1);
	const path: PathEntry[] = session.steps.map((step, i) => {
		const choices = offeredAt(scenario, points[i]!);
		return {
			number: i + 1,
			nodeId: points[i]!.nodeId,
			chosen: chosenAt(scenario, points[i]!, choices, step.choice)!,
			votes: votesFor(choices, step.counts)
		};
	});
	return {
		kind: 'end',
		nodeId: end.nodeId,
		...(said !== undefined && { said }),
		texts: textsSince(scenario, points, points.length - 1),
		...(outcome !== undefined && { outcome }),
		path,
		totals: { ...context.totals },
		results: dimensionResults(context.totals, scenario.best, scenario.rubric),
		canGoBack: session.steps.length > 0
	};
}

function offeredAt(scenario: ScenarioData, point: ReplayPoint): OfferedChoice[] {
	const choices = scenario.nodes[point.nodeId]?.choices ?? [];
	return point.offered.map((index, i) => ({ number: i + 1, index, label: choices[index]!.label }));
}

/** An offered answer with what its author wrote about it, and its quality word. */
function withFeedback(scenario: ScenarioData, point: ReplayPoint, shown: OfferedChoice): ChosenChoice {
	const { feedback, source, score } = scenario.nodes[point.nodeId]!.choices![shown.index]!;
	return { ...shown, feedback, source, quality: choiceQuality(score) };
}

function chosenAt(scenario: ScenarioData, point: ReplayPoint, offered: OfferedChoice[], choice: number | null): ChosenChoice | null {
	const shown = offered.find((c) => c.index === choice);
	return shown ? withFeedback(scenario, point, shown) : null;
}

function revealedAt(scenario: ScenarioData, point: ReplayPoint, offered: OfferedChoice[], choice: number | null): RevealedChoice[] {
	return offered.map((shown) => ({ ...withFeedback(scenario, point, shown), chosen: shown.index === choice }));
}

/**
 * The text of every node entered since the previous decision: automatic narration the
 * machine passed through, then the node the group is at now.
 */
function textsSince(scenario: ScenarioData, points: ReplayPoint[], position: number): string[] {
	const from = position === 0 ? 0 : points[position - 1]!.snapshot.context.trail.length;
	return points[position]!.snapshot.context.trail.slice(from).map((nodeId) => scenario.nodes[nodeId]?.text ?? '');
}

/** The label of the choice that led here: what the client's text answers. */
function saidBefore(scenario: ScenarioData, points: ReplayPoint[], position: number): string | undefined {
	if (position === 0) return undefined;
	return points[position]!.snapshot.context.path[position - 1]?.label;
}
