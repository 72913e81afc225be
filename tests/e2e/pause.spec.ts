import { expect, test, type Page } from '@playwright/test';
import { follow, open } from './helpers';
import { readCourse } from './outline';

/** The longest lesson without a content note (its text shows at once). */
async function longLesson(): Promise<string> {
	const course = await readCourse();
	const lessons = course.modules.flatMap((m) => m.lessons.filter((l) => !l.contentNote).map((l) => ({ path: `/${m.id}/${l.id}/`, length: l.html.length })));
	return lessons.sort((a, b) => b.length - a.length)[0]!.path;
}

const pause = (page: Page) => page.getByRole('banner').getByRole('link', { name: 'Pauze', exact: true });

for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1366, height: 800 }
]) {
	test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
		test.use({ viewport, hasTouch: viewport.width < 500, isMobile: viewport.width < 500 });

		test('Pauze is on screen at the bottom of a long lesson, and the way back returns to the same place', async ({ page }) => {
			const lesson = await longLesson();
			await open(page, lesson);
			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(viewport.height);
			await expect(pause(page)).toBeInViewport({ ratio: 1 });

			// Somewhere in the middle of the text: pause, and come back to exactly there.
			const middle = await page.evaluate(() => Math.round((document.documentElement.scrollHeight - window.innerHeight) / 2));
			await page.evaluate((y) => window.scrollTo(0, y), middle);
			await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(middle);
			await expect(pause(page)).toBeInViewport({ ratio: 1 });
			// A click where the button is on screen (a locator click would first scroll it "into view").
			const box = (await pause(page).boundingBox())!;
			await follow(page, () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2));
			expect(new URL(page.url()).pathname).toBe('/pauze/');
			await follow(page, () => page.getByRole('link', { name: 'Terug naar waar je was' }).click());
			expect(new URL(page.url()).pathname).toBe(lesson);
			await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBeGreaterThanOrEqual(middle - 2);
			expect(await page.evaluate(() => Math.round(window.scrollY))).toBeLessThanOrEqual(middle + 2);
		});
	});
}

test('the pause page offers help by phone and by chat, and a line for when it is not a crisis', async ({ page }) => {
	await open(page, '/pauze/');
	const help = page.getByRole('region', { name: 'Met iemand praten' });
	await expect(help.getByRole('link', { name: '113', exact: true })).toHaveAttribute('href', 'tel:113');
	// The chat is a link to 113's site (a link the learner follows; the page itself asks nothing of it).
	await expect(help.getByRole('link', { name: 'de website van 113' })).toHaveAttribute('href', 'https://www.113.nl/');
	await expect(help.getByRole('link', { name: '088-0767 000' })).toHaveAttribute('href', 'tel:0880767000');
	await expect(help).toContainText('De Luisterlijn');
});
