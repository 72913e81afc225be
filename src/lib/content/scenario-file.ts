/**
 * One scenario file, from its name and its text to a validated scenario and its problems with
 * lines. The content loader reads every scenario of the course through these functions, and the
 * scenario workshop runs the very same ones in the browser on the text being edited, so an
 * author sees there exactly what `npm run validate` will say. No file system here.
 */
import { unknownSectionProblems } from './sections';
import type { KeyPath } from './problems';
import type { ScenarioDefinition, ScenarioOutcome } from '../scenario/types';
import { validateScenario, type ValidateOptions, type ValidationResult } from '../scenario/validate';
import { hasSpacedHyphen, spacedHyphenWarning } from './dashes';
import type { Problem } from './problems';
import { isObjectInternal, reservedNameMessage } from './reserved';
import { ID_PATTERN } from './slug';
import { parseYaml, withLines, type ParsedYaml } from './yaml';

/** What a file name in `scenarios/` says: the scenario's id and its place in the order. */
export type ScenarioFileName = { ok: true; id: string; order: number } | { ok: false; problem: Problem };

/** Reads `01-intake.yaml` or `intake.yaml` (in `file`, its path) as a scenario's order and id. */
export function readScenarioFileName(file: string, name: string, isDirectory = false): ScenarioFileName {
	const match = /^(?:(\d+)-)?([^.]+)\.yaml$/.exec(name);
	if (match && isObjectInternal(match[2]!)) {
		return { ok: false, problem: { file, message: reservedNameMessage(match[2]!, 'id'), hint: 'Kies een andere naam, zoals intakegesprek.yaml.', severity: 'error' } };
	}
	if (isDirectory || !match || !ID_PATTERN.test(match[2]!)) {
		return {
			ok: false,
			problem: {
				file,
				message: 'de naam van een scenariobestand is ook zijn id',
				hint: 'Gebruik kleine letters met streepjes en de extensie .yaml, zoals intakegesprek.yaml.',
				severity: 'error'
			}
		};
	}
	return { ok: true, id: match[2]!, order: Number(match[1] ?? Infinity) };
}

export interface CheckedScenarioFile extends ValidationResult {
	/** The parsed text, for looking up the line of any key path. */
	yaml: ParsedYaml;
}

/**
 * Parses and validates the text of one scenario file. Every problem carries its line where the
 * text has one; a text that cannot be read as YAML at all is reported and not validated.
 */
export function checkScenarioText(source: string, options: ValidateOptions): CheckedScenarioFile {
	const yaml = parseYaml(source, options.file);
	if (yaml.value === undefined) return { problems: yaml.problems, yaml };
	const result = validateScenario(yaml.value, options);
	const wording = result.scenario ? wordingProblems(result.scenario, options.file) : [];
	return { ...result, problems: [...yaml.problems, ...withLines([...result.problems, ...wording], yaml)], yaml };
}

/**
 * What the course checks in the words of every content file, here for a scenario: a title with
 * a spaced hyphen, and feedback or a source that names a § the report does not have (it links
 * there, so it would lead nowhere).
 */
function wordingProblems(scenario: ScenarioDefinition, file: string): Problem[] {
	const problems: Problem[] = [];
	if (hasSpacedHyphen(scenario.title)) problems.push(spacedHyphenWarning(file, { path: ['title'] }));
	const outcomes: { path: KeyPath; outcome: ScenarioOutcome }[] = Object.entries(scenario.nodes).flatMap(([nodeId, node]) => [
		...(node.choices ?? []).map((outcome, i) => ({ path: ['nodes', nodeId, 'choices', i], outcome })),
		...(node.respond?.rules ?? []).map((outcome, i) => ({ path: ['nodes', nodeId, 'respond', 'rules', i], outcome }))
	]);
	for (const { path, outcome } of outcomes) {
		for (const key of ['feedback', 'source'] as const) {
			problems.push(...unknownSectionProblems(outcome[key], file, { path: [...path, key] }));
		}
	}
	return problems;
}

/** A scenario's id and the file it is in, for the check that ids are unique in the course. */
export interface ScenarioFileId {
	id: string;
	file: string;
}

/**
 * Every scenario whose id an earlier one (in course order) already has: the id is the name
 * learners' progress is kept under, so two files may not share it.
 */
export function duplicateScenarioIds(scenarios: readonly ScenarioFileId[]): Problem[] {
	const seen = new Map<string, string>();
	const problems: Problem[] = [];
	for (const scenario of scenarios) {
		const other = seen.get(scenario.id);
		if (other) {
			problems.push({
				file: scenario.file,
				message: `er is al een scenario met de id "${scenario.id}" (${other})`,
				hint: 'Geef het bestand een andere naam: de naam is de id.',
				severity: 'error'
			});
		}
		seen.set(scenario.id, scenario.file);
	}
	return problems;
}
