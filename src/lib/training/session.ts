/**
 * What the trainer can do in a session, as pure functions: each takes a session and returns
 * the next one (the same object when the action does not apply), so a page holds one value
 * and tests can check every rule without a browser. Where a rule depends on the scenario
 * (which choices are offered, whether an ending is reached), the group's choices are replayed
 * through the scenario machine.
 */
import { isValidCount } from './counts';
import { replayChoices } from '../scenario/replay';
import type { TrainingSession, TrainingStep } from './types';
import type { ScenarioDefinition } from '../scenario/types';

const openStep = (): TrainingStep => ({ choice: null, counts: {}, revealed: false });

/** The choices made before `position`, in order. */
function choicesBefore(session: TrainingSession, position: number): number[] {
	return session.steps.slice(0, position).map((step) => {
		if (step.choice === null) throw new Error('een eerdere beslissing heeft nog geen keuze');
		return step.choice;
	});
}

/** Every choice the group has made, in order (all steps but an open last one). */
export function choicesMade(session: TrainingSession): number[] {
	const last = session.steps[session.steps.length - 1];
	return choicesBefore(session, last && last.choice === null ? session.steps.length - 1 : session.steps.length);
}

/** A new session at the first decision (or at the ending, for a scenario without decisions). */
export function startSession(scenario: ScenarioDefinition): TrainingSession {
	const [start] = replayChoices(scenario, []);
	return { scenarioId: scenario.id, steps: start!.done ? [] : [openStep()], position: 0 };
}

/** True when the ending is on screen. */
export function atEnd(session: TrainingSession): boolean {
	return session.position >= session.steps.length;
}

/** True when the group's choices lead to an ending, whether or not it is on screen yet. */
export function isFinished(scenario: ScenarioDefinition, session: TrainingSession): boolean {
	const last = session.steps[session.steps.length - 1];
	if (last && last.choice === null) return false;
	const points = replayChoices(scenario, choicesMade(session));
	return points[points.length - 1]!.done;
}

/**
 * The group picks the choice with this index (as authored) at the decision on screen. Picking
 * something else than before at an earlier decision discards every later step: that road was
 * not taken after all. The feedback is hidden again until the trainer shows it.
 */
export function choose(scenario: ScenarioDefinition, session: TrainingSession, index: number): TrainingSession {
	if (atEnd(session)) return session;
	const step = session.steps[session.position]!;
	if (step.choice === index) return session;
	const here = replayChoices(scenario, choicesBefore(session, session.position))[session.position]!;
	if (!here.offered.includes(index)) return session;
	// A new choice hides every feedback again, the other answers' too.
	return {
		...session,
		steps: [...session.steps.slice(0, session.position), { choice: index, counts: step.counts, revealed: false }]
	};
}

/** Shows the feedback on the group's choice at the decision on screen. */
export function reveal(session: TrainingSession): TrainingSession {
	if (atEnd(session)) return session;
	const step = session.steps[session.position]!;
	if (step.choice === null || step.revealed) return session;
	return replaceStep(session, session.position, { ...step, revealed: true });
}

/**
 * Shows the feedback on every answer at the decision on screen, so the group can discuss what
 * the others would have done: only once the feedback on the group's own choice is shown.
 */
export function revealAll(session: TrainingSession): TrainingSession {
	if (atEnd(session)) return session;
	const step = session.steps[session.position]!;
	if (!step.revealed || step.allRevealed) return session;
	return replaceStep(session, session.position, { ...step, allRevealed: true });
}

/**
 * Sets (or, with null, clears) the number of votes for one offered choice at the decision on
 * screen. Counts that are not whole numbers from 0 to MAX_COUNT, or that name a choice not
 * offered here, leave the session as it was; the page checks typed text with `parseCount`.
 */
export function setCount(
	scenario: ScenarioDefinition,
	session: TrainingSession,
	index: number,
	count: number | null
): TrainingSession {
	if (atEnd(session)) return session;
	if (count !== null && !isValidCount(count)) return session;
	const here = replayChoices(scenario, choicesBefore(session, session.position))[session.position]!;
	if (!here.offered.includes(index)) return session;
	const step = session.steps[session.position]!;
	if (step.counts[index] === (count ?? undefined)) return session;
	const counts: Record<number, number> = { ...step.counts };
	if (count === null) delete counts[index];
	else counts[index] = count;
	return replaceStep(session, session.position, { ...step, counts });
}

/** Back to the previous decision (from the ending: to the last one). */
export function goBack(session: TrainingSession): TrainingSession {
	return session.position > 0 ? { ...session, position: session.position - 1 } : session;
}

export function canGoForward(session: TrainingSession): boolean {
	if (atEnd(session)) return false;
	return session.position < session.steps.length - 1 || session.steps[session.position]!.choice !== null;
}

/**
 * On to the next decision. Through decisions already taken this only moves; from the newest
 * one (once the group has chosen) it goes on to where that choice leads: a new decision or
 * the ending.
 */
export function goForward(scenario: ScenarioDefinition, session: TrainingSession): TrainingSession {
	if (!canGoForward(session)) return session;
	if (session.position < session.steps.length - 1) return { ...session, position: session.position + 1 };
	const points = replayChoices(scenario, choicesBefore(session, session.steps.length));
	const next = points[points.length - 1]!;
	return next.done
		? { ...session, position: session.steps.length }
		: { ...session, steps: [...session.steps, openStep()], position: session.steps.length };
}

function replaceStep(session: TrainingSession, position: number, step: TrainingStep): TrainingSession {
	return { ...session, steps: session.steps.map((s, i) => (i === position ? step : s)) };
}
