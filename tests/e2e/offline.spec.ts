import { expect, test } from '@playwright/test';
import { follow, open } from './helpers';

test('after one visit the course works offline: home, a lesson, a scenario and search', async ({ page, context }) => {
	await open(page, '/');
	await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await expect(page.getByTestId('offline-status')).toContainText('zonder internet');
	await page.evaluate(() => navigator.serviceWorker.ready);

	await context.setOffline(true);
	try {
		await page.reload();
		await open(page, '/');
		await expect(page.getByRole('heading', { level: 1, name: 'Bamboe' })).toBeVisible();

		// A lesson, reached by a link (client-side) and by a fresh load.
		await follow(page, () => page.locator('.modules li').first().getByRole('link').first().click());
		await follow(page, () => page.locator('ol.items a').first().click());
		await expect(page.locator('article.lesson-body')).toContainText(/\w+/);
		await open(page, '/late-gevolgen/relaties/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

		await open(page, '/de-therapeutische-relatie/scenario/intakegesprek/');
		await page.getByRole('button', { name: 'Begin het gesprek' }).click();
		await page.locator('button.choice').first().click();
		await expect(page.locator('.said').first()).toBeVisible();

		await open(page, '/zoeken/?q=schematherapie');
		await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible();
	} finally {
		await context.setOffline(false);
	}
});
