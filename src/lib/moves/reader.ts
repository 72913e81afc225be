/**
 * The rules compiled once, and the reader that turns a reply into tokens the way the rules and
 * the model expect: spelled, and typos corrected towards the words the rules name.
 */
import { SUBJECTS, VERB_FIRST } from './questions';
import { RULES, WORD_LISTS } from './rules';
import { compileRules, indexRules, ruleVocabulary } from './ruleset';
import { EMBEDDING, HEDGES, NEGATIONS } from './scope';
import { typoCorrector } from './spelling';
import { FILLERS, readReply, type Reply } from './tokens';

export const RULE_SET = compileRules(RULES, WORD_LISTS);
export const RULE_INDEX = indexRules(RULE_SET);

/** Words other parts of the analyser look for: never to be "corrected" into a rule's word. */
const ALSO_KNOWN = [FILLERS, NEGATIONS, HEDGES, EMBEDDING, VERB_FIRST, SUBJECTS].flatMap((words) => [...words]);
const correct = typoCorrector(ruleVocabulary(RULE_SET), ALSO_KNOWN);

export function readForMoves(text: string): Reply {
	return readReply(text, correct);
}
