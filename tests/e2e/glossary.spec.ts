import { expect, test, type Page } from '@playwright/test';
import { answerShownQuestion, follow, open, seriousViolations } from './helpers';
import { readCourse } from './outline';

const lessonPath = '/wat-is-kindermishandeling/vormen/';

/** The first term of the lesson as the glossary explains it. */
async function firstTerm(page: Page) {
	const course = await readCourse();
	const button = page.locator('article button.term').first();
	const id = (await button.getAttribute('id'))!.replace(/^begrip-/, '');
	const term = course.glossary.find((t) => t.id === id)!;
	return { button, term, note: page.locator(`#${await button.getAttribute('aria-controls')}`) };
}

test('a term opens its explanation in place by keyboard; Escape closes it and focus returns', async ({ page }) => {
	await open(page, lessonPath);
	const { button, term, note } = await firstTerm(page);
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await expect(note).toBeHidden();

	await button.focus();
	await page.keyboard.press('Enter');
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await expect(note).toBeVisible();
	await expect(note).toContainText(term.explanation);
	await expect(note.getByRole('link', { name: `Meer over ${term.term} bij Begrippen` })).toHaveAttribute(
		'href',
		`/begrippen/?van=${encodeURIComponent(`${lessonPath}#begrip-${term.id}`)}#${term.id}`
	);
	// Its source links to the report once the linker has loaded.
	await expect(note.locator('.term-note-source a.ref').first()).toHaveAttribute('href', /^\/rapport\/#/);
	expect(await seriousViolations(page), 'with the explanation open').toEqual([]);

	// Focus moves into the explanation; Escape closes it and puts the learner back on the term.
	await expect(note).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(note.getByRole('link').first()).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(note).toBeHidden();
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await expect(button).toBeFocused();

	// Space works as on any button; "Sluiten" closes it too.
	await page.keyboard.press('Space');
	await expect(note).toBeVisible();
	await note.getByRole('button', { name: 'Sluiten' }).focus();
	await page.keyboard.press('Enter');
	await expect(note).toBeHidden();
	await expect(button).toBeFocused();
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

	test('a tap opens the explanation, and "Sluiten" closes it and returns focus to the term', async ({ page }) => {
		await open(page, lessonPath);
		const { button, term, note } = await firstTerm(page);
		await button.tap();
		await expect(note).toBeVisible();
		await expect(note).toContainText(term.explanation);
		await note.getByRole('button', { name: 'Sluiten' }).tap();
		await expect(note).toBeHidden();
		await expect(button).toBeFocused();
		// Tapping the term again opens it again: a toggle, not a one-way trip.
		await button.tap();
		await expect(note).toBeVisible();
		await button.tap();
		await expect(note).toBeHidden();
	});
});

test('from a term to the glossary and back to the same place in the lesson', async ({ page }) => {
	await open(page, lessonPath);
	const { button, term, note } = await firstTerm(page);
	await button.click();
	await follow(page, () => note.getByRole('link', { name: /^Meer over/ }).click());
	expect(new URL(page.url()).pathname).toBe('/begrippen/');
	await expect(page.locator(`[id="${term.id}"]`)).toBeInViewport();
	const back = page.locator(`[id="${term.id}"]`).getByRole('link', { name: '← Terug naar de les' });
	await expect(back).toBeVisible();
	await expect(page.getByTestId('back-to-lesson')).toHaveAttribute('href', `${lessonPath}#begrip-${term.id}`);

	await follow(page, () => back.click());
	expect(new URL(page.url()).pathname).toBe(lessonPath);
	await expect(page.locator(`#begrip-${term.id}`)).toBeInViewport();
});

test('the glossary offers no way back to anything but a page of the course', async ({ page }) => {
	await open(page, `/begrippen/?van=${encodeURIComponent('//example.org/')}`);
	await expect(page.getByTestId('back-to-lesson')).toHaveCount(0);
	await open(page, '/begrippen/');
	await expect(page.getByTestId('back-to-lesson')).toHaveCount(0);
});

test.describe('without scripts', () => {
	test.use({ javaScriptEnabled: false });

	test('a term is a plain link to its entry in the glossary', async ({ page }) => {
		await page.goto(lessonPath);
		const link = page.locator('article a.term').first();
		// In the built page the link is relative to the lesson (the course may live in any folder).
		const href = (await link.getAttribute('href'))!;
		expect(new URL(href, new URL(lessonPath, 'http://course')).href).toMatch(/^http:\/\/course\/begrippen\/#[a-z0-9-]+$/);
	});
});

test('a reference in a lesson leads to its entry on the report page', async ({ page }) => {
	await open(page, lessonPath);
	const reference = page.locator('article a.ref:visible').first();
	const href = new URL((await reference.getAttribute('href'))!, page.url()).pathname + new URL((await reference.getAttribute('href'))!, page.url()).hash;
	expect(href).toMatch(/^\/rapport\/#/);
	await follow(page, () => reference.click());
	expect(new URL(page.url()).pathname).toBe('/rapport/');
	await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
	await expect(page.locator(`[id="${href.split('#')[1]}"]`)).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});

test('references in quiz explanations, scenario feedback and the glossary link to the report', async ({ page }) => {
	await open(page, '/begrippen/');
	await expect(page.locator('.source a.ref').first()).toHaveAttribute('href', /^\/rapport\/#/);

	await open(page, '/wat-is-kindermishandeling/toets/');
	await answerShownQuestion(page);
	await expect(page.locator('.feedback .source a.ref').first()).toHaveAttribute('href', /^\/rapport\/#p/);

	await open(page, '/de-therapeutische-relatie/scenario/intakegesprek/');
	await page.getByRole('button', { name: 'Begin het gesprek' }).click();
	await page.locator('button.choice').first().click();
	const feedback = page.getByRole('complementary', { name: 'Feedback' }).first();
	await expect(feedback.locator('a.ref').first()).toHaveAttribute('href', /^\/rapport\/#/);
	await follow(page, () => feedback.locator('a.ref').first().click());
	expect(new URL(page.url()).pathname).toBe('/rapport/');
});
