/**
 * The course as a flat list of search documents: what a learner can land on from a result.
 * Lessons are indexed per section (the unit between `##` headings) so a hit can jump to the
 * right heading instead of the top of a long lesson.
 */
import { escapeRegExp } from '../content/terms';
import type { Course, GlossaryTerm, Lesson, Module, Quote } from '$lib/content/types';
import type { SearchDocument } from './types';

export function courseDocuments(course: Course): SearchDocument[] {
	return [
		...course.modules.flatMap(moduleDocuments),
		...course.glossary.map(termDocument)
	].filter((doc) => doc.title.trim() !== '' || doc.text.trim() !== '');
}

function moduleDocuments(module: Module): SearchDocument[] {
	return [
		{
			id: `module:${module.id}`,
			kind: 'module',
			title: module.title,
			moduleTitle: module.title,
			url: `/${module.id}/`,
			text: module.summary
		},
		...module.lessons.flatMap((lesson) => lessonDocuments(module, lesson)),
		...(module.quiz?.questions ?? []).map(
			(question, index): SearchDocument => ({
				id: `quiz:${module.id}#${index + 1}`,
				kind: 'quiz',
				title: question.prompt,
				moduleTitle: module.title,
				url: `/${module.id}/toets/`,
				text: question.explanation
			})
		),
		// A scenario is found by what it is about (summary, client), not by its conversation.
		...module.scenarios.map(
			(scenario): SearchDocument => ({
				id: `scenario:${module.id}/${scenario.id}`,
				kind: 'scenario',
				title: scenario.title,
				moduleTitle: module.title,
				url: `/${module.id}/scenario/${scenario.id}/`,
				text: `${scenario.summary} ${scenario.client}`
			})
		)
	];
}

function lessonDocuments(module: Module, lesson: Lesson): SearchDocument[] {
	const lessonUrl = `/${module.id}/${lesson.id}/`;
	/** The intro (id '') has no anchor: a hit there opens the lesson at the top. */
	const sectionUrl = (sectionId: string) => (sectionId ? `${lessonUrl}#${sectionId}` : lessonUrl);
	const context = { lessonTitle: lesson.title, moduleTitle: module.title };

	const sections = lesson.sections.map(
		(section): SearchDocument => ({
			id: `section:${module.id}/${lesson.id}${section.id ? `#${section.id}` : ''}`,
			kind: 'section',
			// The intro's heading is the lesson's own title: that is what makes the lesson findable by name.
			title: section.id ? section.title : lesson.title,
			...context,
			url: sectionUrl(section.id),
			text: withoutQuotes(
				section.text,
				lesson.quotes.filter((quote) => quote.sectionId === section.id)
			)
		})
	);
	const quotes = lesson.quotes.map(
		(quote, index): SearchDocument => ({
			id: `quote:${module.id}/${lesson.id}#${index + 1}`,
			kind: 'quote',
			title: quote.attribution,
			...context,
			url: sectionUrl(quote.sectionId),
			text: quote.text
		})
	);
	return [...sections, ...quotes];
}

/**
 * A section's text without the attributed quotes in it. Each quote is a document of its own
 * (same url), so leaving it in the section too would list every quote hit twice, and store and
 * index its words twice. A quote is found by its words, whatever whitespace the text put between
 * them, with its attribution line; a quote not found leaves the text as it is.
 */
function withoutQuotes(text: string, quotes: readonly Quote[]): string {
	let rest = text;
	for (const quote of quotes) {
		const words = quote.text.split(/\s+/).filter(Boolean).map(escapeRegExp);
		if (words.length === 0) continue;
		const attribution = `(?:\\s*[—–-]\\s*${escapeRegExp(quote.attribution)})?`;
		rest = rest.replace(new RegExp(words.join('\\s+') + attribution), '');
	}
	return rest === text ? text : rest.replace(/\n{2,}/g, '\n').trim();
}

function termDocument(term: GlossaryTerm): SearchDocument {
	return {
		id: `term:${term.id}`,
		kind: 'term',
		title: term.term,
		url: `/begrippen/#${term.id}`,
		text: term.explanation,
		keywords: term.aliases.join(' ')
	};
}
