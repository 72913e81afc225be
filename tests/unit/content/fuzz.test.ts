/**
 * Fuzz test of the content validator (`loadCourse`, behind `npm run validate` and the build):
 * copies of the real course in modules/ are mutated (see `mutations.ts`), and for every mutation
 * the loader must finish within a time bound and either accept the course or report problems
 * that each name a file of it (and a line inside it, where one is given); it never throws.
 * Where a mutation must be refused at a known place (a hostile link, a bad byte, an alias bomb),
 * the error must be reported there.
 *
 * Seeded, so every run tries the same cases. A short run in `npm test`; a long one with
 * FUZZ_RUNS=5000 (and another FUZZ_SEED) npx vitest run tests/unit/content/fuzz.test.ts
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTHOR_NOTES, loadCourse } from '$lib/content/load';
import type { Problem } from '$lib/content/problems';
import { KINDS, mutate, type Files, type Mutation } from './mutations';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_130);
/**
 * Per case: what this catches is a hang. The slowest cases that do finish (a scenario explored up
 * to the 20,000-state bound) take a few seconds on an idle machine and several times that on a
 * busy one; the real course loads in well under a second.
 */
const TIME_BOUND_MS = Number(process.env.FUZZ_TIME_BOUND_MS ?? 60_000);

interface Outcome {
	ok: boolean;
	accepted?: boolean;
	problems?: Problem[];
	error?: string;
}

/** A valid course per module: the top-level files and that module, glossary cut to its terms. */
let bases: { files: Files; targets: string[]; scenarios: string[] }[] = [];
let worker: Worker;
let nextId = 0;

beforeAll(async () => {
	const all = readTree('modules');
	const folders = [...new Set([...all.keys()].map((path) => path.split('/')[1]!).filter((name) => /^\d/.test(name)))].sort();
	bases = await Promise.all(folders.map((folder) => validBase(all, folder)));
	worker = new Worker(resolve('tests/unit/content/fuzz-worker.js'), { workerData: { root: process.cwd() } });
	await new Promise((ready) => worker.once('message', ready));
});

afterAll(async () => {
	await worker?.terminate();
});

describe('loadCourse under mutated content', () => {
	it(`finishes, never throws, and reports problems with file and line (${RUNS} cases, seed ${SEED})`, async () => {
		const mutation = fc.record({
			module: fc.nat(),
			kind: fc.constantFrom(...KINDS),
			target: fc.nat(),
			picks: fc.array(fc.nat({ max: 1_000_000 }), { minLength: 3, maxLength: 3 }),
			text: fc.string({ unit: 'binary', maxLength: 12 })
		});
		await fc.assert(
			fc.asyncProperty(mutation, async ({ module, ...change }) => {
				const base = bases[module % bases.length]!;
				// A scenario mutation brings only that scenario; others none (they are checked alone).
				const scenario = change.kind === 'graph' || change.kind === 'condition' ? base.scenarios[change.target % Math.max(1, base.scenarios.length)] : undefined;
				const targets = scenario && (change.kind === 'graph' || change.kind === 'condition') ? [scenario] : [...base.targets, ...base.scenarios];
				const target = targets[change.target % targets.length]!;
				const files = new Map([...base.files].filter(([path]) => !path.includes('/scenarios/') || path === target));
				const mutated = mutate(files, [target], change as Mutation);
				const outcome = await loadInWorker(mutated.files);
				checkOutcome(outcome, mutated.files, mutated.description, mutated.expectError);
			}),
			{ seed: SEED, numRuns: RUNS, endOnFailure: !process.env.FUZZ_SHRINK }
		);
	}, Math.max(900_000, RUNS * 5_000));
});

/** Long texts (a mutation may insert 100,000 characters) cut short for a readable failure. */
const short = (text: string | undefined) => (text && text.length > 600 ? `${text.slice(0, 600)}…` : text);

