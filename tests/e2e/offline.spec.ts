import { expect, test } from '@playwright/test';
import { follow, open, ready } from './helpers';

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

test('offline, an address that is no page shows the course’s own page, not a blank error', async ({ page, context }) => {
	await open(page, '/');
	await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
	await page.evaluate(() => navigator.serviceWorker.ready);

	await context.setOffline(true);
	try {
		for (const path of ['/bestaat-niet/', '/wat-is-kindermishandeling/bestaat-niet/']) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
			await ready(page);
			await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Deze pagina bestaat niet');
			await expect(page.getByRole('main').getByRole('searchbox', { name: 'Zoek in de cursus' })).toBeVisible();
			await expect(page.getByRole('banner').getByRole('link', { name: 'Pauze', exact: true })).toBeVisible();
		}
		// A link to a page that does not exist, followed inside the course.
		await open(page, '/');
		await page.evaluate(() => {
			const link = document.createElement('a');
			link.href = '/ook-niet/';
			link.textContent = 'oude link';
			document.querySelector('main')!.append(link);
		});
		await page.getByRole('link', { name: 'oude link' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
	} finally {
		await context.setOffline(false);
	}
});
