/**
 * Property test of importing a progress file: whatever the file (random JSON, a real export with
 * any part replaced by odd values, numbers that don't round-trip, names plain objects already
 * "have"), the import either refuses it with a message or adds to what is there, and afterwards
 * the stored progress still reads back as ours, with everything that was there before.
 *
 * Seeded, so every run tries the same cases; a long run with
 * FUZZ_RUNS=5000 FUZZ_SEED=7 npx vitest run tests/unit/progress/import-fuzz.test.ts
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitToCourse } from '$lib/progress/course-fit';
import { attemptIdentity, mergeProgress } from '$lib/progress/merge';
import { recordQuizAnswer } from '$lib/progress/quiz';
import { saveReflection } from '$lib/progress/reflections';
import { readProgressFully } from '$lib/progress/rescue';
import { saveRun } from '$lib/progress/runs';
import { emptyProgress, PROGRESS_KEY, type Progress } from '$lib/progress/schema';
import { writeProgress } from '$lib/progress/storage';
import { createExport, parseImport } from '$lib/progress/transfer';
import { markLessonRead, markLessonSkipped, recordAttempt } from '$lib/progress/update';
import { memoryStore } from '../fake-store';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_130);

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 9, 30, 15));
const bounds = { intake: { best: { doorvragen: 6, regie: 4 }, worst: { doorvragen: -4, regie: -3 } } };

function attempt(n: number, totals: Record<string, number>) {
	return {
		scenarioId: 'intake',
		moduleId: 'relatie',
		finishedAt: day(n).toISOString(),
		endNode: 'einde',
		path: [{ nodeId: 'opening', choiceIndex: 1, label: 'Hoi', feedback: 'Goed', source: '§6', score: { doorvragen: 2 }, trustChange: 1 }],
		totals,
		shares: { doorvragen: 0.5, regie: 0.25 }
	};
}

/** What the learner has on this device before the import. */
function existing(): Progress {
	let p = markLessonRead(emptyProgress(), 'basis', 'definitie', day(1));
	p = markLessonSkipped(p, 'basis', 'vormen', day(2));
	p = recordQuizAnswer(p, 'basis', 10, 0, [1], true, day(3));
	p = recordQuizAnswer(p, 'basis', 10, 1, [0], false, day(3));
	p = recordAttempt(p, attempt(4, { doorvragen: 3, regie: 1 }));
	p = saveRun(p, 'tijd', { steps: [{ nodeId: 'opening', choiceIndex: 0 }], at: 'klok' }, day(5));
	return saveReflection(p, 'intake', 'opening', 'Mijn eigen notitie.', day(6));
}

/** A real export with more in it, as a plain JSON value to be damaged. */
function validFile(): Record<string, unknown> {
	let p = markLessonRead(emptyProgress(), 'basis', 'hoe-vaak', day(7));
	p = recordQuizAnswer(p, 'basis', 10, 2, [3], true, day(8));
	p = recordAttempt(p, attempt(9, { doorvragen: 6, regie: 4 }));
	p = saveReflection(p, 'tijd', 'klok', 'Notitie uit het bestand.', day(9));
	return JSON.parse(JSON.stringify(createExport(p, day(10))));
}

const oddValue = fc.oneof(
	fc.constantFrom(null, true, false, '', 'constructor', '__proto__', -1, 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER, '2026-01-01T00:00:00 +01:00', [], {}),
	fc.string({ maxLength: 20 }),
	fc.integer(),
	fc.double(),
	fc.jsonValue({ maxDepth: 3 })
);

/** A path into the valid file (keys and indexes), to replace what is there. */
function pathsIn(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	if (typeof value !== 'object' || value === null) return [prefix];
	const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
	return [prefix, ...entries.flatMap(([key, v]) => pathsIn(v, [...prefix, key]))];
}

function replaceAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
	if (path.length === 0) return replacement;
	const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
	const [head, ...rest] = path;
	copy[head!] = replaceAt(copy[head!], rest, replacement);
	return copy;
}

const FILE_PATHS = pathsIn(validFile());

/** Text of a file to import: random JSON, a damaged export, or numbers JSON can't keep. */
const importedText = fc.oneof(
	fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
	fc.record({ path: fc.constantFrom(...FILE_PATHS), value: oddValue }).map(({ path, value }) => JSON.stringify(replaceAt(validFile(), path, value))),
	fc.record({ path: fc.constantFrom(...FILE_PATHS.filter((p) => p.length > 2)), digits: fc.constantFrom('1e999', '-1e999', '1e400') }).map(({ path, digits }) =>
		// A number no JSON reader keeps (it becomes Infinity), put in by hand.
		JSON.stringify(replaceAt(validFile(), path, '@@NUMBER@@')).replace('"@@NUMBER@@"', digits)
	),
	fc.string({ maxLength: 200 })
);

describe('importing any file', () => {
	it(`never loses what was stored, and stored progress still reads afterwards (${RUNS} cases, seed ${SEED})`, () => {
		fc.assert(
			fc.property(importedText, (text) => {
				const before = existing();
				const store = memoryStore({ [PROGRESS_KEY]: JSON.stringify(before) });
				const check = parseImport(text);
				if (check.ok) {
					// What the results page does on "Ja, voeg toe".
					const fitted = fitToCourse(check.progress, bounds).progress;
					writeProgress(store, mergeProgress(before, fitted).progress);
				} else {
					expect(check.message).toMatch(/Er is niets veranderd\.$/);
				}
				const after = readProgressFully(store);
				expect(after.status).toBe('ok');
				const now = after.progress;
				for (const key of Object.keys(before.lessons)) expect(Object.hasOwn(now.lessons, key)).toBe(true);
				for (const key of Object.keys(before.skippedLessons)) expect(Object.hasOwn(now.skippedLessons, key)).toBe(true);
				for (const [question, answer] of Object.entries(before.quizzes.basis!.answers)) expect(now.quizzes.basis!.answers[question]).toEqual(answer);
				const identities = new Set((now.scenarios.intake ?? []).map(attemptIdentity));
				for (const a of before.scenarios.intake!) expect(identities.has(attemptIdentity(a))).toBe(true);
				expect(now.inProgress.tijd).toEqual(before.inProgress.tijd);
				expect(now.reflections.intake).toEqual(before.reflections.intake);
				// Every number that got in is one JSON keeps as itself.
				expect(JSON.parse(JSON.stringify(now))).toEqual(now);
			}),
			{ numRuns: RUNS, seed: SEED }
		);
	});
});
