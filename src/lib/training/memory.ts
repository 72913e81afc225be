/**
 * Training sessions, kept per scenario for this browser tab only (sessionStorage): a reload, a
 * laptop that went to sleep, or a visit to the pause page all come back to the same decision,
 * with the votes as they were. It is never written next to personal progress, and closing the
 * tab ends it. Without session storage a session lives as long as the page.
 *
 * A stored session is checked on the way back in: its shape here, and whether it still plays
 * in the scenario (the file may have changed) where it is used (`sessionStillPlays`).
 */
import * as v from 'valibot';
import { readItem, tabStore, writeItem, type KeyValueStore } from '../browser/storage';
import { countSchema } from './counts';
import { replayChoices } from '../scenario/replay';
import type { ScenarioDefinition } from '../scenario/types';
import type { TrainingSession } from './types';

const KEY_PREFIX = 'bamboe.training.sessie.';

const choiceIndex = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999));

const sessionSchema = v.object({
	scenarioId: v.string(),
	steps: v.array(
		v.object({
			choice: v.nullable(choiceIndex),
			counts: v.record(v.pipe(v.string(), v.regex(/^(?:0|[1-9]\d{0,2})$/)), countSchema),
			revealed: v.boolean(),
			allRevealed: v.optional(v.boolean())
		})
	),
	position: v.pipe(v.number(), v.integer(), v.minValue(0))
});

/** Sessions of this page, for when session storage is missing or refuses. */
const inMemory = new Map<string, TrainingSession>();

export function rememberSession(session: TrainingSession, store: KeyValueStore | undefined = tabStore()): void {
	inMemory.set(session.scenarioId, session);
	writeItem(store, KEY_PREFIX + session.scenarioId, JSON.stringify(session));
}

export function recallSession(scenarioId: string, store: KeyValueStore | undefined = tabStore()): TrainingSession | undefined {
	const text = readItem(store, KEY_PREFIX + scenarioId);
	if (text === null) return inMemory.get(scenarioId);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return undefined;
	}
	const result = v.safeParse(sessionSchema, data);
	if (!result.success || result.output.scenarioId !== scenarioId) return undefined;
	const session = result.output;
	return { ...session, steps: session.steps.map((step) => ({ ...step, counts: numberKeys(step.counts) })) };
}

export function forgetSession(scenarioId: string, store: KeyValueStore | undefined = tabStore()): void {
	inMemory.delete(scenarioId);
	writeItem(store, KEY_PREFIX + scenarioId, null);
}

/**
 * A recalled session can be shown only when its choices still play in the scenario as it is
 * now: every decision but an open last one has a choice, every choice is offered where it was
 * made, the position is within the session, and nothing follows an ending.
 */
export function sessionStillPlays(scenario: ScenarioDefinition, session: TrainingSession): boolean {
	const choices = session.steps.map((step) => step.choice);
	const open = choices.at(-1) === null;
	const made = open ? choices.slice(0, -1) : choices;
	if (made.some((choice) => choice === null) || session.position > session.steps.length) return false;
	try {
		const points = replayChoices(scenario, made as number[]);
		// Each step is a decision: no point before the last may be an ending.
		if (points.slice(0, -1).some((point) => point.done)) return false;
		const last = points.at(-1)!;
		if (open) return !last.done && session.position < session.steps.length;
		// All decided: the ending may be on screen only when the last choice leads to one.
		return session.position < session.steps.length || last.done;
	} catch {
		return false;
	}
}

function numberKeys(counts: Record<string, number>): Record<number, number> {
	return Object.fromEntries(Object.entries(counts).map(([key, value]) => [Number(key), value]));
}
