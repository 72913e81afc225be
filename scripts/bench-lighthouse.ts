/**
 * Lighthouse (mobile profile, simulated throttling, as Lighthouse reports by default) on every
 * page type of the built course, served with on-the-fly gzip as a real host would, next to a
 * bare SvelteKit page built in the same run as the reference. Median of 3 runs per page. Prints
 * score, FCP, LCP, TBT, bytes and requests, and the ratio to the reference.
 *
 * A measurement, not a test: timings depend on the machine. Run by `npm run bench` (skip it
 * there with `--no-lighthouse`), or alone: `node scripts/run-ts.js scripts/bench-lighthouse.ts`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { loadCourse } from '../src/lib/content/load';
import { pageTypes } from './lib/page-weight';
import { serveGzip } from './lib/serve-gzip';

const RUNS = 3;
const SITE_PORT = 4380;
const REFERENCE_PORT = 4381;
const REFERENCE_DIR = '.bench/reference';

/** The goals the course holds itself to (issue: first paint like a bare page). */
export const GOALS = { score: 0.98, lcpMs: 1200 };

interface Figures {
	score: number;
	fcp: number;
	lcp: number;
	tbt: number;
	bytes: number;
	requests: number;
}

export async function main(args: string[]): Promise<number> {
	const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
	if (!existsSync(chromePath)) {
		console.error(`Lighthouse overgeslagen: geen Chromium op ${chromePath} (zet CHROME_PATH).`);
		return 1;
	}
	if (!args.includes('--no-build')) execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
	buildReference();
	const { course } = await loadCourse(process.cwd());
	if (!course) return 1;

	const site = await serveGzip('build', SITE_PORT);
	const reference = await serveGzip(join(REFERENCE_DIR, 'build'), REFERENCE_PORT);
	try {
		const referenceFigures = await measure(chromePath, `http://127.0.0.1:${REFERENCE_PORT}/`);
		console.log(`\nLighthouse ${lighthouseVersion()} (mobiel, gesimuleerde vertraging, gzip), mediaan van ${RUNS} runs:`);
		console.log('pagina       score   FCP       LCP       TBT      bytes      verzoeken  LCP/ref  bytes/ref');
		print('referentie', referenceFigures);
		let missed = 0;
		for (const [name, path] of Object.entries(pageTypes(course))) {
			const figures = await measure(chromePath, `http://127.0.0.1:${SITE_PORT}${path}`);
			const ok = figures.score >= GOALS.score && figures.lcp <= GOALS.lcpMs;
			if (!ok) missed++;
			print(name, figures, referenceFigures, ok);
		}
		console.log(`Doel: score ≥ ${GOALS.score} en LCP ≤ ${(GOALS.lcpMs / 1000).toFixed(1)} s per paginatype; ${missed ? `${missed} paginatype(s) halen het niet` : 'alle paginatypes halen het'}.`);
		return missed ? 1 : 0;
	} finally {
		site.close();
		reference.close();
	}
}

/** A bare SvelteKit page (one heading, one paragraph), built with the same packages as the course. */
function buildReference() {
	rmSync(REFERENCE_DIR, { recursive: true, force: true });
	mkdirSync(join(REFERENCE_DIR, 'src/routes'), { recursive: true });
	writeFileSync(
		join(REFERENCE_DIR, 'svelte.config.js'),
		`import adapter from '@sveltejs/adapter-static';\nexport default { kit: { adapter: adapter() } };\n`
	);
	writeFileSync(
		join(REFERENCE_DIR, 'vite.config.js'),
		`import { sveltekit } from '@sveltejs/kit/vite';\nexport default { plugins: [sveltekit()] };\n`
	);
	writeFileSync(
		join(REFERENCE_DIR, 'src/app.html'),
		`<!doctype html>\n<html lang="nl"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><link rel="icon" href="data:," />%sveltekit.head%</head><body><div style="display: contents">%sveltekit.body%</div></body></html>\n`
	);
	writeFileSync(join(REFERENCE_DIR, 'src/routes/+layout.js'), 'export const prerender = true;\n');
	writeFileSync(
		join(REFERENCE_DIR, 'src/routes/+page.svelte'),
		`<svelte:head><title>Referentie</title><meta name="description" content="Een kale SvelteKit-pagina" /></svelte:head>\n<h1>Een kale pagina</h1>\n<p>Een alinea tekst, als maat voor hoe snel een pagina met alleen tekst kan verschijnen.</p>\n`
	);
	execFileSync(resolve('node_modules/.bin/vite'), ['build'], { cwd: REFERENCE_DIR, stdio: 'ignore' });
}

/** The median per figure of a few Lighthouse runs, each in a fresh browser profile. */
async function measure(chromePath: string, url: string): Promise<Figures> {
	const runs: Figures[] = [];
	for (let i = 0; i < RUNS; i++) runs.push(await once(chromePath, url));
	const median = (pick: (f: Figures) => number) => runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
	return {
		score: median((f) => f.score),
		fcp: median((f) => f.fcp),
		lcp: median((f) => f.lcp),
		tbt: median((f) => f.tbt),
		bytes: median((f) => f.bytes),
		requests: median((f) => f.requests)
	};
}

async function once(chromePath: string, url: string): Promise<Figures> {
	const profile = mkdtempSync(join(tmpdir(), 'bamboe-lh-'));
	const { chrome, port } = await launch(chromePath, profile);
	try {
		const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
		if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${url}`);
		const { audits, categories } = result.lhr;
		const requests = (audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items?.length ?? 0;
		return {
			score: categories.performance?.score ?? 0,
			fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
			lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
			tbt: audits['total-blocking-time']?.numericValue ?? NaN,
			bytes: audits['total-byte-weight']?.numericValue ?? NaN,
			requests
		};
	} finally {
		// The profile can go only once Chromium has stopped writing to it.
		await new Promise((done) => {
			chrome.once('exit', done);
			chrome.kill();
		});
		rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
	}
}

/** Debian's Chromium, headless, with a debugging port for Lighthouse to drive. */
function launch(chromePath: string, profile: string): Promise<{ chrome: ChildProcess; port: number }> {
	const chrome = spawn(chromePath, [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-dev-shm-usage',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--remote-debugging-port=0',
		`--user-data-dir=${profile}`,
		'about:blank'
	]);
	return new Promise((done, fail) => {
		let output = '';
		chrome.stderr!.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const port = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1];
			if (port) done({ chrome, port: Number(port) });
		});
		chrome.once('exit', (code) => fail(new Error(`Chromium stopte (code ${code}): ${output.slice(-500)}`)));
	});
}

function print(name: string, f: Figures, reference?: Figures, ok?: boolean) {
	const ms = (v: number) => `${(v / 1000).toFixed(2)} s`;
	const ratio = (a: number, b: number | undefined) => (b ? `×${(a / b).toFixed(2)}` : '');
	console.log(
		[
			name.padEnd(11),
			f.score.toFixed(2).padEnd(6),
			ms(f.fcp).padEnd(8),
			ms(f.lcp).padEnd(8),
			`${Math.round(f.tbt)} ms`.padEnd(7),
			`${(f.bytes / 1024).toFixed(1)} KB`.padEnd(9),
			String(f.requests).padEnd(9),
			ratio(f.lcp, reference?.lcp).padEnd(7),
			ratio(f.bytes, reference?.bytes).padEnd(8),
			ok === undefined ? '' : ok ? 'doel gehaald' : 'doel niet gehaald'
		].join('  ')
	);
}

function lighthouseVersion(): string {
	return (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
}