/** What every outcome must be: finished, no exception, accepted or problems with file and line. */
function checkOutcome(outcome: Outcome, files: Files, fullDescription: string, expectError?: { file: string; line?: number }) {
	const description = short(fullDescription)!;
	expect(outcome.ok, `${description}\n${short(outcome.error)}`).toBe(true);
	const problems = outcome.problems!;
	const errors = problems.filter((p) => p.severity === 'error');
	expect(outcome.accepted, `${description}: accepted with errors, or refused without`).toBe(errors.length === 0);
	const paths = [...files.keys()];
	for (const problem of problems) {
		const where = `${description}\n${short(JSON.stringify(problem))}`;
		expect(problem.message.trim(), where).not.toBe('');
		expect(['error', 'warning'], where).toContain(problem.severity);
		// A file of the course, or a folder that holds some.
		expect(problem.file === 'modules' || paths.some((path) => path === problem.file || path.startsWith(`${problem.file}/`)), where).toBe(true);
		if (problem.line === undefined) continue;
		const content = files.get(problem.file);
		const lines = typeof content === 'string' ? content.split('\n').length : content ? new TextDecoder().decode(content).split('\n').length : 0;
		expect(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lines, `${where}: line outside the file (${lines} lines)`).toBe(true);
	}
	if (expectError) {
		const found = errors.some((p) => p.file === expectError.file && (expectError.line === undefined || p.line === expectError.line));
		expect(found, `${description}: expected an error at ${expectError.file}:${expectError.line ?? ''}, got\n${problems.map((p) => short(`${p.file}:${p.line} ${p.message}`)).join('\n')}`).toBe(true);
	}
}

/** Writes the files to a fresh folder and loads them in the worker, within the time bound. */
async function loadInWorker(files: Files): Promise<Outcome> {
	const root = mkdtempSync(join(tmpdir(), 'bamboe-fuzz-'));
	try {
		writeTree(root, files);
		const id = nextId++;
		return await new Promise<Outcome>((resolvePromise, reject) => {
			const timer = setTimeout(() => {
				worker.off('message', listen);
				reject(new Error(`loadCourse did not finish within ${TIME_BOUND_MS} ms`));
			}, TIME_BOUND_MS);
			const listen = (message: Outcome & { id: number }) => {
				if (message.id !== id) return;
				clearTimeout(timer);
				worker.off('message', listen);
				resolvePromise(message);
			};
			worker.on('message', listen);
			worker.postMessage({ id, dir: root });
		});
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

/** The top-level files plus one module, with the glossary cut to the terms its lessons use. */
async function validBase(all: Files, folder: string) {
	const files: Files = new Map([...all].filter(([path]) => !/^modules\/\d/.test(path) || path.startsWith(`modules/${folder}/`)));
	const unused = (await loadFiles(files)).problems
		.filter((p) => p.message === 'dit begrip komt in geen enkele les voor')
		.map((p) => /begrip "(.+)"/.exec(p.place ?? '')?.[1]);
	const glossary = parseDocument(files.get('modules/glossary.yaml') as string);
	const terms = glossary.get('terms') as { items: { get(key: string): unknown }[] };
	terms.items = terms.items.filter((item) => !unused.includes(String(item.get('term'))));
	files.set('modules/glossary.yaml', String(glossary));
	const { problems } = await loadFiles(files);
	const errors = problems.filter((p) => p.severity === 'error');
	if (errors.length) throw new Error(`de basis voor ${folder} is niet geldig:\n${errors.map((p) => `${p.file}:${p.line} ${p.message}`).join('\n')}`);
	const paths = [...files.keys()];
	return {
		files,
		// Notes for authors are not content: nothing in them reaches learners.
		targets: paths.filter((path) => !path.includes('/scenarios/') && !AUTHOR_NOTES.some((note) => path === `modules/${note}`)),
		scenarios: paths.filter((path) => path.includes('/scenarios/'))
	};
}

async function loadFiles(files: Files) {
	const root = mkdtempSync(join(tmpdir(), 'bamboe-fuzz-base-'));
	try {
		writeTree(root, files);
		return await loadCourse(root);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

function readTree(dir: string, files: Files = new Map()): Files {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = `${dir}/${entry.name}`;
		if (entry.isDirectory()) readTree(path, files);
		else files.set(path, readFileSync(path, 'utf8'));
	}
	return files;
}

function writeTree(root: string, files: Files) {
	for (const [path, content] of files) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
}
