/**
 * What the learner sees after sending a free reply: their words with the stretches that made
 * the analyser count each conversation move, the moves with their Dutch names, and the rule of
 * the node's `respond` the reply falls under, with its quality word. Plain data; the page shows
 * the learner's text as text only, never as HTML.
 */
import type { ReplyAnalysis } from '../moves/analyse';
import { MOVES, type MoveId } from '../moves/ids';
import { ruleFor } from '../scenario/respond';
import type { ReplyRule, ScenarioRespond } from '../scenario/types';
import { choiceQuality, type ChoiceQuality } from '../scoring/quality';
import type { TextRange } from '../search/types';

export interface MoveInReply {
	move: MoveId;
	/** "Open vraag": the label shown in text beside the words, never a colour alone. */
	name: string;
	description: string;
	/** The stretches of the reply that show this move, in reading order. */
	ranges: TextRange[];
	/** The same stretches as text. */
	words: string[];
}

export interface ReplyResult {
	/** The reply as analysed. */
	text: string;
	/** The moves found, in the analyser's fixed order; empty when none was recognised. */
	moves: MoveInReply[];
	/** Every stretch that shows a move, to mark in the reply as a whole (`highlightSegments`). */
	ranges: TextRange[];
	/** The rule the reply falls under: the machine is sent its index. */
	ruleIndex: number;
	rule: ReplyRule;
	quality: ChoiceQuality;
}

export function replyResult(respond: ScenarioRespond, text: string, analysis: ReplyAnalysis): ReplyResult {
	const moves = analysis.found.map(({ move, evidence }): MoveInReply => ({
		move,
		name: MOVES[move].name,
		description: MOVES[move].description,
		ranges: evidence.map(({ start, end }): TextRange => [start, end]),
		words: evidence.map((stretch) => stretch.text)
	}));
	const ruleIndex = ruleFor(respond, analysis);
	const rule = respond.rules[ruleIndex]!;
	return { text, moves, ranges: moves.flatMap((m) => m.ranges), ruleIndex, rule, quality: choiceQuality(rule.score) };
}
