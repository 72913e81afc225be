import { expect, test, type Page } from '@playwright/test';
import { follow, open, seriousViolations } from './helpers';
import { voteAndChoose } from './training-helpers';

const scenarioPath = '/training/intakegesprek/';
const PROGRESS_KEY = 'bamboe.voortgang';
/**
 * Any score figure: a percentage (every share is written as one, "50 % · op weg"), a standing
 * word, the words for a dimension without points, or the chart's caption.
 */
const SCORE_FIGURE = /\d+\s?%|· (sterk|op weg|nog oefenen)|geen punten te halen|score van de groep/i;

const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement;
		return el?.getAttribute('data-testid') ?? el?.id ?? el?.tagName.toLowerCase() ?? '';
	});

/** Starts the session from the intro with the keyboard. */
async function startByKeyboard(page: Page) {
	await page.getByTestId('training-start').focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('narration')).toBeFocused();
	await expect(page.getByRole('heading', { name: /^Beslissing 1/ })).toBeVisible();
}

/**
 * Plays on to the ending with keys only: answer 1, Space for the feedback, ArrowRight on.
 * Returns the number of decisions taken.
 */
async function playToEndByKeyboard(page: Page): Promise<number> {
	let decisions = 0;
	for (; decisions < 40; decisions++) {
		if (await page.getByTestId('training-end').isVisible()) break;
		await page.keyboard.press('1');
		await expect(page.getByTestId('chosen-status')).toBeFocused();
		// The feedback stays hidden until the trainer shows it.
		await expect(page.getByTestId('feedback')).toHaveCount(0);
		await page.keyboard.press(' ');
		await expect(page.getByTestId('feedback')).toBeFocused();
		await expect(page.getByTestId('feedback')).toContainText('Bron:');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => focused(page)).toMatch(/^(narration|end-heading)$/);
	}
	await expect(page.getByRole('heading', { name: 'Einde van het gesprek' })).toBeFocused();
	return decisions;
}

