/**
 * Test fixtures: the YAML scenarios in tests/fixtures/scenarios, read through Vite's glob
 * import (no file-system code in tests), parsed with the same `yaml` package the loader uses.
 */
import { parse } from 'yaml';
import { validateScenario, type ValidationResult } from '$lib/scenario/validate';
import type { ScenarioData } from '$lib/scenario/types';

const files = import.meta.glob('../../fixtures/scenarios/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** The eight dimensions of DESIGN.md, as in modules/rubric.yaml. */
export const RUBRIC_IDS = [
	'doorvragen',
	'tempo',
	'eerlijkheid',
	'regie',
	'menselijkheid',
	'veiligheid',
	'maatwerk',
	'respect'
] as const;

export function fixtureFile(name: string): string {
	return `tests/fixtures/scenarios/${name}.yaml`;
}

export function readFixture(name: string): unknown {
	const source = files[`../../fixtures/scenarios/${name}.yaml`];
	if (source === undefined) throw new Error(`fixture ${name}.yaml bestaat niet`);
	return parse(source);
}

export function validateFixture(name: string): ValidationResult {
	return validateScenario(readFixture(name), {
		file: fixtureFile(name),
		id: name,
		moduleId: 'test',
		rubricIds: RUBRIC_IDS
	});
}

/** A fixture that must be valid; fails loudly with its problems otherwise. */
export function validFixture(name: string): ScenarioData {
	const { scenario, problems } = validateFixture(name);
	if (!scenario) throw new Error(`${name}.yaml is niet geldig:\n${JSON.stringify(problems, null, 2)}`);
	return scenario;
}
