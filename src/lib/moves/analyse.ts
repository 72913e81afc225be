/**
 * The conversation-move analyser: a Dutch reply in, the moves it makes out, each with the words
 * that show it (character offsets into the reply, for highlighting) and a confidence. Runs the
 * same in the browser and in Node; no network, no model download. What each move means is in
 * tests/fixtures/moves/README.md; how well it works is measured by `npm run bench`.
 *
 * Two sources, in order: the rules (rules.ts: patterns with negation and hedge checks), then a
 * small trained model (model.ts) that may add a move the rules did not find, unless a rule for
 * that move matched and was turned down (by its own checks, such as a negation or a hedge, or by
 * another rule's override), or a rule that found another move cancels it ("neem de tijd" is no
 * haste). A question no move claims is a closed question (questions.ts).
 *
 *   analyseReply('Ik kan niet beloven dat het goed komt.')
 *   // { moves: ['eerlijk-grenzen'], found: [{ move: 'eerlijk-grenzen', confidence: 0.8,
 *   //   evidence: [{ start: 3, end: 19, text: 'kan niet beloven' }] }] }
 */
import { MOVE_IDS, type MoveId } from './ids';
import { modelHits, type MoveModel } from './model';
// Written by `npm run moves:train`; a unit test checks it against the training set.
import MODEL from './model.json';
import { matchAt } from './pattern';
import { findQuestions } from './questions';
import { readForMoves, RULE_INDEX } from './reader';
import { forRulesAt, type Rule } from './ruleset';
import { embeddedBefore, hedgedBefore, negatedAfter, negatedBefore, negatedInside, reportedBefore } from './scope';
import type { Reply } from './tokens';

/** A stretch of the reply that shows a move; `text` is `reply.slice(start, end)`. */
export interface Evidence {
	start: number;
	end: number;
	text: string;
}

export interface FoundMove {
	move: MoveId;
	/** 0..1: how sure the rules (or the model) that found it make us; a ranking, not a calibrated probability. */
	confidence: number;
	/** In reading order, not overlapping. */
	evidence: Evidence[];
}

export interface ReplyAnalysis {
	/** The moves found, in the fixed order of MOVE_IDS. */
	moves: MoveId[];
	found: FoundMove[];
}

/** One reason to count a move: a rule matching at one place, the model, or a question's form. */
export interface Hit {
	move: MoveId;
	source: 'rule' | 'model' | 'question';
	rule?: Rule;
	tokens: number[];
	weight: number;
}

/** Moves that say what a question is for; a question none of them claims is a closed question. */
const QUESTION_MOVES = new Set<MoveId>(['open-vraag', 'keuze-geven', 'samenvatten', 'bagatelliseren']);
const MARKED_QUESTION_WEIGHT = 0.9;
const UNMARKED_QUESTION_WEIGHT = 0.6;

export function analyseReply(text: string): ReplyAnalysis {
	const reply = readForMoves(text);
	return summarise(reply, findHits(reply));
}

