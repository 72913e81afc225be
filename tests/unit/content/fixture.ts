/**
 * A small, valid course written to a temporary folder, with per-test changes: each loader test
 * breaks one thing and asserts the exact message an author would see.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadCourse } from '$lib/content/load';
import { formatProblem } from '$lib/content/problems';

export const validFiles: Record<string, string> = {
	'modules/rubric.yaml': `dimensions:
  - id: doorvragen
    name: Doorvragen en checken
    good: Vraag door en check.
    recommendation: Durf ernaar te vragen.
    source: "aanbeveling 11 (§8)"
  - id: regie
    name: Regie bij de cliënt
    good: De cliënt kiest mee.
    recommendation: Vul het verhaal niet in.
    source: "aanbeveling 7e (§8)"
`,
	'modules/glossary.yaml': `terms:
  - term: Jeugdwet
    explanation: De wet over hulp aan kinderen.
    source: "§1.2"
  - term: verwaarlozing
    aliases: [verwaarloosd]
    explanation: Een kind krijgt niet wat het nodig heeft.
    source: "§2"
`,
	'modules/01-basis/module.md': `---
title: De basis
summary: Wat kindermishandeling is.
minutes: 20
goals:
  - Je kent de definitie.
---
Een korte inleiding.
`,
	'modules/01-basis/lessons/01-definitie.md': `---
title: De definitie
---
In de Jeugdwet staat een definitie (§1.2).

## Vormen

Een kind kan verwaarloosd worden (§2).

> Je weet niet dat het niet normaal is.
> — Interview 10

Bronnen: §1.2, §2.
`,
	'modules/01-basis/lessons/02-vervolg.md': `---
title: Vervolg
---
Meer over verwaarlozing (§2).

Bronnen: §2.
`,
	'modules/01-basis/quiz.yaml': `questions:
  - prompt: Waar staat de definitie?
    options: ["In de Jeugdwet", "In een folder"]
    answer: 0
    explanation: De Jeugdwet geeft de definitie.
    source: "§1.2"
`
};

/** Writes the valid course with changes (`null` deletes a file; bytes are written as they are) and loads it. */
export async function loadWith(changes: Record<string, string | Uint8Array | null> = {}) {
	const root = mkdtempSync(join(tmpdir(), 'bamboe-course-'));
	try {
		const files = { ...validFiles, ...changes };
		for (const [path, content] of Object.entries(files)) {
			if (content === null) continue;
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), content);
		}
		const result = await loadCourse(root);
		return { ...result, messages: result.problems.map(formatProblem) };
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

/** The changes that move every file of module `01-basis` to another folder name. */
export function moduleRenamed(folder: string): Record<string, string | null> {
	const paths = Object.keys(validFiles).filter((path) => path.startsWith('modules/01-basis/'));
	return Object.fromEntries([
		...paths.map((path) => [path.replace('01-basis', folder), validFiles[path]!]),
		...paths.map((path) => [path, null])
	]);
}
