/**
 * A sorting question, done as a learner would: by dragging with the mouse, and by keyboard
 * alone (the select beside each example), with marks per example and the answer stored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { open, seriousViolations } from './helpers';
import { readCourse } from './outline';
import type { SortQuestion } from '../../src/lib/content/types';

const course = await readCourse();
/** The first sorting question of the course, with its module and place in the quiz. */
const found = course.modules.flatMap((m) => (m.quiz?.questions ?? []).map((q, index) => ({ module: m, question: q, index }))).find((f) => f.question.type === 'sorteren')!;
const question = found.question as SortQuestion;
const path = `/${found.module.id}/toets/`;

async function stored(page: Page) {
	return JSON.parse((await page.evaluate(() => localStorage.getItem('bamboe.voortgang')))!);
}

/** Opens the quiz at the sorting question, one question at a time. */
async function openAtSortQuestion(page: Page) {
	await open(page, path);
	for (let i = 0; i < found.index; i++) await page.getByRole('button', { name: 'Volgende vraag' }).click();
	const form = page.locator('form.sort-question');
	await expect(form).toBeVisible();
	return form;
}

test('a sort done by dragging with the mouse: each move announced, each example marked, the answer counted', async ({ page }) => {
	const form = await openAtSortQuestion(page);
	const items = form.getByTestId('sort-item');
	const zones = form.getByTestId('sort-zone');
	await expect(items).toHaveCount(question.items.length);
	await expect(zones).toHaveCount(question.categories.length);
	await expect(form.getByRole('button', { name: 'Controleer antwoord' })).toBeDisabled();

	for (const [i, item] of question.items.entries()) {
		const target = zones.nth(item.categories[0]!);
		const handle = items.nth(i).locator('.handle');
		await handle.scrollIntoViewIfNeeded();
		const from = (await handle.boundingBox())!;
		await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
		await page.mouse.down();
		await expect(form.getByTestId('sort-announcement')).toHaveText(`Voorbeeld ${i + 1} opgepakt. Sleep het naar een vak en laat los.`);
		// While dragging, the categories stand at the bottom of the screen, in reach.
		await expect(target).toBeInViewport();
		const to = (await target.boundingBox())!;
		await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
		await expect(target).toHaveClass(/drop-target/);
		await page.mouse.up();
		await expect(form.getByTestId('sort-announcement')).toHaveText(
			`Voorbeeld ${i + 1} staat nu bij ${question.categories[item.categories[0]!]}. ${i + 1} van de ${question.items.length} voorbeelden hebben een vak.`
		);
		// The select says the same: the keyboard and the mouse change one and the same choice.
		await expect(items.nth(i).locator('select')).toHaveValue(question.categories[item.categories[0]!]!);
		await expect(target.locator('.chip')).toContainText([`${i + 1}`]);
	}
	expect(await seriousViolations(page), 'sort, all placed').toEqual([]);

	await form.getByRole('button', { name: 'Controleer antwoord' }).click();
	const feedback = form.locator('.feedback');
	await expect(feedback).toBeFocused();
	await expect(feedback).toContainText(`Goed: alle ${question.items.length} voorbeelden staan in het goede vak.`);
	await expect(form.getByTestId('sort-mark')).toHaveCount(question.items.length);
	for (const mark of await form.getByTestId('sort-mark').all()) await expect(mark).toContainText('Goed ✓');
	await expect(page.getByTestId('quiz-score')).toContainText(`1 van ${found.module.quiz!.questions.length} goed (1 beantwoord)`);
	const answer = (await stored(page)).quizzes[found.module.id].answers[String(found.index)];
	expect(answer).toMatchObject({ chosen: [], placed: question.items.map((item) => item.categories[0]), correct: true });
	expect(await seriousViolations(page), 'sort, checked').toEqual([]);
});

test('a sort done by keyboard alone, with one example wrong: marked per example, not counted as right', async ({ page }) => {
	await openAtSortQuestion(page);
	const form = page.locator('form.sort-question');
	// The first example goes to a wrong category; the others to their first right one.
	const wrong = [...question.categories.keys()].find((c) => !question.items[0]!.categories.includes(c))!;
	const wanted = question.items.map((item, i) => (i === 0 ? wrong : item.categories[0]!));

	await form.locator('legend').focus();
	for (const [i, category] of wanted.entries()) {
		await page.keyboard.press('Tab');
		const select = form.getByTestId('sort-item').nth(i).locator('select');
		await expect(select).toBeFocused();
		await expect(select).toHaveAccessibleName(`Hoort bij ${question.items[i]!.text}`);
		// On a closed select, arrow keys move through the options: from "Kies een vak…" to the category.
		for (let step = 0; step <= category; step++) await page.keyboard.press('ArrowDown');
		await expect(select).toHaveValue(question.categories[category]!);
	}
	await page.keyboard.press('Tab');
	await expect(form.getByRole('button', { name: 'Controleer antwoord' })).toBeFocused();
	await page.keyboard.press('Enter');

	const feedback = form.locator('.feedback');
	await expect(feedback).toBeFocused();
	await expect(feedback).toContainText(`Niet helemaal: ${question.items.length - 1} van de ${question.items.length} voorbeelden staan in het goede vak.`);
	const marks = form.getByTestId('sort-mark');
	const rightPlace = question.items[0]!.categories.map((c) => question.categories[c]).join(' en ');
	await expect(marks.nth(0)).toContainText(`Fout ✗ Hoort bij: ${rightPlace}.`);
	for (let i = 1; i < question.items.length; i++) await expect(marks.nth(i)).toContainText('Goed ✓');
	if (question.items[0]!.explanation) await expect(marks.nth(0)).toContainText(question.items[0]!.explanation.slice(0, 30));
	await expect(page.getByTestId('quiz-score')).toContainText(`0 van ${found.module.quiz!.questions.length} goed (1 beantwoord)`);
	expect((await stored(page)).quizzes[found.module.id].answers[String(found.index)]).toMatchObject({ chosen: [], placed: wanted, correct: false });

	// After a reload the answer and its marks are still there.
	await page.reload();
	await expect(page.locator('form.sort-question').getByTestId('sort-mark').nth(0)).toContainText('Fout ✗');
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await seriousViolations(page), 'sort, marked, dark').toEqual([]);
});

test('the sorting code loads on a quiz with a sorting question, and on no other quiz', async ({ page }) => {
	// The built chunk that holds the sorting question (its label text is in no other code).
	const dir = 'build/_app/immutable/chunks';
	const chunk = readdirSync(dir).find((name) => readFileSync(`${dir}/${name}`, 'utf8').includes('Hoort bij'))!;
	expect(chunk).toBeDefined();
	const loaded: string[] = [];
	page.on('request', (request) => loaded.push(new URL(request.url()).pathname));

	const other = course.modules.find((m) => m.quiz && m.quiz.questions.every((q) => q.type === 'keuze'))!;
	await open(page, `/${other.id}/toets/`);
	await expect(page.locator('form.question').first()).toBeVisible();
	expect(loaded.filter((p) => p.endsWith(chunk))).toEqual([]);

	await open(page, path);
	await expect(page.locator('form.sort-question').or(page.locator('form.question')).first()).toBeVisible();
	await expect.poll(() => loaded.filter((p) => p.endsWith(chunk)).length).toBe(1);
});
