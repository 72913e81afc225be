/**
 * The report page's content: every part of the report (from outline.ts) with the lessons that
 * refer to it, worked out at build time from the lessons themselves, never kept by hand.
 */
import type { Course } from '../content/types';
import { linkedPieces, type LinkedPiece } from './references';
import { joinDutch } from '../dutch';
import {
	INTERVIEWS,
	interviewAnchor,
	PEER_RECOMMENDATIONS,
	peerAnchor,
	PROFESSIONAL_RECOMMENDATIONS,
	professionalAnchor,
	REPORT_SECTIONS,
	sectionAnchor,
	SUMMARY_ANCHOR,
	type SectionNumber
} from './anchors';
import {
	INTERVIEW_QUOTED_IN,
	PEER_ENTRIES,
	PROFESSIONAL_ENTRIES,
	REPORT_SECTION_ENTRIES,
	REPORT_SUMMARY,
	type ReportEntry
} from './outline';

export interface LessonLink {
	href: string;
	title: string;
	moduleNumber: number;
}

export interface ReportPart extends ReportEntry {
	anchor: string;
	/** `covers` with its references linked (at build time, so they are in the page's HTML). */
	coversLinked: LinkedPiece[];
	/** How the course refers to it: "§2.2", "Aanbeveling 7", "Interview 4"; empty for the summary. */
	label: string;
	/** 1 for a chapter, 2 for a section, 3 for a section within a section. */
	depth: 1 | 2 | 3;
	/** The lessons that refer to this part, in course order. */
	usedIn: LessonLink[];
}

export interface ReportChapter {
	chapter: ReportPart;
	sections: ReportPart[];
	/** Only in the chapter of recommendations (8): the lists to peers and to professionals. */
	recommendations?: { peers: ReportPart[]; professionals: ReportPart[] };
}

export interface ReportPage {
	summary: ReportPart;
	chapters: ReportChapter[];
	interviews: ReportPart[];
}

/** The chapter that holds the recommendations. */
const RECOMMENDATIONS_CHAPTER: SectionNumber = '8';

export function reportPage(course: Course): ReportPage {
	const usedIn = lessonsByAnchor(course);
	const part = (anchor: string, label: string, depth: ReportPart['depth'], entry: ReportEntry): ReportPart => ({
		...entry,
		coversLinked: linkedPieces(entry.covers),
		anchor,
		label,
		depth,
		usedIn: usedIn.get(anchor) ?? []
	});
	const section = (number: SectionNumber) =>
		part(sectionAnchor(number), `§${number}`, (number.split('.').length as 1 | 2 | 3), REPORT_SECTION_ENTRIES[number]);

	const recommendations = {
		peers: PEER_RECOMMENDATIONS.map((n) => part(peerAnchor(n), `${n}.`, 3, PEER_ENTRIES[n])),
		professionals: PROFESSIONAL_RECOMMENDATIONS.map((n) => part(professionalAnchor(n), `${n}.`, 3, PROFESSIONAL_ENTRIES[n]))
	};
	const chapters = REPORT_SECTIONS.filter((n) => !n.includes('.')).map(
		(chapter): ReportChapter => ({
			chapter: section(chapter),
			sections: REPORT_SECTIONS.filter((n) => n.startsWith(`${chapter}.`)).map(section),
			...(chapter === RECOMMENDATIONS_CHAPTER && { recommendations })
		})
	);
	return {
		summary: part(SUMMARY_ANCHOR, '', 1, REPORT_SUMMARY),
		chapters,
		interviews: INTERVIEWS.map((n) =>
			part(interviewAnchor(n), `Interview ${n}`, 2, {
				title: `Interview ${n}`,
				covers:
					`Een van de elf interviews. Een eigen alinea in §5.3 (wat werkte en wat niet) en §5.4 (wat gemist werd); ` +
					`het rapport citeert dit interview ook in ${joinDutch(INTERVIEW_QUOTED_IN[n].map((s) => `§${s}`))}.`
			})
		)
	};
}

/** Anchor -> the lessons that link to it, each lesson once, in course order. */
function lessonsByAnchor(course: Course): Map<string, LessonLink[]> {
	const byAnchor = new Map<string, LessonLink[]>();
	for (const module of course.modules) {
		for (const lesson of module.lessons) {
			const link = { href: `/${module.id}/${lesson.id}/`, title: lesson.title, moduleNumber: module.number };
			for (const anchor of lesson.reportAnchors) byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), link]);
		}
	}
	return byAnchor;
}
