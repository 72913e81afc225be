/**
 * `npm run validate`: checks everything in modules/ without building. Exit 1 with the full
 * list of problems, or exit 0 with a one-line summary.
 */
import { loadCourse } from '../src/lib/content/load';
import { formatProblem, inReportOrder } from '../src/lib/content/problems';

export async function main(): Promise<number> {
	const { problems, stats } = await loadCourse(process.cwd());
	const errors = problems.filter((p) => p.severity === 'error');
	const warnings = problems.filter((p) => p.severity === 'warning');
	for (const problem of inReportOrder(problems)) console.error(formatProblem(problem) + '\n');
	if (errors.length > 0) {
		console.error(
			`✗ ${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'}` +
				(warnings.length ? ` en ${warnings.length} waarschuwing(en)` : '') +
				' in modules/. Los ze op en draai npm run validate opnieuw.'
		);
		return 1;
	}
	console.log(
		`✓ Cursus in orde: ${stats.modules} modules, ${stats.lessons} lessen, ${stats.questions} toetsvragen, ` +
			`${stats.scenarios} scenario's, ${stats.glossaryTerms} begrippen` +
			(warnings.length ? ` (${warnings.length} waarschuwing${warnings.length === 1 ? '' : 'en'} hierboven)` : '') +
			'.'
	);
	return 0;
}