/** Every reason to count a move in the reply (see the top of this file for the order). */
export function findHits(reply: Reply, model: MoveModel = MODEL as MoveModel): Hit[] {
	const matched: Hit[] = [];
	/** Moves a rule matched but turned down: the model may not add them back. */
	const turnedDown = new Set<MoveId>();
	/** Per rule, the last token its previous match took: one rule, one hit per stretch of text. */
	const reached = new Map<Rule, number>();
	reply.tokens.forEach((token, start) => {
		forRulesAt(RULE_INDEX, token.word, (rule) => {
			if (start <= (reached.get(rule) ?? -1)) return;
			const match = matchAt(rule.pattern, reply, start);
			if (!match) return;
			if (!passesChecks(rule, reply, match.tokens)) {
				turnedDown.add(rule.move);
				return;
			}
			reached.set(rule, match.last);
			matched.push({ move: rule.move, source: 'rule', rule, tokens: match.tokens, weight: rule.weight });
		});
	});
	const kept = withoutOverridden(matched, reply);
	const survivors = new Set(kept);
	for (const hit of matched) if (!survivors.has(hit)) turnedDown.add(hit.move);
	// A rule that cancels a move has read its words and found that move not there ("neem de
	// tijd" is no haste), whether or not another rule had found it.
	for (const hit of kept) for (const move of hit.rule?.overrides ?? []) turnedDown.add(move);
	const found = new Set(kept.map((hit) => hit.move));
	for (const { move, probability, tokens } of modelHits(model, reply)) {
		if (!found.has(move) && !turnedDown.has(move)) kept.push({ move, source: 'model', tokens, weight: probability });
	}
	// Only the rules say what a question is for; the model's words are too loose to decide that.
	const claimed = new Set(
		kept.filter((hit) => hit.source === 'rule' && QUESTION_MOVES.has(hit.move)).map((hit) => reply.tokens[hit.tokens[0]!]!.sentence)
	);
	for (const question of findQuestions(reply)) {
		if (claimed.has(question.sentence)) continue;
		kept.push({
			move: 'gesloten-vraag',
			source: 'question',
			tokens: question.tokens,
			weight: question.marked ? MARKED_QUESTION_WEIGHT : UNMARKED_QUESTION_WEIGHT
		});
	}
	return kept;
}

/** Drops every hit whose move another hit's rule overrides in the same clause ("niet beloven" > "komt goed"). */
function withoutOverridden(hits: readonly Hit[], reply: Reply): Hit[] {
	const cancelled = new Map<number, Set<MoveId>>();
	for (const hit of hits) {
		if (!hit.rule?.overrides.length) continue;
		for (const at of hit.tokens) {
			const clause = reply.tokens[at]!.clause;
			const moves = cancelled.get(clause) ?? cancelled.set(clause, new Set()).get(clause)!;
			for (const move of hit.rule.overrides) moves.add(move);
		}
	}
	return hits.filter((hit) => !cancelled.get(reply.tokens[hit.tokens[0]!]!.clause)?.has(hit.move));
}

function passesChecks(rule: Rule, reply: Reply, taken: number[]): boolean {
	const first = taken[0]!;
	const last = taken.at(-1)!;
	const sentence = reply.sentences[reply.tokens[first]!.sentence]!;
	const { checks } = rule;
	if (checks.has('q') && !sentence.question) return false;
	if (checks.has('s') && sentence.question) return false;
	if (checks.has('u') && sentence.terminated && !sentence.question) return false;
	if (checks.has('n') && negatedBefore(reply, first)) return false;
	if (checks.has('i') && negatedInside(reply, taken)) return false;
	if (checks.has('a') && negatedAfter(reply, last)) return false;
	if (checks.has('h') && hedgedBefore(reply, first)) return false;
	if (checks.has('k') && embeddedBefore(reply, first)) return false;
	if (checks.has('r') && reportedBefore(reply, first)) return false;
	return true;
}

function summarise(reply: Reply, hits: readonly Hit[]): ReplyAnalysis {
	const found: FoundMove[] = [];
	for (const move of MOVE_IDS) {
		const own = hits.filter((hit) => hit.move === move);
		if (own.length === 0) continue;
		const confidence = 1 - own.reduce((miss, hit) => miss * (1 - hit.weight), 1);
		const taken = [...new Set(own.flatMap((hit) => hit.tokens))].sort((a, b) => a - b);
		found.push({ move, confidence: Math.round(confidence * 100) / 100, evidence: evidenceOf(reply, taken) });
	}
	return { moves: found.map((f) => f.move), found };
}

/** Runs of neighbouring tokens become one stretch of text: "kan niet beloven", not three words. */
function evidenceOf(reply: Reply, taken: readonly number[]): Evidence[] {
	const evidence: Evidence[] = [];
	let runStart = taken[0]!;
	taken.forEach((at, index) => {
		const next = taken[index + 1];
		if (next === at + 1) return;
		const start = reply.tokens[runStart]!.start;
		const end = reply.tokens[at]!.end;
		evidence.push({ start, end, text: reply.text.slice(start, end) });
		if (next !== undefined) runStart = next;
	});
	return evidence;
}
