/**
 * Search benchmark: index size, build time and query time, for the real course and for a
 * synthetic course 20 times larger made from it,
 * so we see how the figures grow before the content does.
 *
 *   node scripts/run-ts.js scripts/bench-search.ts [--root=DIR] [--rounds=N]
 *
 * --root   the project root to load `modules/` from (default: the current directory)
 * --rounds how many times every query is timed (default 20)
 */
import { gzipSync } from 'node:zlib';
import type { Course } from '$lib/content/types';
import { buildSearchIndex } from '$lib/search/build';
import { courseDocuments } from '$lib/search/documents';
import { createSearcher } from '$lib/search/query';
import { loadCourse } from '$lib/content/load';
import { option, percentile } from './lib/measure';

/** What learners and trainers type: questions, single terms, typos, and words half typed. */
const QUERIES = [
	'wat was STAIR ook alweer',
	'groepstherapie',
	'beloftes',
	'klok kijken',
	'emotionele verwaarlozing',
	'wat is emotionele mishandeling',
	'mishandeld',
	'verwaarloosd',
	'schematherapie',
	"schema's",
	'dissociatie',
	'dissocieren',
	'complexe ptss',
	'CPTSS',
	'exposure',
	'EMDR',
	'mindfulness',
	'depressie',
	'chronische depressie behandeling',
	'terugkerende depressie',
	'hoe vaak komt kindermishandeling voor',
	'risicofactoren',
	'beschermende factoren',
	'intergenerationele overdracht',
	'hechting',
	'vertrouwen',
	'eerlijk zijn over wat een behandeling kan',
	'geen klik',
	'doorverwijzen',
	'intakegesprek',
	'doorvragen',
	'regie bij de cliënt',
	'op je horloge kijken',
	'tien minuten voor tijd',
	'lotgenoten',
	'ervaringsdeskundigen',
	'aanbeveling 7c',
	'wat werkt niet',
	'groep of individueel',
	'zelfbeeld',
	'emotieregulatie',
	'veiligheid en vertrouwelijkheid',
	'schaamte',
	'posttraumatische groei',
	'werk en relaties',
	'wat kan ik doen als een cliënt gaat dissociëren tijdens de sessie',
	'hoe leg ik uit dat het niet aan de cliënt ligt',
	// typos
	'groepstherpie',
	'mishandleing',
	'schmea',
	'disociatie',
	'verwaarlozng',
	// typing, keystroke by keystroke
	'st',
	'ver',
	'verw',
	'verwaarl',
	'groepsth',
	'mishandeli',
	// nothing to search
	'wat is het',
	'de'
];

const GOALS = { gzipBytes: 150 * 1024, medianMs: 2, p95Ms: 10 };
const GROWTH = 20;

interface Figures {
	documents: number;
	rawBytes: number;
	gzipBytes: number;
	indexGzipBytes: number;
	storeGzipBytes: number;
	buildMs: number;
	loadMs: number;
	medianMs: number;
	p95Ms: number;
	maxMs: number;
}

/** Measures `course` when given (as `npm run bench` does), else loads the course at --root. */
export async function main(args: string[], given?: Course): Promise<number> {
	const root = option(args, 'root') ?? process.cwd();
	const rounds = Number(option(args, 'rounds') ?? 20);

	const course = given ?? (await loadCourse(root)).course;
	if (!course) {
		console.error(`De cursus in ${root}/modules heeft fouten; draai npm run validate.`);
		return 1;
	}
	const lessons = course.modules.reduce((n, module) => n + module.lessons.length, 0);
	console.log(`Bamboe search benchmark: ${QUERIES.length} queries × ${rounds} rounds\n`);
	console.log(`Course: ${course.modules.length} modules, ${lessons} lessons\n`);

	const base = measure(course, rounds);
	const large = measure(enlarge(course, GROWTH), rounds);
	printTable(base, large);
	printGoals(base);
	return 0;
}

