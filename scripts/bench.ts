/**
 * `npm run bench`: build time; the bytes a first visit to each page type transfers (HTML + the
 * JS and CSS it loads, gzip), against the budget of 60 KB per page; the time to analyse every
 * path of every scenario (goal: the whole course in under 2 s); the search figures; and the
 * conversation-move analyser's scores on its held-out test set, speed and size.
 * Prints figures; it is a measurement, not a test. `--no-build` measures the existing build/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadCourse } from '../src/lib/content/load';
import { analyseAll } from '../src/lib/scenario/analyse';
import { main as benchMoves } from './bench-moves';
import { main as benchSearch } from './bench-search';

const BUDGET = 60 * 1024;
const BUILD = 'build';

export async function main(args: string[]): Promise<number> {
	const started = performance.now();
	if (!args.includes('--no-build')) execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
	const buildSeconds = (performance.now() - started) / 1000;

	const { course } = await loadCourse(process.cwd());
	if (!course) {
		console.error('De cursusinhoud heeft fouten; draai npm run validate.');
		return 1;
	}
	const module = course.modules.find((m) => m.quiz && m.scenarios.length) ?? course.modules[0]!;
	const pages: Record<string, string> = {
		home: '/',
		module: `/${module.id}/`,
		lesson: `/${module.id}/${module.lessons[0]!.id}/`,
		quiz: `/${module.id}/toets/`
	};
	// The heaviest lesson with figures: they are drawn into the page (SVG and a table), no script.
	const figureLessons = course.modules.flatMap((m) => m.lessons.filter((l) => l.figures > 0).map((l) => `/${m.id}/${l.id}/`));
	const heaviest = figureLessons.sort((a, b) => pageWeight(b).html - pageWeight(a).html)[0];
	if (heaviest) pages['les+figuur'] = heaviest;
	const scenario = course.modules.flatMap((m) => m.scenarios)[0];
	if (scenario) pages.scenario = `/${scenario.moduleId}/scenario/${scenario.id}/`;
	for (const path of ['/begrippen/', '/zoeken/', '/resultaten/']) {
		if (existsSync(join(BUILD, path, 'index.html'))) pages[path.replaceAll('/', '')] = path;
	}

	if (!args.includes('--no-build')) console.log(`Build (vite build, met prerender): ${buildSeconds.toFixed(1)} s`);
	console.log(`\nEerste bezoek per paginatype (gzip), budget ${kb(BUDGET)}:`);
	console.log('pagina        HTML      JS        CSS       totaal    ');
	let over = 0;
	for (const [name, path] of Object.entries(pages)) {
		const weight = pageWeight(path);
		const total = weight.html + weight.js + weight.css;
		if (total > BUDGET) over++;
		console.log(
			`${name.padEnd(12)}  ${kb(weight.html).padEnd(8)}  ${kb(weight.js).padEnd(8)}  ${kb(weight.css).padEnd(8)}  ${kb(total).padEnd(8)}  ${total > BUDGET ? 'boven budget' : 'binnen budget'}  ${path}`
		);
	}

	if (figureLessons.length) {
		console.log('\nFiguren in lessen (SVG en tabel in de HTML, stijl in de kop van die lessen, geen script):');
		console.log('les                                              pagina    waarvan figuren');
		for (const path of figureLessons.sort()) {
			const weight = pageWeight(path);
			console.log(`${path.padEnd(47)}  ${kb(weight.html + weight.js + weight.css).padEnd(8)}  ${kb(figureBytes(path))}`);
		}
	}

	benchWorkshop();
	benchScenarios(course.modules.flatMap((m) => m.scenarios));
	console.log('');
	await benchSearch(args.filter((a) => a.startsWith('--rounds=')), course);
	console.log('');
	const moves = await benchMoves(args.filter((a) => a.startsWith('--rounds=')));
	return over > 0 || moves !== 0 ? 1 : 0;
}

/** Analysis of every real path of every scenario, timed as a whole (median of 5 runs). */
function benchScenarios(scenarios: Parameters<typeof analyseAll>[0]) {
	const times: number[] = [];
	let figures = analyseAll(scenarios);
	for (let run = 0; run < 5; run++) {
		const started = performance.now();
		figures = analyseAll(scenarios);
		times.push(performance.now() - started);
	}
	const median = times.sort((a, b) => a - b)[2]!;
	console.log(`
Scenario-analyse (alle paden, condities toegepast), mediaan van 5 runs: ${(median / 1000).toFixed(2)} s (doel < 2 s)`);
	console.log('scenario                      nodes  toestanden  eindes  vast  volledig');
	for (const f of figures) {
		console.log(`${f.scenarioId.padEnd(28)}  ${String(f.nodes).padStart(5)}  ${String(f.statesExplored).padStart(10)}  ${String(f.endings).padStart(6)}  ${String(f.stuck).padStart(4)}  ${f.complete ? 'ja' : 'nee'}`);
	}
	console.log(`totaal: ${figures.reduce((n, f) => n + f.statesExplored, 0)} toestanden verkend`);
}

