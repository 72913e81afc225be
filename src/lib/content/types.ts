/**
 * The course as the pages see it: validated, typed, with Markdown already rendered. Produced
 * once at build time by `loadCourse` (see `load.ts`); everything here is plain serialisable data
 * so route loaders can pass it to pages unchanged.
 */
import type { ScenarioData } from '../scenario/types';
import type { SortItem } from '../quiz/sorting';
import type { ModuleIconName } from '../module-icons';

export interface RubricDimension {
	/** Stable id used by scenario files, e.g. `doorvragen`. */
	id: string;
	/** Dutch name, e.g. "Doorvragen en checken". */
	name: string;
	/** What good practice looks like, in a sentence or two. */
	good: string;
	/** The survivors' recommendation this dimension rests on. */
	recommendation: string;
	/** Where in the report, e.g. "aanbeveling 11 (§8); §6". */
	source: string;
}

export interface GlossaryTerm {
	/** Anchor on `/begrippen/`, derived from the term (`complexe-ptss`). */
	id: string;
	term: string;
	/** Other forms that count as a use of the term in lessons (inflections, abbreviations). */
	aliases: string[];
	explanation: string;
	source: string;
}

/** A part of a lesson between two `##` headings; the unit search results point to. */
export interface LessonSection {
	/** Anchor id of the heading; empty for the text before the first heading. */
	id: string;
	title: string;
	/** Plain text of the section (no Markdown), for search and snippets. */
	text: string;
}

export interface Quote {
	text: string;
	/** E.g. "Interview 3". */
	attribution: string;
	/** Anchor id of the section the quote stands in. */
	sectionId: string;
}

export interface Lesson {
	id: string;
	moduleId: string;
	/** File path relative to the project root. */
	file: string;
	title: string;
	contentNote?: string;
	/** Rendered HTML of the lesson body (built from the author's Markdown at build time). */
	html: string;
	sections: LessonSection[];
	quotes: Quote[];
	/** The text of the closing "Bronnen:" line. */
	sources: string;
	/** Ids of the glossary terms linked in `html`, whose explanations the lesson page opens in place. */
	terms: string[];
	/** Anchors on the report page the lesson links to (its sections, recommendations, interviews). */
	reportAnchors: string[];
	/** How many figures the lesson draws (a lesson with figures carries their styles). */
	figures: number;
}

/** A multiple-choice question: one or more right options. */
export interface ChoiceQuestion {
	type: 'keuze';
	prompt: string;
	options: string[];
	/** Indexes of the right options (one or more). */
	answers: number[];
	explanation: string;
	source: string;
}

/** A sorting question: each item goes in one of the categories (see `$lib/quiz/sorting`). */
export interface SortQuestion {
	type: 'sorteren';
	prompt: string;
	categories: string[];
	items: SortItem[];
	explanation: string;
	source: string;
}

export type QuizQuestion = ChoiceQuestion | SortQuestion;

export interface Quiz {
	file: string;
	questions: QuizQuestion[];
}

export interface Module {
	id: string;
	/** Position in the course, from the folder's number. */
	number: number;
	/** Folder relative to the project root. */
	dir: string;
	title: string;
	summary: string;
	minutes: number;
	goals: string[];
	/** The line icon beside the module's title (module-icons.ts). */
	icon: ModuleIconName;
	contentNote?: string;
	introHtml: string;
	lessons: Lesson[];
	quiz?: Quiz;
	scenarios: ScenarioData[];
}

export interface Course {
	modules: Module[];
	rubric: RubricDimension[];
	glossary: GlossaryTerm[];
}
