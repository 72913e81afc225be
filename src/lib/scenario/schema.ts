/**
 * The shape of a scenario file (CONTENT-FORMAT.md, "Scenarios"): keys, types and ranges only.
 * Rules that relate parts to each other (references, rubric, conditions, the graph) are
 * checked in `checks/`, on a lenient reading of the same file (`outline.ts`).
 */
import * as v from 'valibot';
import { describe, integerBetween, strictObject, text } from '../content/schema';
import { CHOICE_MAX, CHOICE_MIN, TRUST_MAX, TRUST_MIN } from './types';

/**
 * `strictObject` from the content helpers, typed by its entries. Its declared type ends in a
 * `rawCheck` over `unknown`, which makes valibot infer `unknown` as the output; the runtime
 * output is the object itself.
 */
function strict<const TEntries extends v.ObjectEntries>(entries: TEntries) {
	return strictObject(entries) as unknown as v.GenericSchema<
		v.InferInput<v.ObjectSchema<TEntries, undefined>>,
		v.InferOutput<v.ObjectSchema<TEntries, undefined>>
	>;
}

const nodeName = () => text('de naam van een node');
const condition = () => text('een voorwaarde, zoals "trust >= 2"');
const flagNames = (example: string) =>
	v.array(text('de naam van een vlag'), (issue) => `verwacht een lijst vlaggen zoals ${example}, gevonden ${describe(issue.input)}`);

/** What a choice and a reply rule have in common: what taking it does (`ScenarioOutcome`). */
const outcomeEntries = {
	score: v.optional(
		v.pipe(
			// A valibot record takes a list too (its indexes as keys); a score is never a list.
			v.custom<Record<string, unknown>>((value) => !Array.isArray(value), (issue) => `verwacht punten per dimensie, zoals { doorvragen: 2 }, gevonden ${describe(issue.input)}`),
			v.record(v.string(), integerBetween(CHOICE_MIN, CHOICE_MAX))
		),
		{}
	),
	trust: v.optional(integerBetween(CHOICE_MIN, CHOICE_MAX), 0),
	feedback: text(),
	source: text(),
	next: nodeName()
};
const sets = () => v.optional(flagNames('[belofte]'));

const choiceSchema = strict({
	label: text(),
	...outcomeEntries,
	if: v.optional(condition()),
	sets: sets()
});

/** Move ids; which ids exist is checked with the other cross-checks (`checks/respond.ts`), with a "did you mean". */
const moveNames = (key: string) =>
	v.pipe(
		v.array(text('het id van een move'), (issue) => `verwacht een lijst moves zoals [open-vraag, erkennen], gevonden ${describe(issue.input)}`),
		v.minLength(1, `${key} is leeg: noem minstens één move, of laat ${key} weg`)
	);

const replyRuleSchema = strict({
	moves: v.optional(moveNames('moves')),
	unless: v.optional(moveNames('unless')),
	...outcomeEntries,
	sets: sets()
});

const respondSchema = strict({
	prompt: text(),
	strong: text(),
	rules: v.array(replyRuleSchema, (issue) => `verwacht een lijst regels (elk met "- feedback: ..."), gevonden ${describe(issue.input)}`)
});

const ruleSchema = strict({
	if: v.optional(condition()),
	to: nodeName()
});

const nodeSchema = strict({
	text: text(),
	discuss: v.optional(text()),
	choices: v.optional(
		v.array(choiceSchema, (issue) => `verwacht een lijst keuzes (elk met "- label: ..."), gevonden ${describe(issue.input)}`)
	),
	respond: v.optional(respondSchema),
	next: v.optional(
		v.array(ruleSchema, (issue) => `verwacht een lijst regels zoals "- to: ...", gevonden ${describe(issue.input)}`)
	),
	end: v.optional(
		v.literal(true, 'end kan alleen true zijn; laat end weg bij een node die niet eindigt')
	),
	outcome: v.optional(text()),
	requires: v.optional(condition())
});

export const scenarioSchema = strict({
	title: text(),
	summary: text(),
	client: text(),
	contentNote: v.optional(text()),
	feedback: v.optional(
		v.picklist(['immediate', 'end'], (issue) => `verwacht immediate of end, gevonden ${describe(issue.input)}`),
		'immediate'
	),
	rubric: v.pipe(
		v.array(text('het id van een dimensie'), (issue) => `verwacht een lijst dimensies zoals [doorvragen, regie], gevonden ${describe(issue.input)}`),
		v.minLength(1, 'rubric is leeg: noem minstens één dimensie uit rubric.yaml')
	),
	trust: v.optional(integerBetween(TRUST_MIN, TRUST_MAX), 0),
	flags: v.optional(flagNames('[belofte, gelekt]'), []),
	start: nodeName(),
	nodes: v.pipe(
		v.record(v.string(), nodeSchema, (issue) => `verwacht de nodes van het scenario, elk met een naam, gevonden ${describe(issue.input)}`),
		v.check((nodes) => Object.keys(nodes).length > 0, 'nodes is leeg: een scenario heeft minstens een begin en een einde')
	)
});

export type ParsedScenario = v.InferOutput<typeof scenarioSchema>;
export type ParsedNode = v.InferOutput<typeof nodeSchema>;