test('a scenario played to its end by keyboard alone, with scores, leaving personal progress untouched', async ({ page }) => {
	await open(page, '/training/');
	// Someone's own progress on this device, which a training day must never change.
	const progress = JSON.stringify({ version: 1, lessons: {}, quizzes: {}, scenarios: {} });
	await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, progress]);

	await follow(page, () => page.getByRole('link', { name: 'Het intakegesprek' }).click());
	expect(new URL(page.url()).pathname).toBe(scenarioPath);
	await expect(page.getByText(/De sessie wordt alleen in dit browsertabblad bewaard, los van je eigen voortgang/)).toBeVisible();
	await expect(page.getByText(/Sneltoetsen:/)).toBeVisible();
	await expect(page.getByRole('banner').getByRole('link', { name: 'Pauze' })).toBeVisible();
	await startByKeyboard(page);

	// Keys that are not an answer, or a step that is not possible yet, are explained, not acted on.
	await page.keyboard.press('9');
	await expect(page.getByTestId('training-status')).toHaveText('Er is geen antwoord 9. Kies 1 tot en met 3.');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('training-status')).toHaveText('Kies eerst het antwoord van de groep.');

	// Votes: typing digits in a field never triggers the shortcuts.
	await page.getByText('Stemmen van de groep invullen').click();
	const first = page.getByLabel('Antwoord 1', { exact: true });
	await first.fill('');
	await first.pressSequentially('2');
	await page.getByLabel('Antwoord 3', { exact: true }).pressSequentially('6');
	await expect(page.getByTestId('chosen-status')).toHaveCount(0);
	await expect(page.getByTestId('vote-chart')).toContainText('Stemmen van de groep (8 in totaal)');
	await expect(page.getByTestId('vote-chart')).toContainText('2 stemmen (25 %)');
	await expect(page.getByTestId('vote-chart')).toContainText('6 stemmen (75 %)');
	await first.fill('-1');
	await expect(page.getByText(/Vul een heel getal in/)).toBeVisible();
	await expect(first).toHaveAttribute('aria-invalid', 'true');
	await first.fill('2');
	await expect(first).not.toHaveAttribute('aria-invalid');
	await page.getByTestId('narration').focus();

	const decisions = await playToEndByKeyboard(page);
	expect(decisions).toBeGreaterThanOrEqual(3);
	const end = page.getByTestId('training-end');
	const figures = end.locator('.chart .figure');
	await expect(figures.first()).toHaveText(/^\d+ % · (sterk|op weg|nog oefenen)$/);
	expect(await figures.count()).toBeGreaterThanOrEqual(3);
	await expect(end.locator('.path > li')).toHaveCount(decisions);
	await expect(end.locator('.path > li').first()).toContainText('Bron:');
	await expect(end.locator('.path > li').first()).toContainText('Stemmen: 2 van de 8 kozen dit antwoord.');

	// Back to the last decision: as it was, with the group's choice and its feedback.
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByTestId('narration')).toBeFocused();
	await expect(page.getByRole('heading', { name: `Beslissing ${decisions}` })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Antwoord 1:/ })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('feedback')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Naar het einde' })).toBeVisible();

	// Further back, to the first decision: its counts are still there.
	for (let i = decisions; i > 1; i--) await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('heading', { name: /^Beslissing 1/ })).toBeVisible();
	await expect(page.getByText('terugkijken')).toBeVisible();
	await expect(page.getByTestId('vote-chart')).toContainText('8 in totaal');
	await expect(page.getByRole('button', { name: /^Antwoord 1:/ })).toHaveAttribute('aria-pressed', 'true');

	// Choosing differently there discards the later steps.
	await page.keyboard.press('2');
	await expect(page.getByTestId('chosen-status')).toBeFocused();
	await expect(page.getByRole('button', { name: /^Antwoord 2:/ })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByText('terugkijken')).toHaveCount(0);
	await expect(page.getByTestId('feedback')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Verder' })).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { name: 'Beslissing 2' })).toBeVisible();
	await expect(page.getByTestId('chosen-status')).toHaveCount(0);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { name: 'Beslissing 2' })).toBeVisible();

	// R asks first; Escape (or "Nee") keeps everything.
	await page.keyboard.press('r');
	const dialog = page.getByRole('dialog', { name: 'Nieuwe sessie beginnen?' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Nee, ga terug' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Beslissing 2' })).toBeVisible();
	await page.keyboard.press('r');
	await page.keyboard.press('Shift+Tab');
	await expect(dialog.getByRole('button', { name: 'Ja, nieuwe sessie' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Beslissing 1' })).toBeVisible();
	await expect(page.getByTestId('narration')).toBeFocused();
	await expect(page.getByTestId('chosen-status')).toHaveCount(0);
	await expect(page.getByTestId('vote-chart')).toHaveCount(0);

	expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(progress);
});

test('"Scores verbergen" hides every score in the session, and training writes no progress', async ({ page }) => {
	await open(page, '/training/');
	const scoresSwitch = page.getByRole('switch', { name: 'Scores verbergen' });
	await expect(scoresSwitch).not.toBeChecked();
	await scoresSwitch.focus();
	await page.keyboard.press('Space');
	await expect(scoresSwitch).toBeChecked();

	await follow(page, () => page.getByRole('link', { name: 'Het intakegesprek' }).click());
	await expect(page.getByRole('switch', { name: 'Scores verbergen' })).toBeChecked();
	await startByKeyboard(page);
	await playToEndByKeyboard(page);

	const end = page.getByTestId('training-end');
	await expect(end.locator('.path > li').first()).toContainText('Bron:');
	await expect(page.getByTestId('scores-hidden-note')).toBeVisible();
	await expect(page.getByTestId('training-scores')).toHaveCount(0);
	await expect(page.locator('.chart, figure svg')).toHaveCount(0);
	expect(await page.locator('main').innerText()).not.toMatch(SCORE_FIGURE);

	// Switching it off shows the scores; on again hides them, without starting over.
	await page.getByRole('switch', { name: 'Scores verbergen' }).uncheck();
	await expect(page.getByTestId('training-scores')).toBeVisible();
	await expect(page.locator('main')).toContainText(/\d+ % · (sterk|op weg|nog oefenen)/);
	await page.getByRole('switch', { name: 'Scores verbergen' }).check();
	await expect(page.getByTestId('training-scores')).toHaveCount(0);
	expect(await page.locator('main').innerText()).not.toMatch(SCORE_FIGURE);

	// Kept for this tab (a reload on the day does not bring scores back), never as progress.
	await page.reload();
	await open(page, scenarioPath);
	await expect(page.getByRole('switch', { name: 'Scores verbergen' })).toBeChecked();
	const stored = await page.evaluate(() => ({ local: Object.keys(localStorage), progress: localStorage.getItem('bamboe.voortgang') }));
	expect(stored.progress).toBeNull();
	expect(stored.local.filter((key) => key.startsWith('bamboe.voortgang'))).toEqual([]);
});

test('pause is one click away, and coming back resumes the session; so does a reload, until a new session is started', async ({ page }) => {
	await open(page, scenarioPath);
	await startByKeyboard(page);
	await page.keyboard.press('2');
	await page.keyboard.press(' ');
	await expect(page.getByTestId('feedback')).toBeVisible();

	await follow(page, () => page.getByRole('banner').getByRole('link', { name: 'Pauze' }).click());
	await follow(page, () => page.getByRole('link', { name: 'Terug naar waar je was' }).click());
	expect(new URL(page.url()).pathname).toBe(scenarioPath);
	await expect(page.getByRole('heading', { name: 'Beslissing 1' })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Antwoord 2:/ })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('feedback')).toBeVisible();
	await expect(page.getByTestId('training-status')).toContainText('Je gaat verder waar je was.');

	// Votes typed at the next decision survive a reload (or a laptop that slept) too.
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { name: 'Beslissing 2' })).toBeVisible();
	await page.getByText('Stemmen van de groep invullen').click();
	await page.getByLabel('Antwoord 1', { exact: true }).fill('4');
	await page.getByLabel('Antwoord 1', { exact: true }).blur();
	await page.reload();
	await open(page, scenarioPath);
	await expect(page.getByRole('heading', { name: 'Beslissing 2' })).toBeVisible();
	await expect(page.getByTestId('training-start')).toHaveCount(0);
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('heading', { name: 'Beslissing 1' })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Antwoord 2:/ })).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByLabel('Antwoord 1', { exact: true })).toHaveValue('4');

	// "Nieuwe sessie", after the question, starts over: also after a reload.
	await page.getByRole('button', { name: 'Nieuwe sessie' }).click();
	await page.getByRole('dialog', { name: 'Nieuwe sessie beginnen?' }).getByRole('button', { name: 'Ja, nieuwe sessie' }).click();
	await expect(page.getByRole('heading', { name: 'Beslissing 1' })).toBeVisible();
	await page.reload();
	await open(page, scenarioPath);
	await expect(page.getByRole('heading', { name: 'Beslissing 1' })).toBeVisible();
	await expect(page.getByTestId('chosen-status')).toHaveCount(0);
	// Nothing of it is in the learner's own progress.
	expect(await page.evaluate(() => localStorage.getItem('bamboe.voortgang'))).toBeNull();
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no serious problems on the training pages (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await open(page, '/training/');
		expect(await seriousViolations(page), `/training/ (${colorScheme})`).toEqual([]);

		await open(page, scenarioPath);
		expect(await seriousViolations(page), `intro (${colorScheme})`).toEqual([]);
		await startByKeyboard(page);
		// On to the third decision, which has a discussion prompt; there with votes and feedback.
		for (const key of ['2', 'ArrowRight', '3', 'ArrowRight']) await page.keyboard.press(key);
		await expect(page.getByRole('heading', { name: 'Beslissing 3' })).toBeVisible();
		await expect(page.getByRole('complementary', { name: 'Bespreek met de groep' })).toBeVisible();
		await page.getByText('Stemmen van de groep invullen').click();
		await voteAndChoose(page, { 1: 4, 2: 1 }, 1);
		await page.keyboard.press(' ');
		await expect(page.getByTestId('feedback')).toBeVisible();
		expect(await seriousViolations(page), `mid-session (${colorScheme})`).toEqual([]);

		await page.keyboard.press('ArrowRight');
		await playToEndByKeyboard(page);
		expect(await seriousViolations(page), `end (${colorScheme})`).toEqual([]);

		await page.keyboard.press('r');
		await expect(page.getByRole('dialog')).toBeVisible();
		expect(await seriousViolations(page), `restart dialog (${colorScheme})`).toEqual([]);
	});
}
