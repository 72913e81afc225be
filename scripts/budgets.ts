/**
 * Page weight and requests per page type, on the built site: bytes (gzip) and the number of
 * files a first visit needs before the page can respond. These are counts of the built files,
 * not timings, so they are the same on every machine and belong in the tests.
 *
 * The goals are what the course aims for; the budgets are what `npm test` holds it to. They are
 * the same, except where a goal is not reached yet: there the budget is what the page weighs
 * now, so it cannot grow while the goal stands, and the bench keeps showing the gap.
 * `node scripts/run-ts.js scripts/budgets.ts` checks `build/` and exits 1 when a budget is broken.
 */
import { loadCourse } from '../src/lib/content/load';
import type { Course } from '../src/lib/content/types';
import { kb, pageTypes, pageWeight } from './lib/page-weight';

const KB = 1024;

/** Bytes per first visit the course aims for: 50 KB for a scenario, 60 KB for any other page type. */
export function goalFor(pageType: string): number {
	return (pageType === 'scenario' ? 50 : 60) * KB;
}

/**
 * Bytes per first visit `npm test` allows. The scenario page is at 54.8 KB: the shared shell
 * alone is 38.5 KB (SvelteKit and Svelte most of it), which leaves less than the 11.5 KB the
 * goal allows for its own HTML, styles and code.
 */
export function budgetFor(pageType: string): number {
	return pageType === 'scenario' ? 55 * KB : goalFor(pageType);
}

/** Files a page may need before it responds: about a dozen. */
export const REQUEST_BUDGET = 12;

/** Prints the table of page weights; returns how many page types miss their goal or budget. */
export function printPageWeights(course: Course, limit: (pageType: string) => number = goalFor): number {
	console.log(`\nEerste bezoek per paginatype (gzip; doel 50 KB voor een scenario, 60 KB voor de rest, ${REQUEST_BUDGET} verzoeken):`);
	console.log('pagina          HTML      JS        CSS       totaal    verzoeken');
	let over = 0;
	for (const [name, path] of Object.entries(pageTypes(course))) {
		const weight = pageWeight(path);
		const fits = weight.total <= limit(name) && weight.requests <= REQUEST_BUDGET;
		if (!fits) over++;
		const verdict = fits ? 'binnen' : `boven ${kb(limit(name))}`;
		console.log(
			`${name.padEnd(14)}  ${kb(weight.html).padEnd(8)}  ${kb(weight.js).padEnd(8)}  ${kb(weight.css).padEnd(8)}  ${kb(weight.total).padEnd(8)}  ${String(weight.requests).padEnd(9)}  ${verdict}  ${path}`
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
	const over = printPageWeights(course, budgetFor);
	console.log(`\nBudget: ${kb(budgetFor('scenario'))} voor een scenario (doel ${kb(goalFor('scenario'))}), ${kb(budgetFor('lesson'))} voor de rest, ${REQUEST_BUDGET} verzoeken.`);
	if (over) console.error(`${over} paginatype(s) boven budget. Zie "Speed and size" in de README.`);
	return over ? 1 : 0;
}
