/**
 * Free replies: which rule of a node's `respond` a reply falls under, given the conversation
 * moves the analyser found in it (`analyseReply` in `src/lib/moves`). Pure functions on plain
 * data, shared by the page that picks the rule, the machine that records it, and validation,
 * which judges the rules by the same meaning.
 *
 * A rule applies when the reply makes every move in `moves` and none in `unless`; the first rule
 * that applies is taken. A rule with neither applies to every reply: the fallback, always last.
 */
import { joinDutch } from '../dutch';
import { MOVES, isMoveId } from '../moves/ids';
import type { ReplyAnalysis } from '../moves/analyse';

/** The part of a rule that decides whether it applies. */
export interface RuleMoves {
	moves?: readonly string[];
	unless?: readonly string[];
}

export function isFallback(rule: RuleMoves): boolean {
	return !rule.moves?.length && !rule.unless?.length;
}

export function ruleApplies(rule: RuleMoves, found: ReadonlySet<string>): boolean {
	return (rule.moves ?? []).every((move) => found.has(move)) && !(rule.unless ?? []).some((move) => found.has(move));
}

/**
 * The index of the rule the reply falls under. A validated `respond` ends in a fallback, so
 * there always is one; rules that are not validated and match nothing are a programming error.
 */
export function ruleFor(respond: { rules: readonly RuleMoves[] }, analysis: Pick<ReplyAnalysis, 'moves'>): number {
	const found = new Set<string>(analysis.moves);
	const index = respond.rules.findIndex((rule) => ruleApplies(rule, found));
	if (index < 0) throw new Error('geen enkele regel van respond past, ook geen laatste regel zonder moves');
	return index;
}

/**
 * Whether `earlier` applies to every reply that `later` applies to, so that `later`, coming
 * after it, is never used: `earlier` asks for no move that `later` does not ask for, and rules
 * out no move that `later` does not rule out too.
 */
export function covers(earlier: RuleMoves, later: RuleMoves): boolean {
	const within = (some: readonly string[] | undefined, all: readonly string[] | undefined) =>
		(some ?? []).every((move) => (all ?? []).includes(move));
	return within(earlier.moves, later.moves) && within(earlier.unless, later.unless);
}

/**
 * How a free reply is named where the learner's own words are not kept (the results, an
 * attempt's path): "Eigen antwoord: open vraag en erkennen", the moves the rule asked for.
 */
export function replyLabel(rule: RuleMoves): string {
	const names = (rule.moves ?? []).filter(isMoveId).map((move) => MOVES[move].name.toLowerCase());
	return names.length ? `Eigen antwoord: ${joinDutch(names)}` : 'Eigen antwoord';
}
