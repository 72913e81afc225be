import { expect, test } from '@playwright/test';
import { answerShownQuestion, follow, forbidOtherOrigins, open, ready, seriousViolations } from './helpers';

test('a learner reads two lessons, answers a quiz question, and finds the progress after a reload', async ({ page }) => {
	const foreign = forbidOtherOrigins(page);
	await open(page, '/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

	await follow(page, () => page.locator('.modules li').first().getByRole('link').first().click());
	const moduleTitle = await page.getByRole('heading', { level: 1 }).textContent();
	await page.getByRole('heading', { name: 'Lessen' }).waitFor();
	await follow(page, () => page.locator('ol.items a').first().click());
	await expect(page.getByText(/^Les 1 van \d+$/)).toBeVisible();
	// Unread, the toggle's box is empty; read, it has a check mark.
	await expect(page.getByTestId('read-toggle').locator('.box')).toHaveText('');
	await page.getByTestId('read-toggle').click();
	await expect(page.getByTestId('read-toggle').locator('.box')).toHaveText('✓');
	await expect(page.getByTestId('read-toggle')).toHaveAttribute('aria-pressed', 'true');

	await follow(page, () => page.getByRole('link', { name: /→$/ }).click());
	await expect(page.getByText(/^Les 2 van \d+$/)).toBeVisible();
	await page.locator('.read-state').scrollIntoViewIfNeeded();
	await expect(page.getByText('Deze les staat in je voortgang.')).toBeVisible();

	await follow(page, () => page.getByRole('link', { name: moduleTitle! }).first().click());
	await follow(page, () => page.getByRole('link', { name: 'Naar de toets' }).click());
	await answerShownQuestion(page);
	await expect(page.locator('.feedback')).toContainText('Bron:');
	await expect(page.getByTestId('quiz-score')).toContainText('(1 beantwoord)');

	await page.goto('/');
	await page.reload();
	await ready(page);
	await expect(page.getByTestId('module-progress').first()).toContainText('2 van');
	await expect(page.getByTestId('module-progress').first()).toContainText('lessen gelezen');
	expect(foreign).toEqual([]);
});

test('the same route by keyboard alone', async ({ page }) => {
	await open(page, '/');
	// Skip link first, then into the content.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
	await page.keyboard.press('Enter');
	await tabTo(page, page.locator('.modules li').first().getByRole('link').first());
	await follow(page, () => page.keyboard.press('Enter'));
	await tabTo(page, page.locator('ol.items a').first());
	await follow(page, () => page.keyboard.press('Enter'));
	await tabTo(page, page.getByTestId('read-toggle'));
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('read-toggle')).toHaveAttribute('aria-pressed', 'true');
	await tabTo(page, page.getByRole('link', { name: /→$/ }));
	await follow(page, () => page.keyboard.press('Enter'));
	await expect(page.getByText(/^Les 2 van \d+$/)).toBeVisible();
});

async function tabTo(page: import('@playwright/test').Page, target: import('@playwright/test').Locator) {
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
	}
	throw new Error('Het element is niet met Tab te bereiken');
}

const pageTypes = async (page: import('@playwright/test').Page) => {
	await open(page, '/');
	const module = (await page.locator('.modules li').first().getByRole('link').first().getAttribute('href'))!;
	await open(page, module);
	const lesson = (await page.locator('ol.items a').first().getAttribute('href'))!;
	return {
		home: '/',
		module,
		lesson,
		quiz: `${module}toets/`,
		glossary: '/begrippen/',
		about: '/over/',
		report: '/rapport/',
		notFound: '/bestaat-niet/',
		pause: '/pauze/'
	};
};

test('the pause control on every page type leads to /pauze/ and back', async ({ page }) => {
	const paths = await pageTypes(page);
	for (const [name, path] of Object.entries(paths)) {
		if (name === 'pause') continue;
		await open(page, path);
		await page.getByRole('banner').getByRole('link', { name: 'Pauze', exact: true }).click();
		await expect(page).toHaveURL(/\/pauze\/$/);
		await ready(page);
		await expect(page.getByText('0800-2000')).toBeVisible();
		const back = page.getByRole('link', { name: 'Terug naar waar je was' });
		await expect(back, name).toHaveAttribute('href', path);
		await back.click();
		await expect(page, name).toHaveURL((url) => url.pathname === path);
	}
});

test('no serious or critical accessibility violation on any page type', async ({ page }) => {
	const paths = await pageTypes(page);
	for (const [name, path] of Object.entries(paths)) {
		await open(page, path);
		expect(await seriousViolations(page), `${name} ${path}`).toEqual([]);
	}
});

test('dark mode and reduced motion pages also pass axe', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
	const paths = await pageTypes(page);
	for (const path of Object.values(paths)) {
		await open(page, path);
		expect(await seriousViolations(page), path).toEqual([]);
	}
	// A glossary term's explanation, open, in the dark.
	await open(page, paths.lesson);
	await page.locator('article button.term').first().click();
	expect(await seriousViolations(page), 'explanation open').toEqual([]);
});
