/**
 * Which of the survivors' recommendations to professionals (§8) a text cites, and from that,
 * the lesson that teaches a rubric dimension: found from the content at build time, so a new
 * or rewritten lesson is picked up without anyone keeping a list.
 */
import type { Lesson, RubricDimension } from './types';

/** "11", "7e": a number with an optional letter. */
const ID = String.raw`\d+[a-z]?`;
/** "aanbeveling 11", "aanbevelingen 7a, 8b en 10", "aanbevelingen 3 en 7". */
const CITATION = new RegExp(String.raw`\baanbeveling(?:en)?\s+(${ID}(?:(?:\s*,\s*|\s+en\s+)${ID})*)`, 'gi');
/** The report's recommendations to peers are numbered too: "aanbeveling 6 aan lotgenoten". */
const TO_PEERS = /^\s*aan lotgenoten/i;

/** Every recommendation to professionals cited in a text, once per citation, in order. */
export function citedRecommendations(text: string): string[] {
	const cited: string[] = [];
	for (const match of text.matchAll(CITATION)) {
		if (TO_PEERS.test(text.slice(match.index + match[0].length))) continue;
		cited.push(...match[1]!.split(/\s*,\s*|\s+en\s+/));
	}
	return cited;
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
