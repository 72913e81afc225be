/**
 * `npm run bench`: build time; the bytes and requests a first visit to each page type needs
 * (HTML + the JS and CSS it loads, gzip), against their budgets; the time to analyse every path
 * of every scenario; the search figures; the conversation-move analyser's scores on its held-out
 * test set, speed and size; and Lighthouse on every page type next to a bare SvelteKit page.
 * Prints figures; it is a measurement, not a test. `--no-build` measures the existing build/,
 * `--no-lighthouse` skips the (slow) Lighthouse runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCourse } from '../src/lib/content/load';
import { analyseAll } from '../src/lib/scenario/analyse';
import { main as benchLighthouse } from './bench-lighthouse';
import { main as benchMoves } from './bench-moves';
import { main as benchSearch } from './bench-search';
import { printPageWeights } from './budgets';
import { builtImports } from '../src/lib/server/static-imports';
import { BUILD, figureBytes, figureLessons, gzipSize, kb, pageWeight } from './lib/page-weight';

export async function main(args: string[]): Promise<number> {
	const started = performance.now();
	if (!args.includes('--no-build')) execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
	const buildSeconds = (performance.now() - started) / 1000;

	const { course } = await loadCourse(process.cwd());
	if (!course) {
		console.error('De cursusinhoud heeft fouten; draai npm run validate.');
		return 1;
	}

	if (!args.includes('--no-build')) console.log(`Build (vite build, met prerender): ${buildSeconds.toFixed(1)} s`);
	const over = printPageWeights(course);

	const withFigures = figureLessons(course);
	if (withFigures.length) {
		console.log('\nFiguren in lessen (SVG en tabel in de HTML, stijl in de kop van die lessen, geen script):');
		console.log('les                                              pagina    waarvan figuren');
		for (const path of withFigures.sort()) {
			console.log(`${path.padEnd(47)}  ${kb(pageWeight(path).total).padEnd(8)}  ${kb(figureBytes(path))}`);
		}
	}

	benchWorkshop();
	benchScenarios(course.modules.flatMap((m) => m.scenarios));
	console.log('');
	await benchSearch(args.filter((a) => a.startsWith('--rounds=')), course);
	console.log('');
	const moves = await benchMoves(args.filter((a) => a.startsWith('--rounds=')));
	const lighthouseMissed = args.includes('--no-lighthouse') ? 0 : await benchLighthouse(['--no-build']);
	return over > 0 || moves !== 0 || lighthouseMissed ? 1 : 0;
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
Scenario-analyse (alle paden, condities toegepast), mediaan van 5 runs: ${(median / 1000).toFixed(2)} s (doel ≤ 1 s)`);
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
	const firstFiles = new Set(first.files.map(({ file }) => file));
	const shared = new Set(pageWeight('/').files.map(({ file }) => file));
	// What the page's own files import, now or later, that neither it nor every page loads first.
	const later = new Set<string>();
	const visit = (file: string) => {
		for (const next of builtImports(file, { dynamic: true })) {
			if (shared.has(next) || firstFiles.has(next) || later.has(next) || !existsSync(next)) continue;
			later.add(next);
			visit(next);
		}
	};
	[...firstFiles].filter((file) => !shared.has(file)).forEach(visit);
	const afterwards = [...later].reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
	const workers = join(BUILD, '_app/immutable/workers');
	const worker = existsSync(workers) ? readdirSync(workers).reduce((sum, file) => sum + gzipSize(readFileSync(join(workers, file))), 0) : 0;
	console.log(
		`\nScenariowerkplaats (eigen budget, laadt alleen op ${path}): eerste bezoek ${kb(first.total)} (HTML ${kb(first.html)}, JS ${kb(first.js)}, CSS ${kb(first.css)}); ` +
			`daarna editor, speler en zip ${kb(afterwards)}; controle (worker) ${kb(worker)}; samen ${kb(first.total + afterwards + worker)}`
	);
}
