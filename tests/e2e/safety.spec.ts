import { expect, test } from '@playwright/test';
import { follow, open, seriousViolations } from './helpers';

// A lesson with a content note and several interview quotes.
const heavyLesson = '/late-gevolgen/relaties/';

test('a content note offers go on, skip or pause, and skipping does not count as reading', async ({ page }) => {
	await open(page, heavyLesson);
	const gate = page.getByRole('region', { name: 'Inhoudswaarschuwing' });
	await expect(gate).toBeVisible();
	await expect(page.locator('article.lesson-body')).toBeHidden();
	expect(await seriousViolations(page)).toEqual([]);

	await follow(page, () => gate.getByRole('link', { name: 'Sla deze les over' }).click());
	expect(new URL(page.url()).pathname).not.toBe(heavyLesson);
	const stored = await page.evaluate(() => localStorage.getItem('bamboe.voortgang'));
	expect(stored === null || !JSON.parse(stored).lessons['late-gevolgen/relaties']).toBe(true);

	await open(page, heavyLesson);
	await page.getByRole('region', { name: 'Inhoudswaarschuwing' }).getByRole('link', { name: 'Pauze' }).click();
	await expect(page).toHaveURL(/\/pauze\/$/);
	await expect(page.getByRole('link', { name: 'Terug naar waar je was' })).toHaveAttribute('href', heavyLesson);

	await open(page, heavyLesson);
	await page.getByRole('button', { name: 'Verder lezen' }).click();
	await expect(page.locator('article.lesson-body')).toBeVisible();
	// Focus goes on at the start of the lesson, not back to the top of the page.
	await expect(page.locator('article.lesson-body')).toBeFocused();
	await expect(page.locator('article.lesson-body .quote').first()).toBeVisible();
});

test('the preference to fold quotes about abuse is remembered on the device', async ({ page }) => {
	await open(page, heavyLesson);
	await page.getByLabel('Toon citaten over mishandeling ingeklapt').check();
	await page.getByRole('button', { name: 'Verder lezen' }).click();
	const folds = page.locator('details.quote-fold');
	expect(await folds.count()).toBeGreaterThan(0);
	await expect(folds.first()).not.toHaveAttribute('open');
	await expect(folds.first().locator('.quote')).toBeHidden();
	// Folded, the summary says whose words these are.
	await expect(folds.first().locator('summary')).toHaveText(/^Citaat \(.+\)$/, { useInnerText: true });

	// One quote opened on purpose, by keyboard: the caption names the interview, once.
	await folds.first().locator('summary').focus();
	await page.keyboard.press('Enter');
	await expect(folds.first().locator('.quote')).toBeVisible();
	await expect(folds.first().locator('summary')).toHaveText('Citaat', { useInnerText: true });
	await expect(folds.first().locator('figcaption')).toBeVisible();

	// A new visit: the content note asks again, and the preference is still set.
	const fresh = await page.context().newPage();
	await open(fresh, heavyLesson);
	await expect(fresh.getByLabel('Toon citaten over mishandeling ingeklapt')).toBeChecked();
	await fresh.getByRole('button', { name: 'Verder lezen' }).click();
	await expect(fresh.locator('details.quote-fold').first()).not.toHaveAttribute('open');

	// In the same tab the note is not asked again; the preference can be changed in the lesson.
	await page.reload();
	await open(page, heavyLesson);
	await expect(page.locator('details.quote-fold').first()).not.toHaveAttribute('open');
	await page.getByLabel('Toon citaten over mishandeling ingeklapt').uncheck();
	await expect(page.locator('details.quote-fold').first()).toHaveAttribute('open');
	expect(await seriousViolations(page)).toEqual([]);
});
