/**
 * Where a draft goes in the course: an existing module's folder, or a new module's folder
 * (`07-eigen-casus`) made from a name the author types, and the scenario's file name.
 */
import { ID_PATTERN, NUMBERED, slugify } from '../content/slug';
import type { DraftTarget } from './check';

/** The target of a course scenario, from its path `modules/<folder>/scenarios/<file name>`. */
export function targetOfFile(file: string): DraftTarget {
	const [, folder = '', , fileName = ''] = file.split('/');
	return { folder, fileName };
}

/** A module folder's number and the module's id: `07-eigen-casus` is module 7, `eigen-casus`. */
export function folderParts(folder: string): { number: number; id: string } {
	const match = NUMBERED.exec(folder);
	return match ? { number: Number(match[1]), id: match[2]! } : { number: Infinity, id: folder };
}

/** The number a new module gets: one after the highest in the course. */
export function nextModuleNumber(modules: readonly { number: number }[]): number {
	return Math.max(0, ...modules.map((m) => m.number)) + 1;
}

/** `07-eigen-casus` for module 7 named "Eigen casus". */
export function newModuleFolder(number: number, name: string): string {
	return `${String(number).padStart(2, '0')}-${slugify(name)}`;
}

/** `eerste-gesprek.yaml` for "Eerste gesprek". */
export function scenarioFileName(name: string): string {
	return `${slugify(name)}.yaml`;
}

/** Why a new module's name cannot be used (in Dutch), or undefined when it can. */
export function moduleNameProblem(name: string, taken: readonly string[]): string | undefined {
	const id = slugify(name);
	if (!ID_PATTERN.test(id)) return 'Geef de module een naam met letters of cijfers.';
	if (taken.includes(id)) return `De naam "${id}" is al in gebruik in de cursus. Kies een andere naam.`;
	return undefined;
}
