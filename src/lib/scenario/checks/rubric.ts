/**
 * The scenario's rubric list and every score agree with `rubric.yaml` and with each other:
 * listed dimensions exist, once; scores (of choices and reply rules) name only listed
 * dimensions; every listed dimension is scored somewhere (otherwise its best is 0 and no share
 * can be shown).
 */
import { didYouMean } from '../../content/problems';
import type { Reporter } from '../report';
import { outcomesOf, type ScenarioOutline } from '../outline';

export function checkRubric(
	outline: ScenarioOutline,
	rubricIds: readonly string[],
	report: Reporter
): void {
	const listed = outline.rubric;
	const unknownHint = (id: string) =>
		didYouMean(id, rubricIds, `De dimensies in rubric.yaml zijn: ${rubricIds.join(', ')}.`);

	listed?.forEach((id, i) => {
		if (!rubricIds.includes(id)) {
			report.error(['rubric', i], `"${id}" staat niet in rubric.yaml`, unknownHint(id));
		} else if (listed.indexOf(id) < i) {
			report.error(['rubric', i], `"${id}" staat twee keer in rubric`, `Haal de tweede "${id}" weg.`);
		}
	});

	const scored = new Set<string>();
	for (const node of outline.nodes.values()) {
		for (const { outcome, path: at } of outcomesOf(node)) {
			for (const [id, points] of Object.entries(outcome.score)) {
				const path = [...at, 'score', id];
				if (typeof points === 'number' && points !== 0) scored.add(id);
				if (!rubricIds.includes(id)) {
					report.error(path, `"${id}" staat niet in rubric.yaml`, unknownHint(id));
				} else if (listed && !listed.includes(id)) {
					report.error(
						path,
						`"${id}" staat niet in de rubric van dit scenario`,
						`Zet "${id}" in rubric bovenaan het bestand, of haal deze score weg.`
					);
				}
			}
		}
	}

	// Only when every choice could be read: an unreadable one may hold the missing score.
	if (!outline.graphKnown || !listed) return;
	listed.forEach((id, i) => {
		if (rubricIds.includes(id) && listed.indexOf(id) === i && !scored.has(id)) {
			report.error(
				['rubric', i],
				`geen enkele keuze geeft punten op "${id}"`,
				`Geef minstens één keuze een score op "${id}", of haal "${id}" uit rubric.`
			);
		}
	});
}