function measure(course: Course, rounds: number): Figures {
	const documents = courseDocuments(course);
	let started = performance.now();
	const search = buildSearchIndex(documents);
	const buildMs = performance.now() - started;

	const json = JSON.stringify(search);
	started = performance.now();
	const searcher = createSearcher(JSON.parse(json));
	const loadMs = performance.now() - started;

	for (const query of QUERIES) searcher.search(query); // warm up the JIT and the word cache
	const times: number[] = [];
	for (let round = 0; round < rounds; round++) {
		for (const query of QUERIES) {
			started = performance.now();
			searcher.search(query);
			times.push(performance.now() - started);
		}
	}
	times.sort((a, b) => a - b);
	return {
		documents: documents.length,
		rawBytes: Buffer.byteLength(json),
		gzipBytes: gzipSize(json),
		indexGzipBytes: gzipSize(JSON.stringify(search.index)),
		storeGzipBytes: gzipSize(JSON.stringify({ labels: search.labels, docs: search.docs })),
		buildMs,
		loadMs,
		medianMs: percentile(times, 0.5),
		p95Ms: percentile(times, 0.95),
		maxMs: times.at(-1) ?? 0
	};
}

/** `times` copies of the course, every id made unique, as if the authors had written more. */
function enlarge(course: Course, times: number): Course {
	const copies = Array.from({ length: times }, (_, copy) => copy);
	const suffix = (copy: number) => (copy === 0 ? '' : `-${copy + 1}`);
	const titled = (title: string, copy: number) => (copy === 0 ? title : `${title} (${copy + 1})`);
	return {
		rubric: course.rubric,
		modules: copies.flatMap((copy) =>
			course.modules.map((module) => ({
				...module,
				id: module.id + suffix(copy),
				title: titled(module.title, copy),
				lessons: module.lessons.map((lesson) => ({
					...lesson,
					id: lesson.id + suffix(copy),
					title: titled(lesson.title, copy)
				})),
				scenarios: module.scenarios.map((scenario) => ({ ...scenario, id: scenario.id + suffix(copy) }))
			}))
		),
		glossary: copies.flatMap((copy) =>
			course.glossary.map((term) => ({ ...term, id: term.id + suffix(copy) }))
		)
	};
}

function printTable(base: Figures, large: Figures) {
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	const ms = (value: number) => `${value.toFixed(2)} ms`;
	const rows: [string, (f: Figures) => number, (value: number) => string][] = [
		['documents', (f) => f.documents, String],
		['search data, raw', (f) => f.rawBytes, kb],
		['search data, gzip', (f) => f.gzipBytes, kb],
		['  of which lunr index', (f) => f.indexGzipBytes, kb],
		['  of which document store', (f) => f.storeGzipBytes, kb],
		['build (courseDocuments excluded)', (f) => f.buildMs, ms],
		['load (JSON.parse + createSearcher)', (f) => f.loadMs, ms],
		['query median', (f) => f.medianMs, ms],
		['query p95', (f) => f.p95Ms, ms],
		['query max', (f) => f.maxMs, ms]
	];
	const line = (cells: string[]) =>
		console.log(cells[0]!.padEnd(36) + cells[1]!.padStart(14) + cells[2]!.padStart(16) + cells[3]!.padStart(10));
	line(['', 'course', `${GROWTH}× course`, 'growth']);
	for (const [name, pick, format] of rows) {
		const growth = pick(base) > 0 ? `×${(pick(large) / pick(base)).toFixed(1)}` : '';
		line([name, format(pick(base)), format(pick(large)), growth]);
	}
}

function printGoals(base: Figures) {
	const check = (ok: boolean, text: string) => console.log(`  ${ok ? 'ok  ' : 'MISS'} ${text}`);
	console.log('\nGoals for the course (the first column):');
	check(base.gzipBytes <= GOALS.gzipBytes, `search data ≤ 150 KB gzip: ${(base.gzipBytes / 1024).toFixed(1)} KB`);
	check(base.medianMs <= GOALS.medianMs, `query median ≤ ${GOALS.medianMs} ms: ${base.medianMs.toFixed(2)} ms`);
	check(base.p95Ms <= GOALS.p95Ms, `query p95 ≤ ${GOALS.p95Ms} ms: ${base.p95Ms.toFixed(2)} ms`);
}

function gzipSize(text: string): number {
	return gzipSync(text).length;
}
