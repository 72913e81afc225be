/**
 * Figures in lessons, as a learner meets them: an image with a name and a description, the
 * numbers as a table one click away, readable in light and dark mode, on paper, and nothing
 * fetched from elsewhere. And the home page's first screen: what the course is for, one way in.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { forbidOtherOrigins, open, seriousViolations } from './helpers';
import { readCourse } from './outline';
import { figureSchema } from '../../src/lib/content/figures';

const course = await readCourse();
const withFigures = course.modules.flatMap((m) => m.lessons.filter((l) => l.figures > 0).map((l) => ({ module: m, lesson: l })));
/** The data of each figure, read again from the lesson file, to compare with the page. */
function figuresOf(file: string) {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(/```figure\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as Record<string, unknown>);
}

test('every figure is an image with its title as name and its description, and its numbers as a table', async ({ page }) => {
	expect(withFigures.length).toBeGreaterThanOrEqual(5);
	const foreign = forbidOtherOrigins(page);
	for (const { module, lesson } of withFigures) {
		await open(page, `/${module.id}/${lesson.id}/`);
		const figures = page.locator('figure.fig');
		const data = figuresOf(lesson.file);
		await expect(figures).toHaveCount(data.length);
		for (const [i, figure] of data.entries()) {
			expect(figureSchema['~standard'].validate(figure)).not.toHaveProperty('issues');
			const shown = figures.nth(i);
			await expect(shown.locator('figcaption')).toHaveText(`Figuur ${i + 1}. ${figure.title}`);
			await expect(shown).toContainText(`Bron: ${figure.source}`);
			if (figure.type === 'vergelijking') {
				const table = shown.getByRole('table');
				await expect(table).toHaveAccessibleDescription(String(figure.description));
				await expect(table.locator('tbody tr')).toHaveCount((figure.rows as unknown[]).length);
				continue;
			}
			const image = shown.getByRole('img', { name: String(figure.title) });
			await expect(image).toBeVisible();
			await expect(image).toHaveAccessibleDescription(String(figure.description));
			// The table is folded until asked for.
			const table = shown.getByRole('table');
			await expect(table).toBeHidden();
			await shown.getByText('Bekijk als tabel').click();
			await expect(table).toBeVisible();
			if (figure.type === 'staafdiagram') {
				const bars = figure.bars as { label: string; value: number }[];
				const rows = table.locator('tbody tr');
				await expect(rows).toHaveCount(bars.length);
				for (const [j, bar] of bars.entries()) {
					await expect(rows.nth(j).locator('th')).toHaveText(bar.label);
					await expect(rows.nth(j).locator('td').first()).toContainText(bar.value.toLocaleString('nl-NL'));
				}
			}
		}
		expect(await seriousViolations(page), `${lesson.id}, light, tables open`).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await seriousViolations(page), `${lesson.id}, dark`).toEqual([]);
		await page.emulateMedia({ colorScheme: 'light' });
	}
	expect(foreign).toEqual([]);
});

test('figures take their colours from the course: light, dark, and paper-safe in print', async ({ page }) => {
	const bar = withFigures.find(({ lesson }) => figuresOf(lesson.file).some((f) => f.type === 'staafdiagram'))!;
	await open(page, `/${bar.module.id}/${bar.lesson.id}/`);
	const fill = () => page.locator('.fig-fill-0').first().evaluate((rect) => getComputedStyle(rect).fill);
	const accent = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
	const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
	expect(await fill()).toBe(rgb(await accent()));
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await accent()).not.toBe('#2f5d50');
	expect(await fill()).toBe(rgb(await accent()));
	// On paper the dark scheme's light green would be pale: print has its own values.
	await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
	expect(await fill()).toBe(rgb('#2f5d50'));
});

test('a lesson with a figure prints with it, without the table control', async ({ page }) => {
	const { module, lesson } = withFigures[0]!;
	await open(page, `/${module.id}/${lesson.id}/`);
	await page.emulateMedia({ media: 'print' });
	const figure = page.locator('figure.fig').first();
	await expect(figure.locator('svg.fig-svg, table').first()).toBeVisible();
	await expect(figure.locator('figcaption')).toBeVisible();
	await expect(figure.locator('.fig-data')).toBeHidden();
	// The figure is drawn into the pdf as vector graphics: its title is in the page's text.
	const pdf = await page.pdf({ format: 'A4', tagged: true });
	expect(pdf.toString('latin1')).toContain('/Figure');
});

test('the home page’s first screen says what the course is for and offers one way in, on a phone and a laptop', async ({ page }) => {
	for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 720 }]) {
		await page.setViewportSize(viewport);
		await open(page, '/');
		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).toContainText('Bamboe');
		await expect(heading).toContainText('emotioneel mishandeld of verwaarloosd');
		await expect(heading).toBeInViewport();
		await expect(page.getByTestId('resume-link')).toBeInViewport();
		// One primary action: the only filled button in the main content.
		await expect(page.locator('main a.button:not(.secondary), main button:not(.secondary)')).toHaveCount(1);
		// Every module card shows its icon (decoration) beside its number.
		const icons = page.locator('.modules .module-icon');
		await expect(icons).toHaveCount(course.modules.length);
		await expect(icons.first()).toHaveAttribute('aria-hidden', 'true');
	}
	expect(await seriousViolations(page), 'home').toEqual([]);
});
