/**
 * One free reply at one node, from writing to "Ga verder": the learner writes, sends, sees what
 * the analysis read and which rule applied, and may rewrite once before the conversation moves
 * on (a second try, to use what the feedback said; not a way to keep trying until it scores).
 * Pure state changes; the page keeps the current round and shows it.
 */
import { analyseReply } from '../moves/analyse';
import { MAX_REPLY_LENGTH } from '../progress/schema';
import type { ScenarioRespond } from '../scenario/types';
import { replyResult, type ReplyResult } from './result';

/** How many times the learner may rewrite a reply after seeing the feedback. */
export const REWRITES_ALLOWED = 1;

export type ReplyRound =
	| { stage: 'writing'; rewrites: number; draft: string }
	| { stage: 'answered'; rewrites: number; result: ReplyResult };

export const REPLY_MESSAGES = {
	empty: 'Schrijf eerst wat je zou zeggen. Of kies een van de antwoorden hieronder.',
	tooLong: `Je antwoord is langer dan ${MAX_REPLY_LENGTH} tekens. Maak het korter: zeg het in een paar zinnen, zoals in een gesprek.`
} as const;

export function firstRound(): ReplyRound {
	return { stage: 'writing', rewrites: 0, draft: '' };
}

/** Why a text can't be sent, in Dutch for the learner; undefined when it can. */
export function replyProblem(text: string): string | undefined {
	if (text.trim() === '') return REPLY_MESSAGES.empty;
	if (text.trim().length > MAX_REPLY_LENGTH) return REPLY_MESSAGES.tooLong;
	return undefined;
}

/**
 * Sends the text: analysed on the device, then the rule it falls under. A text that can't be
 * sent leaves the round as it was (with the text kept as the draft) and says why.
 */
export function sendReply(round: ReplyRound, text: string, respond: ScenarioRespond): { round: ReplyRound; problem?: string } {
	if (round.stage !== 'writing') return { round };
	const problem = replyProblem(text);
	if (problem) return { round: { ...round, draft: text }, problem };
	const reply = text.trim();
	return { round: { stage: 'answered', rewrites: round.rewrites, result: replyResult(respond, reply, analyseReply(reply)) } };
}

export function canRewrite(round: ReplyRound): boolean {
	return round.stage === 'answered' && round.rewrites < REWRITES_ALLOWED;
}

/** Back to writing, with the reply as the draft; only while a rewrite is left. */
export function rewriteReply(round: ReplyRound): ReplyRound {
	if (round.stage !== 'answered' || !canRewrite(round)) return round;
	return { stage: 'writing', rewrites: round.rewrites + 1, draft: round.result.text };
}
