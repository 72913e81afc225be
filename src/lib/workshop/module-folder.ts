/**
 * A ready module folder around a scenario from the workshop, as files for a zip: `module.md`,
 * one short lesson that introduces the conversation, and the scenario itself. Unzipped into
 * `modules/`, it passes `npm run validate` as it is; the author can then rewrite the lesson.
 * Everything in it comes from the scenario and what the author typed: nothing is made up.
 */
import { folderParts } from './target';
import type { ScenarioData } from '../scenario/types';

export interface ModuleDetails {
	/** `07-eigen-casus`: number and id. */
	folder: string;
	title: string;
	summary: string;
	/** Rough study time, a guide for learners. */
	minutes: number;
	goals: string[];
}

/** Files by path (starting with the folder), as they go into the zip. */
export function moduleFolderFiles(details: ModuleDetails, scenario: ScenarioData, fileName: string, scenarioText: string): Record<string, string> {
	const { folder } = details;
	const front = frontmatter({
		title: details.title,
		summary: details.summary,
		minutes: details.minutes,
		goals: details.goals,
		...(scenario.contentNote && { contentNote: scenario.contentNote })
	});
	const intro = `In deze module oefen je een gesprek: ${markdownText(scenario.title)}. ${markdownText(scenario.summary)}\n`;
	const lesson = [
		`---\n${frontmatter({ title: 'Inleiding', ...(scenario.contentNote && { contentNote: scenario.contentNote }) })}---`,
		`${markdownText(scenario.summary)}`,
		'## De cliënt',
		markdownText(scenario.client),
		'## Het gesprek',
		`In het scenario [${markdownText(scenario.title)}](/${folderParts(folder).id}/scenario/${scenario.id}/) kies je steeds wat je zegt of doet. ${
			scenario.feedback === 'immediate' ? 'Na elke keuze' : 'Aan het eind'
		} lees je waarom een keuze wel of niet helpt, met de bron in het rapport.`,
		`Bronnen: ${sourcesOf(scenario).map(markdownText).join('; ')}.`
	].join('\n\n');
	return {
		[`${folder}/module.md`]: `---\n${front}---\n${intro}`,
		[`${folder}/lessons/01-inleiding.md`]: `${lesson}\n`,
		[`${folder}/scenarios/${fileName}`]: scenarioText
	};
}

/** The sources the scenario's choices name, each once, in the order they first appear. */
export function sourcesOf(scenario: ScenarioData): string[] {
	const choices = scenario.nodeOrder.flatMap((id) => scenario.nodes[id]?.choices ?? []);
	const parts = choices.flatMap((choice) => choice.source.split(';').map((part) => part.trim().replace(/\.$/, '')));
	return [...new Set(parts.filter(Boolean))];
}


/**
 * Frontmatter lines for texts, numbers and lists of texts. Every text is written as a JSON
 * string, which YAML reads as the same text whatever it holds (quotes, colons, `#`), so the
 * workshop needs no YAML writer of its own.
 */
function frontmatter(fields: Record<string, string | number | string[]>): string {
	return Object.entries(fields)
		.map(([key, value]) => (Array.isArray(value) ? `${key}:\n${value.map((item) => `  - ${JSON.stringify(item)}`).join('\n')}` : `${key}: ${JSON.stringify(value)}`))
		.join('\n')
		.concat('\n');
}

/** Text as it was typed, with the characters Markdown would read as markup escaped. */
function markdownText(text: string): string {
	return text.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>#|{}!~]/g, (char) => `\\${char}`);
}
