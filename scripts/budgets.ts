/**
 * Page-weight and request budgets per page type, checked on the built site: bytes (gzip) and
 * the number of files a first visit needs before the page can respond. These are counts of the
 * built files, not timings, so they are the same on every machine and belong in the tests.
 * `node scripts/run-ts.js scripts/budgets.ts` checks `build/` and exits 1 when a budget is broken.
 */
import { loadCourse } from '../src/lib/content/load';
import type { Course } from '../src/lib/content/types';
import { kb, pageTypes, pageWeight } from './lib/page-weight';

/** Bytes per first visit: 50 KB for a scenario, 60 KB for any other page type. */
export function budgetFor(pageType: string): number {
	return (pageType === 'scenario' ? 50 : 60) * 1024;
}

/** Files a page may need before it responds: about a dozen. */
export const REQUEST_BUDGET = 12;

/** Prints the table of page weights; returns how many page types are over a budget. */
export function printPageWeights(course: Course): number {
	console.log(`\nEerste bezoek per paginatype (gzip; budget 50 KB voor een scenario, 60 KB voor de rest, ${REQUEST_BUDGET} verzoeken):`);
	console.log('pagina          HTML      JS        CSS       totaal    verzoeken');
	let over = 0;
	for (const [name, path] of Object.entries(pageTypes(course))) {
		const weight = pageWeight(path);
		const fits = weight.total <= budgetFor(name) && weight.requests <= REQUEST_BUDGET;
		if (!fits) over++;
		console.log(
			`${name.padEnd(14)}  ${kb(weight.html).padEnd(8)}  ${kb(weight.js).padEnd(8)}  ${kb(weight.css).padEnd(8)}  ${kb(weight.total).padEnd(8)}  ${String(weight.requests).padEnd(9)}  ${fits ? 'binnen budget' : 'boven budget'}  ${path}`
		);
	}
	return over;
}

export async function main(): Promise<number> {
	const { course } = await loadCourse(process.cwd());
	if (!course) {
		console.error('De cursusinhoud heeft fouten; draai npm run validate.');
		return 1;
	}
	const over = printPageWeights(course);
	if (over) console.error(`\n${over} paginatype(s) boven budget.`);
	return over ? 1 : 0;
}
