/**
 * A page is complete as HTML: its text is rendered before any script is fetched, and then the
 * app starts and responds as before (src/lib/server/paint-first.ts).
 */
import { expect, test } from '@playwright/test';
import { open } from './helpers';

for (const path of ['/', '/de-therapeutische-relatie/scenario/intakegesprek/', '/begrippen/']) {
	test(`${path}: the text is rendered before any script is fetched, and the page then responds`, async ({ page }) => {
		// The moment the browser renders its first frame of the page.
		await page.addInitScript(() => {
			requestAnimationFrame(() => ((window as unknown as { firstFrame: number }).firstFrame = performance.now()));
		});
		const html = await (await page.request.get(path)).text();
		expect(html).not.toContain('rel="modulepreload"');
		await open(page, path);
		const timing = await page.evaluate(() => ({
			firstFrame: (window as unknown as { firstFrame?: number }).firstFrame,
			scripts: performance
				.getEntriesByType('resource')
				.filter((entry) => entry.name.endsWith('.js'))
				.map((entry) => entry.startTime)
		}));
		expect(timing.firstFrame).toBeGreaterThan(0);
		expect(timing.scripts.length).toBeGreaterThan(2);
		for (const start of timing.scripts) expect(start).toBeGreaterThanOrEqual(timing.firstFrame!);
		// Preloaded once the page is on screen: every script the page needs, at once.
		expect(await page.locator('link[rel="modulepreload"]').count()).toBeGreaterThan(2);
	});
}
