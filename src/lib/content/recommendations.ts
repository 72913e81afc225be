/**
 * Which of the survivors' recommendations to professionals (§8) a text cites, and from that,
 * the lesson that teaches a rubric dimension: found from the content at build time, so a new
 * or rewritten lesson is picked up without anyone keeping a list.
 */
import { recommendationCitations } from '../report/references';
import type { Lesson, RubricDimension } from './types';

/**
 * Every recommendation to professionals cited in a text ("11", "7e"), once per citation, in
 * order; read as the report page links them, so a citation counts where it links.
 */
export function citedRecommendations(text: string): string[] {
	return recommendationCitations(text).flatMap((c) => (c.toPeers ? [] : [c.id]));
}

export interface LessonLink {
	href: string;
	title: string;
}

/**
 * Whether a citation is about a recommendation: it names it ("8a" for 8a), or the whole
 * recommendation it is part of ("8" for 8a: 8a and 8b are the two sides of recommendation 8).
 */
export function citesRecommendation(cited: string, wanted: string): boolean {
	return cited === wanted || (/^\d+$/.test(cited) && new RegExp(`^${cited}[a-z]$`).test(wanted));
}

/**
 * The lesson about a dimension: the one with the most citations of the recommendations named
 * in the dimension's `source` (see `citesRecommendation`); of lessons that cite them as often,
 * the first in course order. Undefined when no lesson cites them.
 */
export function lessonForDimension(
	dimension: Pick<RubricDimension, 'source'>,
	lessons: readonly Pick<Lesson, 'id' | 'moduleId' | 'title' | 'sections' | 'sources'>[]
): LessonLink | undefined {
	const wanted = citedRecommendations(dimension.source);
	let best: { lesson: (typeof lessons)[number]; count: number } | undefined;
	for (const lesson of lessons) {
		const text = [...lesson.sections.flatMap((s) => [s.title, s.text]), lesson.sources].join('\n');
		const count = citedRecommendations(text).filter((id) => wanted.some((w) => citesRecommendation(id, w))).length;
		if (count > 0 && (!best || count > best.count)) best = { lesson, count };
	}
	return best && { href: `/${best.lesson.moduleId}/${best.lesson.id}/`, title: best.lesson.title };
}
