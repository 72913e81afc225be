import { expect, test } from '@playwright/test';
import { follow, open, seriousViolations } from './helpers';

const scenarioPath = '/de-therapeutische-relatie/scenario/intakegesprek/';

test('a scenario played by keyboard alone reaches an ending, shows the result per dimension, and is kept', async ({ page }) => {
	await open(page, scenarioPath);
	const title = (await page.getByRole('heading', { level: 1 }).textContent())!;
	await page.getByRole('button', { name: 'Begin het gesprek' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('latest-turn')).toBeFocused();

	// Always take the first choice offered, with Tab and Enter only; where the conversation
	// offers a reflection question, its (folded) toggle is one stop on the way, and so is the
	// button that opens a free reply where the node takes one.
	const ownWords = page.getByRole('button', { name: 'Zeg het in je eigen woorden' });
	for (let step = 0; step < 40; step++) {
		if (await page.getByRole('heading', { name: 'Einde van het gesprek' }).isVisible()) break;
		await page.keyboard.press('Tab');
		if (await page.getByTestId('reflection').count()) {
			await expect(page.getByTestId('reflection').locator('summary')).toBeFocused();
			await page.keyboard.press('Tab');
		}
		if (await ownWords.count()) {
			await expect(ownWords).toBeFocused();
			await page.keyboard.press('Tab');
		}
		await expect(page.locator('button.choice').first()).toBeFocused();
		await page.keyboard.press('Enter');
		// Focus lands on the client's reply, or on the result heading at the end.
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.matches('[data-testid="latest-turn"], #result-heading')))
			.toBe(true);
	}
	await expect(page.getByRole('heading', { name: 'Einde van het gesprek' })).toBeFocused();
	const figures = page.locator('.chart .figure');
	await expect(figures.first()).toHaveText(/^\d+ % · (sterk|op weg|nog oefenen)$/);
	expect(await figures.count()).toBeGreaterThanOrEqual(3);
	expect(await seriousViolations(page), 'result page').toEqual([]);

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Je resultaten in dit scenario' })).toBeVisible();
	await follow(page, () => page.getByRole('banner').getByRole('link', { name: 'Resultaten' }).click());
	await expect(page.getByRole('link', { name: title }).first()).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Laatste keer' }).first()).toBeVisible();
	await expect(page.getByText(/: \d+ % van het best haalbare · (sterk|op weg|nog oefenen)/).first()).toBeVisible();
	expect(await seriousViolations(page), '/resultaten/').toEqual([]);
});

test('each choice shows its feedback and source; restart starts again', async ({ page }) => {
	await open(page, scenarioPath);
	expect(await seriousViolations(page), 'scenario intro').toEqual([]);
	await page.getByRole('button', { name: 'Begin het gesprek' }).click();
	await page.locator('button.choice').first().click();
	await expect(page.locator('.said').first()).toContainText('Jij:');
	await expect(page.locator('.said .source').first()).toContainText('Bron:');
	expect(await seriousViolations(page), 'scenario in play').toEqual([]);
	// Starting again mid-conversation asks first: the conversation so far would be gone.
	await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
	await page.getByRole('button', { name: 'Nee, ga verder' }).click();
	await expect(page.locator('.said')).toHaveCount(1);
	await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
	await page.getByRole('button', { name: 'Ja, begin opnieuw' }).click();
	await expect(page.locator('.said')).toHaveCount(0);
});

test.describe('the conversation file', () => {
	// The file must come from the server here (a service worker would answer from its cache).
	test.use({ serviceWorkers: 'block' });

	test('loads when the conversation starts; when it cannot, the learner is told and a saved conversation stays', async ({ page }) => {
		const conversationFile = `${scenarioPath}gesprek.json`;
		const fetched: string[] = [];
		page.on('request', (request) => {
			if (request.url().endsWith('gesprek.json')) fetched.push(new URL(request.url()).pathname);
		});
		await open(page, scenarioPath);
		// A first visit shows the introduction without the conversation.
		expect(fetched).toEqual([]);
		await page.getByRole('button', { name: 'Begin het gesprek' }).click();
		await page.locator('button.choice').first().click();
		await expect(page.locator('.said')).toHaveCount(1);
		expect(fetched).toEqual([conversationFile]);

		// Offline before the file was ever cached: the saved conversation is kept, and said why.
		await page.route(`**${conversationFile}`, (route) => route.abort());
		await page.goto('/over/');
		await page.goto(scenarioPath);
		await expect(page.getByTestId('load-problem')).toHaveText('Het gesprek kon niet worden geladen. Controleer je internetverbinding en probeer het opnieuw.');
		const resume = page.getByTestId('resume');
		await expect(resume).toContainText('Je was bij stap 2.');
		// Trying to go on while the file still cannot come: once that attempt has failed, the
		// conversation has not started, and the saved one is still there.
		const failed = page.waitForEvent('requestfailed', (request) => request.url().endsWith('gesprek.json'));
		await page.getByTestId('scenario-resume').click();
		await failed;
		await expect(page.getByTestId('load-problem')).toBeVisible();
		await expect(resume).toBeVisible();
		await expect(page.locator('.said')).toHaveCount(0);
		await expect
			.poll(() => page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('bamboe.voortgang') ?? '{}').inProgress ?? {}).length))
			.toBe(1);

		// Back online: it carries on where it was.
		await page.unroute(`**${conversationFile}`);
		await page.getByTestId('scenario-resume').click();
		await expect(page.locator('.said')).toHaveCount(1);
		expect(await seriousViolations(page)).toEqual([]);
	});
});
