#!/usr/bin/env node
// `npm test`: everything CI checks, in the order a failure is cheapest to find:
// content validation, type check, unit tests, build, page budgets, browser tests. Ends with a summary.
import { existsSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { ensureDependencies, run } from './lib/steps.js';

const results = [];
const reports = '.test-results';
// Start clean: a report left by an earlier run must never be counted as this run's tests.
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

async function step(name, command, args, options = {}) {
	const code = await run(name, command, args, { mustPass: false, ...options });
	results.push({ name, ok: code === 0 });
	return code === 0;
}

await ensureDependencies();
const chromium = await findChromium();

await step('Inhoud valideren (npm run validate)', 'node', ['scripts/run-ts.js', 'scripts/validate.ts']);
await step('Typecontrole (svelte-check)', 'npx', ['svelte-kit', 'sync']) &&
	(results.pop(), await step('Typecontrole (svelte-check)', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']));
await step('Unit-tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/vitest.json`]);
const built = await step('Bouwen (vite build)', 'npx', ['vite', 'build']);
// Bytes and requests per page type on the build: counts, not timings (scripts/budgets.ts).
if (built) await step('Budgetten (paginagewicht en verzoeken)', 'node', ['scripts/run-ts.js', 'scripts/budgets.ts']);
// The SCORM packages the LMS tests open (a second build, with the LMS bridge, into build-lms/).
const packaged = built && (await step('SCORM-pakketten (npm run package)', 'node', ['scripts/run-ts.js', 'scripts/package.ts']));
if (built && packaged && chromium) {
	await step('Browsertests (Playwright + axe)', 'npx', ['playwright', 'test'], {
		env: { CHROME_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` }
	});
} else {
	results.push({ name: 'Browsertests (Playwright + axe)', ok: false, note: chromium ? 'overgeslagen: de build of de pakketten zijn mislukt' : 'overgeslagen: geen Chromium' });
}

const counts = { passed: 0, failed: 0, skipped: 0 };
countVitest(`${reports}/vitest.json`);
countPlaywright(`${reports}/playwright.json`);

console.log('\nSamenvatting');
for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name}${r.note ? ` (${r.note})` : ''}`);
const failedSteps = results.filter((r) => !r.ok).length;
console.log(`  tests: ${counts.passed} geslaagd, ${counts.failed} mislukt, ${counts.skipped} overgeslagen`);
// The closing line counts every test and every failed step, so a broken build can't pass.
console.log(`${counts.passed} passed, ${counts.failed + failedSteps} failed`);
process.exit(failedSteps > 0 || counts.failed > 0 ? 1 : 0);

async function findChromium() {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
	const found = candidates.find((path) => existsSync(path));
	if (found) return found;
	if (process.getuid?.() === 0) {
		await run('Chromium installeren (Debian-pakket)', 'sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { mustPass: false });
		if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	}
	console.error(
		'\nChromium is niet gevonden. Installeer het (Debian/Ubuntu: sudo apt-get install chromium) of zet\n' +
			'CHROME_PATH op het pad van een Chromium of Chrome. De browsertests worden nu overgeslagen.'
	);
	return undefined;
}

function countVitest(file) {
	if (!existsSync(file)) return;
	const report = JSON.parse(readFileSync(file, 'utf8'));
	counts.passed += report.numPassedTests ?? 0;
	counts.failed += report.numFailedTests ?? 0;
	counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright(file) {
	if (!existsSync(file)) return;
	const { stats } = JSON.parse(readFileSync(file, 'utf8'));
	counts.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
	counts.failed += stats?.unexpected ?? 0;
	counts.skipped += stats?.skipped ?? 0;
}
