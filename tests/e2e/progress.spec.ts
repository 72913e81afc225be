import { expect, test } from '@playwright/test';
import { open } from './helpers';

test('corrupt stored progress is never overwritten and the learner chooses what happens', async ({ page }) => {
	await page.addInitScript(() => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('bamboe.voortgang', '{"version": 1, "lessons": ');
			sessionStorage.setItem('seeded', '1');
		}
	});
	await open(page, '/');
	const notice = page.getByText('Je opgeslagen voortgang is beschadigd');
	await expect(notice).toBeVisible();
	// Reading a lesson while the choice is open must not replace what is stored.
	const module = (await page.locator('.modules li').first().getByRole('link').first().getAttribute('href'))!;
	await open(page, module);
	await open(page, (await page.locator('ol.items a').first().getAttribute('href'))!);
	await page.getByTestId('read-toggle').click();
	await expect(page.getByTestId('read-toggle')).toHaveAttribute('aria-pressed', 'true');
	expect(await page.evaluate(() => localStorage.getItem('bamboe.voortgang'))).toBe('{"version": 1, "lessons": ');

	await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
	await page.getByRole('button', { name: 'Ja, wis en begin opnieuw' }).click();
	await expect(notice).toHaveCount(0);
	await page.getByTestId('read-toggle').click();
	await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('bamboe.voortgang') ?? '{}').version)).toBe(2);
});

test('progress from a newer version of the course is kept', async ({ page }) => {
	const future = JSON.stringify({ version: 99, lessons: {} });
	await page.addInitScript((value) => localStorage.setItem('bamboe.voortgang', value), future);
	await open(page, '/');
	await expect(page.getByText('nieuwere versie')).toBeVisible();
	await page.getByRole('button', { name: 'Laten staan' }).click();
	await expect(page.getByText('nieuwere versie')).toHaveCount(0);
	expect(await page.evaluate(() => localStorage.getItem('bamboe.voortgang'))).toBe(future);
});
