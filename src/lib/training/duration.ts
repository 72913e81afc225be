/**
 * How long a training session with a scenario takes, for planning the day. Not guessed per
 * scenario: worked out with one plain rule from the fewest and the most decisions on the
 * scenario's real paths (the path analysis, `decisions` on every scenario). The facilitator
 * guide shows the rule next to the figures, so a trainer can adjust it to the group.
 *
 * - Opening, 10 minutes: the scenario and the client introduced, the content note read aloud,
 *   the pause option shown.
 * - Each decision, 6 minutes: the client's words read aloud (about 1), the discussion prompt and
 *   the vote (about 3), the feedback shown and talked about (about 2).
 * - Closing, 15 minutes: the ending, the group's way and what it practised, a closing round.
 *
 * The sum is rounded up to whole 5 minutes. Nothing on screen is ever timed: these figures are
 * for the programme of the day, not for the group.
 */
import type { DecisionRange } from '../scenario/types';

export interface DurationRule {
	opening: number;
	perDecision: number;
	closing: number;
}

export const SESSION_MINUTES: DurationRule = { opening: 10, perDecision: 6, closing: 15 };

/** Minutes for the shortest and the longest way; `most` is null when a path has no end. */
export interface SessionDuration {
	least: number;
	most: number | null;
}

export function sessionDuration(decisions: DecisionRange, rule: DurationRule = SESSION_MINUTES): SessionDuration {
	const minutes = (count: number) => roundUp(rule.opening + count * rule.perDecision + rule.closing);
	return { least: minutes(decisions.fewest), most: decisions.most === null ? null : minutes(decisions.most) };
}

/** "40 tot 55 minuten", "ongeveer 45 minuten" when both ways take as long, or "minstens 40 minuten". */
export function describeDuration({ least, most }: SessionDuration): string {
	if (most === null) return `minstens ${least} minuten`;
	return most === least ? `ongeveer ${least} minuten` : `${least} tot ${most} minuten`;
}

/** "3 tot 6 beslissingen", "4 beslissingen", or "minstens 3 beslissingen". */
export function describeDecisions({ fewest, most }: DecisionRange): string {
	const word = (n: number) => (n === 1 ? 'beslissing' : 'beslissingen');
	if (most === null) return `minstens ${fewest} ${word(fewest)}`;
	return most === fewest ? `${fewest} ${word(fewest)}` : `${fewest} tot ${most} ${word(most)}`;
}

function roundUp(minutes: number): number {
	return Math.ceil(minutes / 5) * 5;
}
