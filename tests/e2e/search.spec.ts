import { expect, test } from '@playwright/test';
import { follow, open, seriousViolations } from './helpers';

test('typing a query shows results as you type, and a result leads to its highlighted section', async ({ page }) => {
	await open(page, '/zoeken/');
	expect(await seriousViolations(page), 'empty state').toEqual([]);
	await page.getByLabel(/Zoek in lessen/).pressSequentially('schematherap');
	const results = page.getByTestId('search-results').locator('li');
	await expect(results.first()).toBeVisible();
	await expect(page).toHaveURL(/\?q=schematherap$/);
	await expect(results.first().locator('mark').first()).toBeVisible();
	expect(await seriousViolations(page), 'with results').toEqual([]);

	const section = results.filter({ has: page.locator('a[href*="#"]') }).filter({ has: page.locator('.badge', { hasText: 'Les' }) }).first();
	const href = (await section.getByRole('link').getAttribute('href'))!;
	await follow(page, () => section.getByRole('link').click());
	const anchor = decodeURIComponent(href.split('#')[1]!);
	await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
	// The section the result points to is marked (CSS :target), so the eye finds it at once.
	await expect(page.locator(`[id="${anchor}"]`)).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});

test('a ?q= link opens with results; nothing found says so', async ({ page }) => {
	await open(page, '/zoeken/?q=verwaarloosd');
	await expect(page.getByLabel(/Zoek in lessen/)).toHaveValue('verwaarloosd');
	await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible();
	await expect(page.getByRole('status')).toHaveText(/resultaten/);

	await open(page, '/zoeken/?q=xyzzyqwv');
	await expect(page.getByRole('heading', { name: /Niets gevonden/ })).toBeVisible();
});

test('the header search also works on the search page itself', async ({ page }) => {
	await open(page, '/zoeken/?q=schematherapie');
	const field = page.getByRole('searchbox', { name: 'Zoeken in de cursus' });
	await field.fill('beloftes');
	await field.press('Enter');
	await expect(page).toHaveURL(/\?q=beloftes$/);
	await expect(page.getByLabel(/Zoek in lessen/)).toHaveValue('beloftes');
	await expect(page.getByTestId('search-results').locator('mark').first()).toHaveText(/belo/i);
});

test('"/" focuses the search field from any page', async ({ page }) => {
	await open(page, '/over/');
	await page.keyboard.press('/');
	await expect(page.getByRole('searchbox', { name: 'Zoeken in de cursus' })).toBeFocused();
});
