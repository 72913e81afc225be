/**
 * The real course outline, read from the built pages (module links on the home page, lesson
 * and scenario links and the question count on each module page), and progress built from it.
 * Nothing about the course is hard-coded here, so the tests follow the content as it changes.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { parse } from 'yaml';
import { loadCourse } from '../../src/lib/content/load';

export interface OutlineModule {
	id: string;
	title: string;
	lessons: { id: string; title: string }[];
	questionCount: number;
	scenarioIds: string[];
}

export async function readOutline(browser: Browser): Promise<OutlineModule[]> {
	const page = await browser.newPage();
	try {
		await page.goto('/');
		const links = await page.locator('.modules li h3 a').evaluateAll((as) =>
			as.map((a) => ({ href: a.getAttribute('href')!, title: a.textContent!.trim() }))
		);
		const modules: OutlineModule[] = [];
		for (const { href, title } of links) {
			await page.goto(href);
			const id = href.split('/')[1]!;
			const lessons = await page.locator('ol.items a').evaluateAll((as) =>
				as.map((a) => ({ id: a.getAttribute('href')!.split('/')[2]!, title: a.textContent!.trim() }))
			);
			const scenarioIds = await page
				.locator('main a[href*="/scenario/"]')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[3]!));
			const quizLine = page.locator('main p', { hasText: /vragen om te checken/ });
			const quizText = (await quizLine.count()) ? ((await quizLine.textContent()) ?? '') : '';
			const questionCount = Number(/(\d+) vragen/.exec(quizText)?.[1] ?? 0);
			modules.push({ id, title, lessons, questionCount, scenarioIds: [...new Set(scenarioIds)] });
		}
		return modules;
	} finally {
		await page.close();
	}
}

/** The rubric ids and names, from the course's own rubric file. */
export function readRubric(): { id: string; name: string }[] {
	return (parse(readFileSync('modules/rubric.yaml', 'utf8')) as { dimensions: { id: string; name: string }[] }).dimensions;
}

/** Per scenario, the best total reachable per dimension, as the build works it out. */
export async function readScenarioBest(): Promise<Record<string, Record<string, number>>> {
	const course = await readCourse();
	return Object.fromEntries(course.modules.flatMap((m) => m.scenarios.map((s) => [s.id, s.best])));
}

/**
 * Valid progress (the current schema) with every lesson read, every quiz fully right and every
 * scenario played once with the best total on each dimension; `skipLesson` leaves one lesson
 * unread.
 */
export function completeProgress(modules: OutlineModule[], best: Record<string, Record<string, number>>, skipLesson?: string) {
	const at = '2026-03-02T10:00:00.000Z';
	const lessons: Record<string, { readAt: string }> = {};
	const quizzes: Record<string, { answers: Record<string, { chosen: number[]; correct: boolean; at: string }> }> = {};
	const scenarios: Record<string, unknown[]> = {};
	for (const module of modules) {
		for (const lesson of module.lessons) {
			const key = `${module.id}/${lesson.id}`;
			if (key !== skipLesson) lessons[key] = { readAt: '2026-03-01T09:00:00.000Z' };
		}
		if (module.questionCount) {
			quizzes[module.id] = {
				answers: Object.fromEntries(
					Array.from({ length: module.questionCount }, (_, i) => [String(i), { chosen: [0], correct: true, at }])
				)
			};
		}
		module.scenarioIds.forEach((scenarioId, i) => {
			const top = best[scenarioId] ?? {};
			scenarios[scenarioId] = [
				{
					scenarioId,
					moduleId: module.id,
					finishedAt: new Date(Date.UTC(2026, 2, 3 + i, 11)).toISOString(),
					endNode: 'einde',
					path: [],
					totals: top,
					shares: Object.fromEntries(Object.keys(top).map((id) => [id, 1]))
				}
			];
		});
	}
	return { version: 2, lessons, skippedLessons: {}, quizzes, scenarios, inProgress: {}, skippedScenarios: {}, reflections: {} };
}

/** The course as the build reads it, for tests that need answers or content notes. */
export async function readCourse() {
	const { course } = await loadCourse(process.cwd());
	if (!course) throw new Error('De cursus kan niet geladen worden');
	return course;
}
