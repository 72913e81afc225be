import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Prerendered pages show content before they respond to input; wait for hydration. */
export async function open(page: Page, path: string) {
	await page.goto(path);
	await ready(page);
}

export async function ready(page: Page) {
	await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
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
