import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { open, seed, seriousViolations } from './helpers';

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

test('progress with one damaged attempt is never a dead end: download it as it is, then go on with the readable part', async ({ page }) => {
	const at = '2026-03-01T08:00:00.000Z';
	const attempt = { scenarioId: 'intakegesprek', moduleId: 'de-therapeutische-relatie', finishedAt: at, endNode: 'einde', path: [], totals: { doorvragen: 2 }, shares: { doorvragen: 0.5 } };
	// One attempt's total is 1e999 (Infinity once parsed), e.g. after an edit by hand.
	const raw = JSON.stringify({
		version: 2,
		lessons: { 'wat-is-kindermishandeling/definitie': { readAt: at } },
		skippedLessons: {},
		quizzes: {},
		scenarios: { intakegesprek: [attempt, { ...attempt, finishedAt: '2026-03-02T08:00:00.000Z', totals: { doorvragen: 'X' } }] },
		inProgress: {},
		skippedScenarios: {}
	}).replace('"X"', '1e999');
	await seed(page, raw);
	await open(page, '/resultaten/');
	const notice = page.getByTestId('progress-notice');
	await expect(notice).toContainText('Een deel van je opgeslagen voortgang is beschadigd: 1 scenariopoging kan niet gelezen worden.');
	expect(await seriousViolations(page), 'damaged-progress notice').toEqual([]);

	const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download de gegevens zoals ze zijn' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^bamboe-opgeslagen-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
	expect(await readFile((await download.path())!, 'utf8')).toBe(raw);
	expect(await page.evaluate(() => localStorage.getItem('bamboe.voortgang'))).toBe(raw);

	await notice.getByRole('button', { name: 'Ga verder met wat leesbaar is' }).click();
	await expect(notice).toHaveCount(0);
	const saved = await page.evaluate(() => ({ progress: JSON.parse(localStorage.getItem('bamboe.voortgang')!), reserve: localStorage.getItem('bamboe.voortgang.reserve') }));
	expect(saved.reserve).toBe(raw);
	expect(saved.progress.lessons).toEqual({ 'wat-is-kindermishandeling/definitie': { readAt: at } });
	expect(saved.progress.scenarios.intakegesprek).toEqual([attempt]);
	await page.reload();
	await expect(page.getByTestId('progress-notice')).toHaveCount(0);
});
