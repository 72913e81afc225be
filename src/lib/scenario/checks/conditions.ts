/**
 * Every condition (`if`, and an ending's `requires`) parses and names only `trust`, a dimension
 * of the scenario's rubric or one of its flags, and a node's choices are not all guarded by
 * conditions that can never hold.
 */
import { didYouMean } from '../../content/problems';
import { comparisonsIn, parseCondition, TRUST, type Condition } from '../condition';
import type { ScenarioOutline } from '../outline';
import type { Reporter } from '../report';
import { canEverHold, type Domain } from '../satisfiable';
import { TRUST_MAX, TRUST_MIN } from '../types';

type Path = (string | number)[];

export function checkConditions(outline: ScenarioOutline, report: Reporter): void {
	const flags = outline.flags.filter((name): name is string => name !== undefined);
	const names = outline.rubric && [TRUST, ...outline.rubric, ...flags];
	const read = (source: string, path: Path) => readCondition(source, path, names, report);
	const domainOf = (name: string): Domain =>
		flags.includes(name) ? FLAG_DOMAIN : name === TRUST ? TRUST_DOMAIN : ANY_TOTAL;

	for (const [id, node] of outline.nodes) {
		if (node.requires !== undefined) read(node.requires, ['nodes', id, 'requires']);
		node.rules?.forEach((rule, i) => {
			if (rule.if !== undefined) read(rule.if, ['nodes', id, 'next', i, 'if']);
		});
		const trees = node.choices?.map((choice, i) =>
			choice.if === undefined ? undefined : read(choice.if, ['nodes', id, 'choices', i, 'if'])
		);
		if (trees?.length && trees.every((tree) => tree !== undefined && !canEverHold(tree, domainOf))) {
			report.error(
				['nodes', id, 'choices'],
				'geen enkele keuze kan ooit worden aangeboden: elke keuze heeft een "if" die nooit waar kan zijn',
				`Trust blijft tussen ${TRUST_MIN} en ${TRUST_MAX}. Haal bij minstens één keuze de "if" weg, of maak de voorwaarde ruimer.`
			);
		}
	}
}

/**
 * The tree of a sound condition; undefined (after reporting) when it cannot be read or names
 * something unknown. `names` is undefined when the rubric itself could not be read: the names
 * cannot be judged then, and guessing would only add noise.
 */
function readCondition(
	source: string,
	path: Path,
	names: readonly string[] | undefined,
	report: Reporter
): Condition | undefined {
	const parsed = parseCondition(source);
	if (!parsed.ok) {
		const { message, position, hint } = parsed.error;
		report.error(path, `de voorwaarde "${source}" klopt niet bij teken ${position + 1}: ${message}`, hint);
		return undefined;
	}
	let sound = true;
	for (const { name } of comparisonsIn(parsed.tree)) {
		if (!names || names.includes(name)) continue;
		sound = false;
		report.error(
			path,
			`de voorwaarde "${source}" noemt "${name}": dat is geen trust, geen dimensie uit de rubric en geen vlag van dit scenario`,
			didYouMean(name, names, `Gebruik trust of een van: ${names.slice(1).join(', ')}.`)
		);
	}
	return sound ? parsed.tree : undefined;
}

/** Trust is clamped during play; a flag is 0 or 1; rubric totals are not clamped, so any integer may occur. */
const TRUST_DOMAIN: Domain = { min: TRUST_MIN, max: TRUST_MAX };
const FLAG_DOMAIN: Domain = { min: 0, max: 1 };
const ANY_TOTAL: Domain = { min: -Infinity, max: Infinity };
