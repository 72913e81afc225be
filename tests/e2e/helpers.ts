import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Prerendered pages show content before they respond to input; wait for hydration. */
export async function open(page: Page, path: string) {
	await page.goto(path);
	await ready(page);
}

/** Waits until the page at the current URL has hydrated (also after client-side navigation). */
export async function ready(page: Page) {
	await expect
		.poll(() => page.evaluate(() => document.documentElement?.dataset.ready === location.pathname))
		.toBe(true);
}

/** axe with WCAG 2.1 A/AA rules; returns only serious and critical violations, readable. */
export async function seriousViolations(page: Page) {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Fails the test when the page asks anything of another origin. */
export function forbidOtherOrigins(page: Page) {
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') foreign.push(request.url());
	});
	return foreign;
}

/**
 * Does something that leads to another page (a click, Enter on a link) and waits until that
 * page has hydrated. Waiting for the URL first matters: right after a click the old page is
 * still "ready".
 */
export async function follow(page: Page, action: () => Promise<void>) {
	const before = page.url();
	await action();
	await page.waitForURL((url) => url.href !== before);
	await ready(page);
}

/** Seeds browser storage once per tab, so what the page changes afterwards is kept across reloads. */
export async function seedStorage(page: Page, values: Record<string, string>) {
	await page.addInitScript((entries) => {
		if (!sessionStorage.getItem('seeded')) {
			for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
			sessionStorage.setItem('seeded', '1');
		}
	}, values);
}

/** Seeds stored progress once per tab: an object as JSON, or a text exactly as given. */
export async function seed(page: Page, progress: unknown) {
	await seedStorage(page, { 'bamboe.voortgang': typeof progress === 'string' ? progress : JSON.stringify(progress) });
}

/** The stored progress, parsed (null when there is none). */
export const storedProgress = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('bamboe.voortgang') ?? 'null'));

/**
 * Answers the quiz question on screen (any answer) and checks it: the first option of a
 * multiple-choice question, or every example of a sorting question in the first category.
 */
export async function answerShownQuestion(page: Page) {
	const form = page.locator('form.question').first();
	if (await form.evaluate((f) => f.classList.contains('sort-question'))) {
		for (const select of await form.locator('select').all()) await select.selectOption({ index: 1 });
	} else {
		await form.locator('input').first().check();
	}
	await form.getByRole('button', { name: 'Controleer antwoord' }).click();
}
