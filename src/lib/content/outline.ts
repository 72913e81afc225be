/**
 * Small views of the course for pages that list modules (home, results, certificate): ids and
 * titles only, so those pages don't carry every lesson's text.
 */
import type { ModuleOutline } from '../progress/update';
import type { Module } from './types';

export interface ModuleSummary extends ModuleOutline {
	number: number;
	title: string;
	summary: string;
	minutes: number;
	goals: string[];
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
		...(module.contentNote ? { contentNote: module.contentNote } : {}),
		lessons: module.lessons.map((l) => ({ id: l.id, title: l.title })),
		scenarios: module.scenarios.map((s) => ({ id: s.id, title: s.title })),
		lessonIds: module.lessons.map((l) => l.id),
		questionCount: module.quiz?.questions.length ?? 0,
		scenarioIds: module.scenarios.map((s) => s.id)
	};
}