/**
 * The scenario workshop (/werkplaats/) has its own weight: its editor and check load only there,
 * so it is measured apart and not held to the pages' budget. Besides the first visit: the code
 * it loads afterwards (the editor, the player for a preview, the zip), found through the imports
 * of the files only this page loads, and the worker that runs the check.
 */
function benchWorkshop() {
	const path = '/werkplaats/';
	if (!existsSync(join(BUILD, path, 'index.html'))) return;
	const first = pageWeight(path);
	const shared = new Set(pageFiles('/'));
	const later = new Set<string>();
	const visit = (file: string) => {
		for (const match of readFileSync(file, 'utf8').matchAll(/(?:from\s*|import\s*\(\s*)["'`]([^"'`]+\.js)["'`]/g)) {
			const next = join(dirname(file), match[1]!);
			if (shared.has(next) || later.has(next) || !existsSync(next)) continue;
			later.add(next);
			visit(next);
		}
	};
	const own = pageFiles(path).filter((file) => !shared.has(file));
	own.forEach((file) => later.add(file));
	own.forEach(visit);
	own.forEach((file) => later.delete(file));
	const afterwards = [...later].filter((file) => !pageFiles(path).includes(file)).reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
	const workers = join(BUILD, '_app/immutable/workers');
	const worker = existsSync(workers) ? readdirSync(workers).reduce((sum, file) => sum + gzipSize(readFileSync(join(workers, file))), 0) : 0;
	const total = first.html + first.js + first.css;
	console.log(
		`\nScenariowerkplaats (eigen budget, laadt alleen op ${path}): eerste bezoek ${kb(total)} (HTML ${kb(first.html)}, JS ${kb(first.js)}, CSS ${kb(first.css)}); ` +
			`daarna editor, speler en zip ${kb(afterwards)}; controle (worker) ${kb(worker)}; samen ${kb(total + afterwards + worker)}`
	);
}

interface Weight {
	html: number;
	js: number;
	css: number;
}

/** The scripts and stylesheets a page loads up front (paths in build/). */
function pageFiles(path: string): string[] {
	const html = readFileSync(join(BUILD, path, 'index.html'), 'utf8');
	const files = new Set<string>();
	for (const match of html.matchAll(/<link[^>]+href="([^"]+)"[^>]*>|import\("([^"]+)"\)/g)) {
		const href = match[1] ?? match[2]!;
		if (!/\.(js|css)$/.test(href)) continue;
		const file = join(BUILD, new URL(href, `http://x${path}`).pathname);
		if (existsSync(file)) files.add(file);
	}
	return [...files];
}

/** Gzip sizes of a page's HTML and of every script and stylesheet it loads up front. */
function pageWeight(path: string): Weight {
	const weight: Weight = { html: gzipSize(readFileSync(join(BUILD, path, 'index.html'), 'utf8')), js: 0, css: 0 };
	for (const file of pageFiles(path)) {
		const size = gzipSize(readFileSync(file));
		if (file.endsWith('.css')) weight.css += size;
		else weight.js += size;
	}
	return weight;
}

/**
 * What a lesson's figures add to its HTML (gzip): the page as built, less the page without its
 * figures and their styles (both in the HTML and in the page data the browser takes over).
 */
function figureBytes(path: string): number {
	const html = readFileSync(join(BUILD, path, 'index.html'), 'utf8');
	const without = html
		// In the page data, "<" is written \u003C and quotes are escaped.
		.replace(/(?:<|\\u003C)figure class=\\?"fig fig-[\s\S]*?(?:<|\\u003C)\/figure>(?:\\n|\n)?/g, '')
		.replace(/<style>\.fig[\s\S]*?<\/style>/g, '')
		.replace(/figureStyles:"(?:[^"\\]|\\.)*"/g, '');
	return gzipSize(html) - gzipSize(without);
}

const gzipSize = (data: string | Buffer) => gzipSync(data).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
