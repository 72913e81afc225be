/**
 * Validates one scenario file and turns it into `ScenarioData`, reporting every problem in one
 * pass. The checks run in layers, each on what the layer before could establish:
 *
 *   1. the shape (keys, types, ranges), by the schema;
 *   2. on a lenient reading of the same data (`outline.ts`), so shape problems hide nothing:
 *      references, rubric, flags, conditions, node rules, free-reply rules, and the graph with
 *      conditions ignored;
 *   3. real paths, conditions applied, by playing the machine, each arrival at an ending
 *      checked against its `requires`. That needs a scenario without errors, since only such
 *      a scenario can be turned into a machine.
 */
import { check, describe } from '../content/schema';
import type { Problem } from '../content/problems';
import { analyseScenario, DEFAULT_LIMITS, type ScenarioAnalysis } from './analyse';
import { checkConditions } from './checks/conditions';
import { checkFlags } from './checks/flags';
import { checkGraph } from './checks/graph';
import { checkNodes } from './checks/nodes';
import { checkPaths } from './checks/paths';
import { checkReferences } from './checks/references';
import { checkRespond } from './checks/respond';
import { checkRubric } from './checks/rubric';
import { outlineOf } from './outline';
import { createReporter } from './report';
import { scenarioSchema, type ParsedNode, type ParsedScenario } from './schema';
import type { ReplyRule, ScenarioData, ScenarioDefinition, ScenarioNode } from './types';
export interface ValidateOptions {
	/** Path relative to the project root, used in every problem. */
	file: string;
	/** The scenario's id (its file name). */
	id: string;
	moduleId: string;
	/** The dimension ids of `modules/rubric.yaml`. */
	rubricIds: readonly string[];
}

/**
 * Most nodes in one scenario. The course's scenarios have 15 to 20; the checks on references and
 * the graph grow with the square of the node count, so a bound keeps validation quick whatever
 * a file holds, and a conversation this long is better split for learners too.
 */
export const SCENARIO_NODE_LIMIT = 300;

export interface ValidationResult {
	/** Present when there are no errors (warnings may remain). */
	scenario?: ScenarioData;
	problems: Problem[];
	/**
	 * The scenario as the machine plays it, and what playing every real path found: present
	 * when the file got as far as that (shape and references right), even when the paths have
	 * errors, so a map of the scenario can show where they are.
	 */
	played?: { definition: ScenarioDefinition; analysis: ScenarioAnalysis };
}

export function validateScenario(raw: unknown, options: ValidateOptions): ValidationResult {
	const report = createReporter(options.file);
	const outline = outlineOf(raw);
	if (!outline) {
		// Said once, plainly: the schema would list every missing key of an empty scenario.
		report.error([], `verwacht een scenario met sleutels zoals title, start en nodes, gevonden ${describe(raw)}`);
		return { problems: report.problems };
	}
	if (outline.nodeIds.length > SCENARIO_NODE_LIMIT) {
		report.error(
			['nodes'],
			`dit scenario heeft ${outline.nodeIds.length} nodes; de grens is ${SCENARIO_NODE_LIMIT}`,
			"Splits het gesprek in kleinere scenario's: die zijn ook voor deelnemers beter te overzien."
		);
		return { problems: report.problems };
	}
	const parsed = check(scenarioSchema, raw, options.file);
	if (!parsed.ok) report.add(parsed.problems);

	checkReferences(outline, report);
	checkRubric(outline, options.rubricIds, report);
	checkFlags(outline, options.rubricIds, report);
	checkConditions(outline, report);
	checkNodes(outline, report);
	checkRespond(outline, report);
	checkGraph(outline, report);
	if (!parsed.ok || report.hasErrors()) return { problems: report.problems };

	const definition = toDefinition(parsed.value, options);
	const analysis = analyseScenario(definition, DEFAULT_LIMITS);
	checkPaths(definition, analysis, DEFAULT_LIMITS, report);
	const played = { definition, analysis };
	if (report.hasErrors()) return { problems: report.problems, played };

	return { scenario: { ...definition, best: analysis.best, worst: analysis.worst, decisions: analysis.decisions }, problems: report.problems, played };
}

function toDefinition(parsed: ParsedScenario, options: ValidateOptions): ScenarioDefinition {
	const { nodes, ...fields } = parsed;
	const nodeOrder = Object.keys(nodes);
	return {
		...withoutUndefined(fields),
		id: options.id,
		moduleId: options.moduleId,
		file: options.file,
		nodes: Object.fromEntries(nodeOrder.map((id) => [id, toNode(id, nodes[id]!)])),
		nodeOrder
	};
}

function toNode(id: string, node: ParsedNode): ScenarioNode {
	const { respond } = node;
	return withoutUndefined({
		id,
		...node,
		choices: node.choices?.map(withoutUndefined),
		// Move ids are checked against MOVE_IDS by `checkRespond` before any node is made.
		respond: respond && { ...respond, rules: respond.rules.map((rule) => withoutUndefined(rule as ReplyRule)) },
		next: node.next?.map(withoutUndefined)
	});
}

/**
 * Drops keys whose value is undefined: the data goes to pages as JSON, where an absent key and
 * an undefined one should not differ, and tests compare it with `toEqual`.
 */
function withoutUndefined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
