/**
 * Small views of the course for pages that list modules (home, results, certificate): ids and
 * titles only, so those pages don't carry every lesson's text.
 */
import type { ModuleOutline } from '../progress/update';
import type { Module } from './types';
import type { ModuleIconName } from '../module-icons';

export interface ModuleSummary extends ModuleOutline {
	number: number;
	title: string;
	summary: string;
	minutes: number;
	goals: string[];
	icon: ModuleIconName;
	contentNote?: string;
	lessons: { id: string; title: string }[];
	scenarios: { id: string; title: string }[];
}

export function summariseModule(module: Module): ModuleSummary {
	return {
		id: module.id,
		number: module.number,
		title: module.title,
		summary: module.summary,
		minutes: module.minutes,
		goals: module.goals,
		icon: module.icon,
		...(module.contentNote ? { contentNote: module.contentNote } : {}),
		lessons: module.lessons.map((l) => ({ id: l.id, title: l.title })),
		scenarios: module.scenarios.map((s) => ({ id: s.id, title: s.title })),
		lessonIds: module.lessons.map((l) => l.id),
		questionCount: module.quiz?.questions.length ?? 0,
		scenarioIds: module.scenarios.map((s) => s.id)
	};
}

/**
 * What the home page sends of a module: its card, and its lessons and scenarios once (the id
 * lists that repeat them are put back in the browser by `withOutlineIds`). The learning goals
 * are on the module's own page.
 */
export function moduleCard({ lessonIds: _lessons, scenarioIds: _scenarios, goals: _goals, ...card }: ModuleSummary) {
	return card;
}

export type ModuleCard = ReturnType<typeof moduleCard>;

export function withOutlineIds(card: ModuleCard): ModuleCard & ModuleOutline {
	return { ...card, lessonIds: card.lessons.map((l) => l.id), scenarioIds: card.scenarios.map((s) => s.id) };
}
